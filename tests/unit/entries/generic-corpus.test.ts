// The generic paths on the real live pages that have adapters, as if the adapters did not exist:
// lenient (most entries, never more than the page shows, so no JSON-LD copies), to show that a
// redesign that breaks an adapter still leaves a usable reader.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { genericExtractor, structureExtractor } from '../../../lib/entries/generic';
import { readEntries } from '../../../lib/entries/index';
import { corpusHtml, corpusPages, hasCorpus } from '../../helpers/corpus';

describe.skipIf(!hasCorpus)('generic extraction on corpus live pages', () => {
  for (const page of corpusPages().filter((p) => p.liveBlog)) {
    it(`${page.file}: most entries, no copies`, () => {
      const doc = parseHtml(corpusHtml(page));
      for (const find of [genericExtractor, structureExtractor]) {
        const extractor = find(doc, page.url);
        expect(extractor, find.name).not.toBeNull();
        const entries = readEntries(extractor!, extractor!.elements(doc));
        expect(entries.length, find.name).toBeLessThanOrEqual(page.entries);
        expect(entries.length, find.name).toBeGreaterThanOrEqual(Math.ceil(page.uniqueEntries * 0.8));
        expect(new Set(entries.map((e) => e.element)).size).toBe(entries.length);
        for (const e of entries) expect(e.title || e.text || e.hasMedia).toBeTruthy();
      }
    });
  }
});
