// Real saved pages from ../shared/corpus (when present): the right verdict, as many entries as
// the page shows, and one id per entry (a pinned copy shares its original's, by design).
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { parseHtml } from '../../tools/dom';
import { corpusHtml, corpusPages, hasCorpus } from '../helpers/corpus';

describe.skipIf(!hasCorpus)('corpus pages', () => {
  for (const page of corpusPages()) {
    it(`${page.file}: ${page.liveBlog ? `live blog, ${page.entries} entries` : 'not a live blog'}`, () => {
      const analysis = analyzeDocument(parseHtml(corpusHtml(page)), page.url);
      expect(analysis.detection.isLiveBlog).toBe(page.liveBlog);
      expect(analysis.entries).toHaveLength(page.entries);
      if (page.liveBlog) {
        // Every entry has an id, and says something or shows something.
        for (const e of analysis.entries) {
          expect(e.id).toBeTruthy();
          expect(e.title || e.text || e.hasMedia).toBeTruthy();
        }
        const stream = analysis.entries.filter((e) => !e.pinned).map((e) => e.id);
        expect(new Set(stream).size).toBe(stream.length);
        // Every pinned copy names an entry of the stream.
        for (const e of analysis.entries.filter((x) => x.pinned)) expect(stream).toContain(e.id);
      }
    });
  }
});
