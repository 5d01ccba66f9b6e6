// The browser bench's tables. Ratios measured side by side in this run come first: absolute times
// drift with the load of a shared machine, the ratios much less.
import type { BundleSize } from '../sizes';
import type { CorpusRow } from './corpus';
import type { LiveRow, ScaleRow } from './scale';
import { fmtCount, fmtKb, fmtMb, fmtRatio, fmtSpread, fmtTime, median, printTable, range } from './stats';

export interface BenchReport {
  when: string;
  commit: string;
  chromium: string;
  node: string;
  cpus: number;
  /** os.loadavg() (1, 5, 15 minutes) when the run started and when it ended. */
  load: { start: number[]; end: number[] };
  options: Record<string, unknown>;
  summary: Record<string, number | string | null>;
  corpus: CorpusRow[];
  scale: ScaleRow[];
  live: LiveRow[];
  sizes: BundleSize[];
}

const loadText = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');

/** The side-by-side ratios and headline figures, also kept in the JSON as `summary`. */
export function summarise(r: BenchReport): Record<string, number | string | null> {
  const ratios = (rows: CorpusRow[], key: 'detectRatio' | 'detectRatioIsolated' | 'pipelineRatio') => rows.map((x) => x[key]).filter(Number.isFinite);
  const notLive = ratios(r.corpus.filter((x) => !x.live), 'detectRatio');
  const notLiveIsolated = ratios(r.corpus.filter((x) => !x.live), 'detectRatioIsolated');
  const live = ratios(r.corpus.filter((x) => x.live), 'detectRatio');
  const pipeline = ratios(r.corpus.filter((x) => x.live), 'pipelineRatio');
  const liveRows = r.corpus.filter((x) => x.live && Number.isFinite(x.pipelineRatio));
  const over = (pick: (x: CorpusRow) => number | null | undefined) => liveRows.map((x) => (pick(x) ?? NaN) / median(x.parse)).filter(Number.isFinite);
  const entriesRatio = over((x) => median(x.entries ?? []));
  const cpuRatio = over((x) => x.cpu);
  const corpusTasks = liveRows.map((x) => x.longestTask ?? NaN).filter(Number.isFinite);
  const bySize = (n: number) => r.scale.find((s) => s.entries === n);
  const p500 = bySize(500);
  const p5000 = bySize(5000);
  const p20000 = bySize(20000);
  const live1k = r.live.find((x) => x.entries === 1000);
  const live5k = r.live.find((x) => x.entries === 5000);
  const detector = r.sizes.find((s) => s.bundle === 'detector');
  const num = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
  return {
    detectVsReaderableNotLive: num(median(notLive)),
    detectVsReaderableNotLiveMin: num(range(notLive)?.[0]),
    detectVsReaderableNotLiveMax: num(range(notLive)?.[1]),
    detectVsReaderableNotLivePages: notLive.length,
    detectVsReaderableIsolatedNotLive: num(median(notLiveIsolated)),
    detectVsReaderableIsolatedNotLiveMin: num(range(notLiveIsolated)?.[0]),
    detectVsReaderableIsolatedNotLiveMax: num(range(notLiveIsolated)?.[1]),
    detectVsReaderableLive: num(median(live)),
    pipelineVsParse: num(median(pipeline)),
    pipelineVsParseMin: num(range(pipeline)?.[0]),
    pipelineVsParseMax: num(range(pipeline)?.[1]),
    pipelineVsParsePages: pipeline.length,
    entriesVsParse: num(median(entriesRatio)),
    cpuVsParse: num(median(cpuRatio)),
    longestTaskCorpus: num(corpusTasks.length ? Math.max(...corpusTasks) : undefined),
    pipeline5000Vs500: num(p500 && p5000 ? median(p5000.pipeline) / median(p500.pipeline) : undefined),
    longestExtensionTask5000: num(p5000 ? Math.max(...p5000.runs.map((x) => x.longestScript)) : undefined),
    uiComplete20000: num(p20000 ? median(p20000.runs.map((x) => x.uiCompleteAt)) : undefined),
    firstScreen20000: num(p20000 ? median(p20000.runs.map((x) => x.firstScreenAt ?? NaN)) : undefined),
    listeners20000: num(p20000 ? median(p20000.runs.map((x) => x.listeners)) - median(p20000.baseline.map((b) => b.listeners)) : undefined),
    liveEntry5000Vs1000: num(live1k && live5k ? median(live5k.longestScript) / median(live1k.longestScript) : undefined),
    detectorGzipped: detector?.gzipped ?? null,
  };
}

