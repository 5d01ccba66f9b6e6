// `npm run eval:dedupe`: precision and recall of collapsing and relating on the labelled pairs
// (synthetic ones always, corpus ones when ../shared/corpus is present), and the threshold sweep
// that chose the defaults. Node glue around the pure evaluation in lib/dedupe/evaluate.ts.
import { DEFAULT_THRESHOLDS, judgePair, type Thresholds } from '../lib/dedupe/compare';
import { evaluatePairs, preparePairs, sweepCollapse, type Counts, type LabelledPair, type PreparedPair } from '../lib/dedupe/evaluate';
import { allPairs } from '../tests/fixtures/dedupe/pairs';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (name: string, c: Counts): string =>
  `${name.padEnd(9)} precision ${pct(c.precision).padStart(6)}  recall ${pct(c.recall).padStart(6)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

// Pairs by origin: the headline figures are the real labelled ones; derived and page pairs are
// many and easy, and would drown them.
const GROUPS: [string, (p: LabelledPair) => boolean][] = [
  ['real pairs, hand-labelled (Mirror, Repubblica, Guardian data)', (p) => p.kind === 'labelled'],
  ['synthetic pairs (own sentences)', (p) => p.source === 'synthetic'],
  ['derived pairs (light edits of real updates)', (p) => p.source.startsWith('derived-')],
  ['corpus page pairs (every pair on each live page)', (p) => p.source.startsWith('page-')],
];

function printReport(prepared: readonly PreparedPair[], t: Thresholds, verbose: boolean): void {
  for (const [name, test] of GROUPS) {
    const part = prepared.filter((p) => test(p.pair));
    if (!part.length) continue;
    const g = evaluatePairs(part, t);
    console.log(`${name}: ${part.length} pairs`);
    console.log(`  ${line('collapse', g.collapse)}`);
    if (g.related.tp + g.related.fp + g.related.fn) console.log(`  ${line('related', g.related)}`);
  }
  const r = evaluatePairs(prepared, t);
  console.log('all pairs:');
  console.log(`  ${line('collapse', r.collapse)}`);
  console.log(`  ${line('related', r.related)}`);
  console.log(`  ${line('any link', r.link)}`);
  console.log('\nby label and kind (right / pairs):');
  for (const [key, k] of [...r.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${key.padEnd(48)} ${String(k.right).padStart(5)} / ${k.n}`);
  }
  const shown = verbose ? r.errors : r.errors.filter((e) => e.pair.label !== 'related' || e.got.startsWith('collapse'));
  if (shown.length) {
    console.log(`\nwrong verdicts${verbose ? '' : ' (collapse errors and missed repeats; --verbose for all)'}:`);
    for (const e of shown.slice(0, 60)) {
      console.log(`  ${e.pair.label.padEnd(13)} ${`${e.pair.source}/${e.pair.kind}`.padEnd(34)} ${(e.pair.ref ?? '').padEnd(36)} got ${e.got} ${e.score.toFixed(3)}`);
    }
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const skipped: string[] = [];
  const t0 = performance.now();
  const pairs = allPairs(skipped);
  const prepared = preparePairs(pairs);
  const kinds = new Map<string, number>();
  for (const p of pairs) kinds.set(p.label, (kinds.get(p.label) ?? 0) + 1);
  console.log(`labelled pairs: ${pairs.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (skipped.length) console.log(`skipped: ${skipped.join('; ')}`);
  if (!pairs.some((p) => p.source !== 'synthetic')) console.log('(../shared/corpus absent: synthetic pairs only)');

  // --word 0.7 / --char 0.8 / --related-word … try other thresholds than the defaults.
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
    return Number.isFinite(v) ? v : undefined;
  };
  const t: Thresholds = {
    ...DEFAULT_THRESHOLDS,
    collapseWord: arg('word') ?? DEFAULT_THRESHOLDS.collapseWord,
    collapseChar: arg('char') ?? DEFAULT_THRESHOLDS.collapseChar,
    relatedWord: arg('related-word') ?? DEFAULT_THRESHOLDS.relatedWord,
    relatedChar: arg('related-char') ?? DEFAULT_THRESHOLDS.relatedChar,
  };
  console.log(
    `\nthresholds: collapse word-3 containment >= ${t.collapseWord}, char-5 >= ${t.collapseChar} (shorter side < ${t.charBelowWords} words); ` +
      `related >= ${t.relatedWord} / ${t.relatedChar}; no text verdicts under ${t.minWords} words\n`,
  );
  printReport(prepared, t, verbose);

  const grid = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
  const groups = GROUPS.map(([, test]) => prepared.filter((p) => test(p.pair))).filter((g) => g.length > 0);
  const rows = sweepCollapse(groups, grid, grid);
  console.log('\nsweep of collapse thresholds (best 8 and the defaults); precision >= 98% in every group, then mean recall:');
  console.log(`  ${'word  char'.padEnd(12)} ${groups.map((g) => (g[0]!.pair.kind === 'labelled' ? 'real' : g[0]!.pair.source.split('-')[0]!).padEnd(15)).join(' ')}  (precision/recall)`);
  const shown = rows.slice(0, 8);
  const current = rows.find((r) => r.thresholds.collapseWord === t.collapseWord && r.thresholds.collapseChar === t.collapseChar);
  if (current && !shown.includes(current)) shown.push(current);
  for (const r of shown) {
    const cells = r.reports.map((g) => `${pct(g.collapse.precision)}/${pct(g.collapse.recall)}`.padEnd(15));
    const mark = `${r.ok ? '' : '  below 98%'}${r === current ? '  <- in use' : ''}`;
    console.log(`  ${r.thresholds.collapseWord.toFixed(2)}  ${r.thresholds.collapseChar.toFixed(2)}   ${cells.join(' ')}${mark}`);
  }
  // Where the classes meet: with the collapse thresholds at zero, every pair whose facts and
  // media allow a collapse gets one, scored by the containment of the copy that would go.
  console.log('\nscores at the boundary (thresholds at 0; hand-labelled real and synthetic pairs):');
  const zero = { ...t, collapseWord: 0, collapseChar: 0 };
  for (const m of ['word', 'char'] as const) {
    const right: number[] = [];
    const wrong: number[] = [];
    for (const p of prepared.filter((x) => x.pair.kind === 'labelled' || x.pair.source === 'synthetic')) {
      const v = judgePair(p.a, p.b, zero);
      if (v.kind !== 'collapse' || v.measure !== m) continue;
      const ok = p.pair.label === 'duplicate' && (!p.pair.drop || p.pair.drop === v.drop);
      (ok ? right : wrong).push(v.score);
    }
    const top = (xs: number[]): string => xs.sort((x, y) => y - x).slice(0, 4).map((x) => x.toFixed(3)).join(', ') || '-';
    console.log(`  ${m}: highest wrong collapses ${top(wrong)}; lowest right collapses ${top(right.map((x) => -x)).replace(/-/g, '')}`);
  }

  const relGrid = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
  const handLabelled = prepared.filter((x) => x.pair.kind === 'labelled' || x.pair.source === 'synthetic');
  console.log('\nrelated thresholds (word / char): precision/recall of "related" on the hand-labelled real and synthetic pairs');
  for (const w of relGrid) {
    const cells = [0.5, 0.55, 0.6, 0.65, 0.7].map((c) => {
      const r = evaluatePairs(handLabelled, { ...t, relatedWord: w, relatedChar: c }).related;
      return `${c.toFixed(2)}: ${pct(r.precision)}/${pct(r.recall)}`;
    });
    console.log(`  word ${w.toFixed(2)}  char ${cells.join('  ')}`);
  }
}

main();
