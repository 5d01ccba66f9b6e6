// Real saved pages from ../shared/corpus (when present): the right verdict, and as many entries
// as the page shows.
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
      }
    });
  }
});