function printSummary(r: BenchReport): void {
  const s = r.summary;
  const n = (k: string) => s[k] as number | null;
  const span = (lo: string, hi: string) => (n(lo) !== null ? ` (pages ${fmtRatio(n(lo))}–${fmtRatio(n(hi))})` : '');
  console.log('## Ratios, measured side by side in this run (medians)');
  printTable([
    ['figure', 'value', 'target (issue 12)'],
    [`detect / first isProbablyReaderable, ${n('detectVsReaderableNotLivePages')} pages not live`, `${fmtRatio(n('detectVsReaderableNotLive'))}${span('detectVsReaderableNotLiveMin', 'detectVsReaderableNotLiveMax')}`, '≤ 1.0× (aim 0.5×)'],
    ['  same, Readability in an isolated world (as a content script)', `${fmtRatio(n('detectVsReaderableIsolatedNotLive'))}${span('detectVsReaderableIsolatedNotLiveMin', 'detectVsReaderableIsolatedNotLiveMax')}`, '(like for like)'],
    ['detect / first isProbablyReaderable, live pages', fmtRatio(n('detectVsReaderableLive')), ''],
    [`pipeline / first Readability.parse(), ${n('pipelineVsParsePages')} live pages`, `${fmtRatio(n('pipelineVsParse'))}${span('pipelineVsParseMin', 'pipelineVsParseMax')}`, '≤ 0.25× (aim 0.1×)'],
    ['  entries marked / first Readability.parse()', fmtRatio(n('entriesVsParse')), ''],
    ["  the extension's CPU in the pipeline / first Readability.parse()", fmtRatio(n('cpuVsParse')), ''],
    ['longest extension task on a live corpus page (traced load)', n('longestTaskCorpus') === null ? '-' : fmtTime(n('longestTaskCorpus')!), '≤ 50 ms'],
    ['pipeline 5,000 entries / 500 entries', fmtRatio(n('pipeline5000Vs500')), '≤ 11×'],
    ['longest extension task, 5,000 entries (all runs)', fmtTime(n('longestExtensionTask5000')), '≤ 50 ms'],
    ["first screen's controls drawn, 20,000 entries (since navigation)", fmtTime(n('firstScreen20000')), 'usable within seconds'],
    ['UI complete, 20,000 entries (median of runs)', fmtTime(n('uiComplete20000')), ''],
    ['listeners added, 20,000 entries', fmtCount(n('listeners20000')), 'one per page, not per entry'],
    ['one live entry: longest task at 5,000 / at 1,000 entries', fmtRatio(n('liveEntry5000Vs1000')), '≈ 1× (independent of size)'],
    ['detector, gzipped', n('detectorGzipped') === null ? '-' : fmtKb(n('detectorGzipped')!), '≤ 5 KB'],
  ]);
}

function printCorpus(rows: CorpusRow[]): void {
  if (rows.length === 0) return;
  console.log('## Detection: liveblog-lens:detect beside a first isProbablyReaderable, in the main world and in an isolated one (ms, median (min–max) over rounds)');
  printTable([
    ['page', 'live', 'verdict', 'detect', 'isProbablyReaderable', 'ratio', 'isolated world', 'ratio', 'readerable?'],
    ...rows.map((x) => [
      x.page, x.live ? 'yes' : 'no', x.verdict, fmtSpread(x.detect), fmtSpread(x.readerable), fmtRatio(x.detectRatio),
      fmtSpread(x.readerableIsolated ?? []), fmtRatio(x.detectRatioIsolated), x.readerableSays === null ? '-' : String(x.readerableSays),
    ]),
  ]);
  const live = rows.filter((x) => x.live);
  if (live.length === 0) return;
  console.log('## Pipeline on live blogs: liveblog-lens:pipeline beside a first Readability.parse() of a clone (ms)');
  printTable([
    ['page', 'marked', 'pipeline', 'Readability.parse', 'ratio', '(clone, not in parse)', 'entries marked', 'ratio', 'lexicon', 'background', 'ext CPU', 'ratio', 'longest ext task', 'its CPU (most in a task)'],
    ...live.map((x) => [
      x.page, x.marked ?? '-', fmtSpread(x.pipeline), fmtSpread(x.parse), fmtRatio(x.pipelineRatio), fmtSpread(x.clone),
      fmtSpread(x.entries ?? []), fmtRatio(median(x.entries ?? []) / median(x.parse)), x.lexicon?.length ? fmtSpread(x.lexicon) : x.background?.length ? 'none' : 'built in',
      x.background?.length ? fmtSpread(x.background) : '-',
      x.cpu == null ? '-' : fmtTime(x.cpu), x.cpu == null ? '-' : fmtRatio(x.cpu / median(x.parse)), x.longestTask == null ? '-' : fmtTime(x.longestTask),
      x.longestTaskCpu == null ? '-' : fmtTime(x.longestTaskCpu),
    ]),
  ]);
}

