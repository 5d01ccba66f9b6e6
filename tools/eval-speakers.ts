/**
 * `npm run eval:speakers`: micro precision, recall and F1 of lib/speakers over (entry, speaker)
 * pairs of hand-labelled live-blog entries, per part, per language and per blog, and the mean time
 * per entry in Node.
 *
 * Parts: "dev" (the corpus dev files, less the kept-back blogs), "own" (entries this project
 * wrote itself in tests/fixtures/speakers/: dev data too, rules were written with them), "kept
 * back" (blogs no rule was written from: figures only), and one part per `--data FILE` (figures
 * only; `--grid` scores the probe grid per kind; `--misses` prints a data file's misses, for dev data only: never for a test set).
 * `--blind FILE` scores a blind test set: per-language totals only (no blog lines, no misses). `--quiet` prints figures without the dev misses. `--live` also reads every
 * blog one entry at a time, oldest first, as a live blog grows (a later entry never takes a
 * speaker away from an earlier one, so this can differ from reading the blog at once).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findSpeakers } from '../lib/speakers/index';
import { lexiconFor } from '../lib/speakers/lexicons/index';
import {
  KEPT_BACK, add, byBlog, inputsOf, precision, readRows, recall, scoreBlog, type BlogScore, type LabelledRow, type Tally,
} from './speakers-score';
import { scoreGrid } from './speakers-grid';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const OWN = fileURLToPath(new URL('../tests/fixtures/speakers/', import.meta.url));
const GRID = join(OWN, 'grid');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const showDataMisses = args.includes('--misses');
const live = args.includes('--live');
const grid = args.includes('--grid');
const dataFiles = args.flatMap((a, i) => (a === '--data' && args[i + 1] ? [args[i + 1]!] : []));
const blindFiles = args.flatMap((a, i) => (a === '--blind' && args[i + 1] ? [args[i + 1]!] : []));

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');
function prf(t: Tally): string {
  const p = precision(t);
  const r = recall(t);
  return `P ${f(p)}  R ${f(r)}  F1 ${f(p + r ? (2 * p * r) / (p + r) : 0)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}

function report(name: string, scores: BlogScore[], printMisses: boolean, totalsOnly = false): void {
  if (!scores.length) return;
  const entries = scores.reduce((n, s) => n + s.rows.length, 0);
  console.log(`\n== ${name}: ${entries} entries, ${scores.length} blogs`);
  console.log(`  overall   ${prf(scores.reduce((t, s) => add(t, s.tally), { tp: 0, fp: 0, fn: 0 }))}`);
  if (live) {
    const oneByOne = scores.map((s) => scoreBlog(s.blog, s.rows, true));
    console.log(`  live      ${prf(oneByOne.reduce((t, s) => add(t, s.tally), { tp: 0, fp: 0, fn: 0 }))}  (one entry at a time, oldest first)`);
  }
  const langs = [...new Set(scores.map((s) => s.lang))];
  for (const lang of langs) {
    const of = scores.filter((s) => s.lang === lang);
    console.log(`  [${lang}]${lexiconFor(lang) ? '' : ' (no lexicon)'}      ${prf(of.reduce((t, s) => add(t, s.tally), { tp: 0, fp: 0, fn: 0 }))}`);
    if (totalsOnly) continue;
    for (const s of of) console.log(`    ${s.blog.padEnd(58)} ${prf(s.tally)}`);
  }
  if (totalsOnly) return;
  if (!printMisses) return;
  const misses = scores.flatMap((s) => s.misses).sort();
  if (misses.length) console.log(`  misses (${misses.length}):`);
  for (const m of misses) console.log(`    ${m}`);
}

/** The probe grid: per language and kind, cases right out of cases, and the misses (it is dev data). */
function reportGrid(): void {
  const kinds = scoreGrid(GRID);
  const total = kinds.reduce((t, k) => add(t, k.tally), { tp: 0, fp: 0, fn: 0 });
  console.log(`\n== probe grid (tests/fixtures/speakers/grid: ${kinds.reduce((n, k) => n + k.cases, 0)} cases)`);
  console.log(`  overall   ${prf(total)}`);
  for (const k of kinds) {
    const mark = k.right === k.cases ? 'ok  ' : 'FAIL';
    console.log(`  ${mark} ${k.lang} ${k.kind.padEnd(11)} ${k.right}/${k.cases} cases  ${prf(k.tally)}`);
  }
  if (quiet) return;
  for (const k of kinds) for (const m of k.misses) console.log(`    ${m}`);
}

function scoreAll(rows: LabelledRow[]): BlogScore[] {
  return [...byBlog(rows)].map(([blog, list]) => scoreBlog(blog, list));
}

function main(): void {
  const corpus = [...readRows(join(CORPUS, 'speakers-dev.jsonl')), ...readRows(join(CORPUS, 'speakers-dev-multilingual.jsonl'))];
  if (!corpus.length) console.error(`No corpus labels at ${CORPUS} (the dev part has only this project's own entries).`);
  let own: LabelledRow[] = [];
  try {
    own = readdirSync(OWN).filter((n) => n.endsWith('.jsonl')).flatMap((n) => readRows(join(OWN, n)));
  } catch {
    own = [];
  }
  const dev = scoreAll(corpus.filter((r) => !KEPT_BACK.has(r.blog)));
  const mine = scoreAll(own);
  const kept = scoreAll(corpus.filter((r) => KEPT_BACK.has(r.blog)));
  report('dev (corpus blogs the rules were written from)', dev, !quiet);
  report('own (entries written by this project, tests/fixtures/speakers: dev data)', mine, !quiet);
  report('kept back (never read while writing rules)', kept, false);
  for (const file of dataFiles) report(`data ${file}`, scoreAll(readRows(file)), showDataMisses);
  if (grid) reportGrid();
  for (const file of blindFiles) report(`blind test ${file} (totals only)`, scoreAll(readRows(file)), false, true);

  // Timing after warm-up passes, so it measures steady state, not JIT compilation.
  const blogs = [...dev, ...mine, ...kept].map((s) => ({ inputs: inputsOf(s.rows), lexicon: lexiconFor(s.lang) }));
  const n = blogs.reduce((k, b) => k + b.inputs.length, 0);
  const run = () => {
    for (const b of blogs) if (b.lexicon) findSpeakers(b.inputs, b.lexicon);
  };
  for (let i = 0; i < 5; i++) run();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const RUNS = 20;
  for (let i = 0; i < RUNS; i++) run();
  const ms = (performance.now() - t0) / RUNS;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `\ntime (Node): ${(ms / n).toFixed(3)} ms/entry wall, ${((cpu.user + cpu.system) / 1000 / RUNS / n).toFixed(3)} ms/entry CPU over ${n} entries (mean of ${RUNS} passes after 5 warm-up passes; reading + blog canonicalisation)`,
  );
}

main();
