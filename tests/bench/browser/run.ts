// `npm run bench:browser`: the LBL_PERF=1 build in headless Chromium. Prints a table and writes
// the JSON to .lbl/bench/. Options (after `--`):
//   --pages <folder>   saved pages with a corpus-style manifest.json (repeatable; default ../shared/corpus)
//   --rounds <n>       fresh page loads per side and page (default 5)
//   --sizes <list>     generated blogs' entry counts (default 500,5000,20000)
//   --runs <n>         loads per generated blog with and without the extension (default 3; 1 above 5,000 entries)
//   --live <list>      blog sizes that get live entries inserted (default 1000,5000)
//   --live-entries <n> entries inserted one by one into each (default 5)
//   --quiet <ms>       a generated blog counts as settled after this long with no mark, UI node or long task (default 3000)
//   --only <parts>     any of corpus,scale,live,sizes (comma-separated; default all)
//   --out <file>       the JSON's path (default .lbl/bench/browser-<time>.json, copied to browser-latest.json)
//   --print <file>     prints the tables of a saved JSON again, measuring nothing
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_DIR, ROOT } from '../../e2e/harness';
import { CORPUS_DIR } from '../../helpers/corpus';
import { bundleSizes } from '../sizes';
import { GUARDIAN_BENCH_URL, generateGuardianBlog } from '../generate';
import { benchPage } from './corpus';
import { hostsOf, loadPages, plainTwin, type BenchPage } from './pages';
import { printReport, summarise, type BenchReport } from './report';
import { benchLiveEntry, benchSize, type ScaleRow } from './scale';
import { startSession, type BenchSession } from './session';
import { fmtRatio, fmtTime, median } from './stats';

const PARTS = ['corpus', 'scale', 'live', 'sizes'] as const;
type Part = (typeof PARTS)[number];

