// Says whether the real pages of ../shared/corpus were there to test: with the corpus, it checks
// the manifest lists pages; without it, one test is reported as skipped, naming the missing folder,
// so a green run without the corpus says what it did not check.
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusPages, hasCorpus } from '../helpers/corpus';

describe('the shared corpus', () => {
  if (hasCorpus) {
    it(`is at ${CORPUS_DIR}, with live and not-live pages`, () => {
      const pages = corpusPages();
      expect(pages.some((p) => p.liveBlog)).toBe(true);
      expect(pages.some((p) => !p.liveBlog)).toBe(true);
    });
  } else {
    it.skip(`is missing at ${CORPUS_DIR}: the corpus checks (verdicts, entry counts, repeats, speakers) did not run`, () => {});
  }
});