function printScale(rows: ScaleRow[]): void {
  if (rows.length === 0) return;
  const pick = (x: ScaleRow, f: (run: ScaleRow['runs'][number]) => number, fmt?: (v: number) => string) => fmtSpread(x.runs.map(f), fmt);
  const base = (x: ScaleRow, f: (run: ScaleRow['baseline'][number]) => number) => median(x.baseline.map(f));
  console.log('## Generated Guardian-style blogs: time (ms; "at" is since navigation; median (min–max) over runs)');
  printTable([
    ['entries', 'runs', 'pipeline', 'marked at', 'panel at', 'first stars at', 'first screen at', 'UI complete at', 'busy until', 'longest ext task', 'CPU (most in a task)', 'longest render after ext', 'ext script', 'render after ext', 'long tasks: with ext', 'without'],
    ...rows.map((x) => [
      x.entries, x.runs.length, fmtSpread(x.pipeline), pick(x, (r) => r.markedAt), pick(x, (r) => r.panelAt ?? NaN), pick(x, (r) => r.firstStarsAt ?? NaN), pick(x, (r) => r.firstScreenAt ?? NaN), pick(x, (r) => r.uiCompleteAt), pick(x, (r) => r.busyUntil), pick(x, (r) => r.longestScript), pick(x, (r) => r.longestScriptCpu ?? NaN),
      pick(x, (r) => r.longestRender), pick(x, (r) => r.scriptTotal), pick(x, (r) => r.renderTotal), pick(x, (r) => r.longTaskTotal),
      fmtSpread(x.baseline.map((b) => b.longTaskTotal)),
    ]),
  ]);
  console.log('## Generated blogs: memory after a forced GC (with the extension; + is over the same page without it)');
  printTable([
    ['entries', 'entries marked', 'JS heap', 'without', 'listeners +', 'DOM nodes +', 'elements +'],
    ...rows.map((x) => [
      x.entries, pick(x, (r) => r.marks, fmtCount), fmtMb(median(x.runs.map((r) => r.heap))), fmtMb(base(x, (b) => b.heap)),
      pick(x, (r) => r.listeners - base(x, (b) => b.listeners), fmtCount), pick(x, (r) => r.nodes - base(x, (b) => b.nodes), fmtCount),
      pick(x, (r) => r.elements - base(x, (b) => b.elements), fmtCount),
    ]),
  ]);
}

function printLive(rows: LiveRow[]): void {
  if (rows.length === 0) return;
  console.log('## One live entry inserted at the top of a generated blog (ms, median (min–max) over insertions)');
  printTable([
    ['entries', 'inserted', 'longest ext task', 'longest render after ext', 'ext script total', 'marked after'],
    ...rows.map((x) => [x.entries, x.longestScript.length, fmtSpread(x.longestScript), fmtSpread(x.longestRender), fmtSpread(x.scriptTotal), fmtSpread(x.markedAfter)]),
  ]);
}

function printSizes(sizes: BundleSize[]): void {
  if (sizes.length === 0) return;
  console.log('## Bundle sizes (.output/chrome-mv3, the build readers install; KB = 1,000 bytes)');
  printTable([['part', 'raw', 'gzipped', 'files'], ...sizes.map((s) => [s.bundle, fmtKb(s.bytes), fmtKb(s.gzipped), s.files.join(' ')])]);
}

/** Everything, summary first; failures last, each with its reason. */
export function printReport(r: BenchReport): void {
  console.log(`# Liveblog Lens in Chromium ${r.chromium} (headless, LBL_PERF=1 build), ${r.when}, commit ${r.commit}`);
  console.log(`# ${r.cpus} cores; load average (1/5/15 min) ${loadText(r.load.start)} at the start, ${loadText(r.load.end)} at the end\n`);
  printSummary(r);
  printCorpus(r.corpus);
  printScale(r.scale);
  printLive(r.live);
  printSizes(r.sizes);
  const failures = [
    ...r.corpus.flatMap((x) => x.errors.map((e) => `${x.page}: ${e}`)),
    ...r.scale.flatMap((x) => x.errors.map((e) => `generated ${x.entries}: ${e}`)),
    ...r.live.flatMap((x) => x.errors.map((e) => `live entry, ${x.entries}: ${e}`)),
  ];
  if (failures.length) {
    console.log('## What failed (the rest was measured)');
    for (const f of failures) console.log(`- ${f}`);
    console.log('');
  }
}
