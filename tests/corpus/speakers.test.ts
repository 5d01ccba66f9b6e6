// The hand-labelled speaker entries of ../shared/corpus (when present) and this project's own
// entries in six languages: floors on the dev blogs, per language, so that a change that breaks
// a language fails here. The kept-back blogs are reported by `npm run eval:speakers`, not guarded
// (a floor tuned on them would make them dev data).
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus } from '../helpers/corpus';
import { KEPT_BACK, add, byBlog, precision, readRows, recall, scoreBlog, type LabelledRow, type Tally } from '../../tools/speakers-score';

const OWN = fileURLToPath(new URL('../fixtures/speakers/', import.meta.url));

function tallyByLang(rows: LabelledRow[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [blog, list] of byBlog(rows)) {
    const s = scoreBlog(blog, list);
    out.set(s.lang, add(out.get(s.lang) ?? { tp: 0, fp: 0, fn: 0 }, s.tally));
  }
  return out;
}

// Floors a little under today's dev figures (en 0.99/0.93 with the Peres and Tillerson blogs,
// it 0.97/0.78, de 1.00/1.00 on 3 pairs).
const FLOORS: Record<string, { p: number; r: number }> = {
  en: { p: 0.95, r: 0.88 },
  it: { p: 0.92, r: 0.72 },
  de: { p: 0.75, r: 0.66 },
};

describe.skipIf(!hasCorpus)('speakers on the labelled corpus dev blogs', () => {
  const rows = [...readRows(join(CORPUS_DIR, 'speakers-dev.jsonl')), ...readRows(join(CORPUS_DIR, 'speakers-dev-multilingual.jsonl'))];
  const byLang = tallyByLang(rows.filter((r) => !KEPT_BACK.has(r.blog)));
  it.each(Object.entries(FLOORS))('%s keeps its precision and recall floors', (lang, floor) => {
    const t = byLang.get(lang);
    expect(t, `dev entries in ${lang}`).toBeDefined();
    expect(precision(t!)).toBeGreaterThanOrEqual(floor.p);
    expect(recall(t!)).toBeGreaterThanOrEqual(floor.r);
  });
});

// Entries written for this project in every language the speaker finder reads (dev data: rules
// were written with them; today 1.00 precision and 0.90-1.00 recall in each language).
describe('speakers on this project’s own entries', () => {
  const rows = readdirSync(OWN).filter((n) => n.endsWith('.jsonl')).flatMap((n) => readRows(join(OWN, n)));
  const byLang = tallyByLang(rows);
  it.each([['en'], ['de'], ['fr'], ['it'], ['es'], ['pl']])('%s: precision >= 0.9 and recall >= 0.85', (lang) => {
    const t = byLang.get(lang)!;
    expect(precision(t)).toBeGreaterThanOrEqual(0.9);
    expect(recall(t)).toBeGreaterThanOrEqual(0.85);
  });
});
