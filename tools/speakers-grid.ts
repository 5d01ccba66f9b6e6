/**
 * The probe grid (tests/fixtures/speakers/grid/<lang>.jsonl): sentences written for this project,
 * a few per kind of case that issue 10 lists (not-people, roles glued to names, journalists,
 * several speakers, people named earlier, "X tweeted", statements, colon leads into quote blocks,
 * signed posts, "in his own words", parliamentary exchanges, "according to X", "X told the BBC",
 * Q&A, "X: '…'"), in each language where the kind exists. Each case is its own small blog, so the
 * figures say which kinds the rules handle, not which entries.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { add, byBlog, readRows, scoreBlog, type LabelledRow, type Tally } from './speakers-score';

export interface KindScore {
  lang: string;
  kind: string;
  cases: number;
  /** Cases whose entries all got exactly their labelled speakers. */
  right: number;
  tally: Tally;
  misses: string[];
}

/** Scores every grid file in `dir`, per language and kind, in file order. */
export function scoreGrid(dir: string): KindScore[] {
  const rows = readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .flatMap((n) => readRows(join(dir, n))) ;
  const out = new Map<string, KindScore>();
  for (const [blog, list] of byBlog(rows)) {
    const s = scoreBlog(blog, list);
    const kind = (list[0] as LabelledRow & { kind?: string }).kind ?? "?";
    const key = `${s.lang} ${kind}`;
    let k = out.get(key);
    if (!k) out.set(key, (k = { lang: s.lang, kind, cases: 0, right: 0, tally: { tp: 0, fp: 0, fn: 0 }, misses: [] }));
    k.cases++;
    if (!s.tally.fp && !s.tally.fn) k.right++;
    add(k.tally, s.tally);
    k.misses.push(...s.misses);
  }
  return [...out.values()];
}