function options() {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', multiple: true },
      rounds: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '500,5000,20000' },
      runs: { type: 'string' },
      live: { type: 'string', default: '1000,5000' },
      'live-entries': { type: 'string', default: '5' },
      quiet: { type: 'string', default: '3000' },
      only: { type: 'string' },
      out: { type: 'string' },
      print: { type: 'string' },
    },
  });
  const only = new Set((values.only?.split(',') ?? PARTS).map((p) => p.trim()));
  for (const p of only) if (!PARTS.includes(p as Part)) throw new Error(`--only: unknown part "${p}" (parts: ${PARTS.join(', ')})`);
  const whole = (name: string, text: string, min = 1) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs whole numbers ≥ ${min} (got "${text}")`);
    return n;
  };
  const list = (name: string, text: string) => text.split(',').filter(Boolean).map((t) => whole(name, t.trim()));
  return {
    pages: values.pages ?? [CORPUS_DIR],
    rounds: whole('rounds', values.rounds),
    sizes: list('sizes', values.sizes),
    runs: values.runs === undefined ? null : whole('runs', values.runs),
    live: list('live', values.live),
    liveEntries: whole('live-entries', values['live-entries']),
    quiet: whole('quiet', values.quiet, 500),
    only: only as Set<Part>,
    out: values.out,
    print: values.print,
  };
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

/** Progress goes to stderr, so stdout holds only the report. */
const progress = (line: string) => process.stderr.write(`${line}\n`);

type Options = ReturnType<typeof options>;

async function corpusPart(session: BenchSession, pages: BenchPage[], opts: Options, report: BenchReport): Promise<void> {
  for (const [i, page] of pages.entries()) {
    const row = await benchPage(session, page, opts.rounds);
    report.corpus.push(row);
    const pipe = row.live ? `, pipeline ${fmtTime(median(row.pipeline))} vs parse ${fmtTime(median(row.parse))} (${fmtRatio(row.pipelineRatio)})` : '';
    progress(`[${i + 1}/${pages.length}] ${page.name}: detect ${fmtTime(median(row.detect))} vs readerable ${fmtTime(median(row.readerable))} (${fmtRatio(row.detectRatio)}), isolated ${fmtTime(median(row.readerableIsolated))} (${fmtRatio(row.detectRatioIsolated)})${pipe}${row.errors.length ? `; ${row.errors.length} failed` : ''}`);
  }
}

/** Each run gets its own address, so every load is a first visit to that blog (no reading state yet). */
const blogUrl = (entries: number, run: number, kind: string) => `${GUARDIAN_BENCH_URL}-${kind}-${entries}-${run + 1}`;
const runsFor = (opts: Options, entries: number) => opts.runs ?? (entries > 5_000 ? 1 : 3);

async function generatedPart(session: BenchSession, opts: Options, report: BenchReport): Promise<void> {
  if (opts.only.has('scale')) {
    for (const entries of opts.sizes) {
      const urls = Array.from({ length: runsFor(opts, entries) }, (_, r) => blogUrl(entries, r, 'scale'));
      const row = await benchSize(session, entries, urls, plainTwin, opts.quiet);
      report.scale.push(row);
      const f = (pick: (r: ScaleRow['runs'][number]) => number) => fmtTime(median(row.runs.map(pick)));
      progress(`generated ${entries}: pipeline ${fmtTime(median(row.pipeline))}, marked at ${f((r) => r.markedAt)}, first screen at ${f((r) => r.firstScreenAt)}, UI at ${f((r) => r.uiCompleteAt)}, longest extension task ${f((r) => r.longestScript)} (CPU ${f((r) => r.longestScriptCpu ?? NaN)})${row.errors.length ? `; ${row.errors.length} failed` : ''}`);
    }
  }
  if (opts.only.has('live')) {
    for (const entries of opts.live) {
      const row = await benchLiveEntry(session, entries, blogUrl(entries, 0, 'live'), opts.liveEntries, opts.quiet);
      report.live.push(row);
      progress(`live entry into ${entries}: longest extension task ${fmtTime(median(row.longestScript))}${row.errors.length ? `; ${row.errors.join('; ')}` : ''}`);
    }
  }
}

/** Every address the run may load, with its HTML (generated blogs) or saved file. */
function routesFor(opts: Options): Record<string, string> {
  // Saved pages are answered by each tab itself (cross-origin isolated, see session.ts).
  const routes: Record<string, string> = {};
  const blogs: [number, number, string][] = [];
  if (opts.only.has('scale')) for (const n of opts.sizes) for (let r = 0; r < runsFor(opts, n); r++) blogs.push([n, r, 'scale']);
  if (opts.only.has('live')) for (const n of opts.live) blogs.push([n, 0, 'live']);
  for (const [n, r, kind] of blogs) {
    const url = blogUrl(n, r, kind);
    routes[url] = routes[plainTwin(url)] = generateGuardianBlog(n, url).html;
  }
  return routes;
}

async function main(): Promise<number> {
  const opts = options();
  if (opts.print) {
    const saved = JSON.parse(readFileSync(opts.print, 'utf8')) as BenchReport;
    printReport({ ...saved, summary: summarise(saved) });
    return 0;
  }
  const report: BenchReport = {
    when: new Date().toISOString(), commit: commit(), chromium: '', node: process.version, cpus: cpus().length,
    load: { start: loadavg(), end: [] }, options: { ...opts, only: [...opts.only] }, summary: {}, corpus: [], scale: [], live: [], sizes: [],
  };
  const pages: BenchPage[] = [];
  if (opts.only.has('corpus')) {
    for (const dir of opts.pages) {
      try {
        pages.push(...loadPages(resolve(dir), opts.pages.length > 1 ? basename(resolve(dir)) : ''));
      } catch (error) {
        progress(`skipping ${dir}: ${(error as Error).message}`);
      }
    }
  }
  const routes = routesFor(opts);
  if (pages.length || Object.keys(routes).length) {
    const session = await startSession(routes, hostsOf([...pages.map((p) => p.url), GUARDIAN_BENCH_URL]));
    const stop = () => void session.close().finally(() => process.exit(130));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      await corpusPart(session, pages, opts, report);
      await generatedPart(session, opts, report);
    } finally {
      report.chromium = session.version();
      await session.close();
    }
  }
  if (opts.only.has('sizes')) report.sizes = bundleSizes(BUILD_DIR);
  report.load.end = loadavg();
  report.summary = summarise(report);
  printReport(report);

  const out = resolve(opts.out ?? join(ROOT, '.lbl/bench', `browser-${report.when.replace(/[:.]/g, '-')}.json`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  if (!opts.out) copyFileSync(out, join(ROOT, '.lbl/bench/browser-latest.json'));
  console.log(`JSON: ${out}`);
  return 0;
}

process.exit(await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
}));
