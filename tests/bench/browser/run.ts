// `npm run bench:browser`: the LBL_PERF=1 build in headless Chromium. Prints a table and writes
// the JSON to .lbl/bench/. Options (after `--`):
//   --pages <folder>   saved pages with a corpus-style manifest.json (repeatable; default ../shared/corpus)
//   --rounds <n>       fresh page loads per side and page (default 5)
//   --only <parts>     any of corpus,sizes (comma-separated; default all)
//   --out <file>       the JSON's path (default .lbl/bench/browser-<time>.json, copied to browser-latest.json)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_DIR, ROOT } from '../../e2e/harness';
import { CORPUS_DIR } from '../../helpers/corpus';
import { bundleSizes } from '../sizes';
import { benchPage } from './corpus';
import { hostsOf, loadPages, type BenchPage } from './pages';
import { printReport, summarise, type BenchReport } from './report';
import { startSession } from './session';
import { fmtMs, fmtRatio, median } from './stats';

const PARTS = ['corpus', 'sizes'] as const;
type Part = (typeof PARTS)[number];

function options() {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', multiple: true },
      rounds: { type: 'string', default: '5' },
      only: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const only = new Set((values.only?.split(',') ?? PARTS).map((p) => p.trim()));
  for (const p of only) if (!PARTS.includes(p as Part)) throw new Error(`--only: unknown part "${p}" (parts: ${PARTS.join(', ')})`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a whole number ≥ 1');
  return { pages: values.pages ?? [CORPUS_DIR], rounds, only: only as Set<Part>, out: values.out };
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

async function main(): Promise<number> {
  const opts = options();
  const report: BenchReport = {
    when: new Date().toISOString(), commit: commit(), chromium: '', node: process.version, cpus: cpus().length,
    load: { start: loadavg(), end: [] }, options: { ...opts, only: [...opts.only] }, summary: {}, corpus: [], sizes: [],
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
  if (pages.length) {
    const routes: Record<string, string> = {};
    for (const p of pages) routes[p.url] = routes[p.plainUrl] = p.path;
    const session = await startSession(routes, hostsOf(pages.map((p) => p.url)));
    const stop = () => void session.close().finally(() => process.exit(130));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      for (const [i, page] of pages.entries()) {
        const row = await benchPage(session, page, opts.rounds);
        report.corpus.push(row);
        const pipe = row.live ? `, pipeline ${fmtMs(median(row.pipeline))} vs parse ${fmtMs(median(row.parse))} (${fmtRatio(row.pipelineRatio)})` : '';
        progress(`[${i + 1}/${pages.length}] ${page.name}: detect ${fmtMs(median(row.detect))} vs readerable ${fmtMs(median(row.readerable))} ms (${fmtRatio(row.detectRatio)})${pipe}${row.errors.length ? `; ${row.errors.length} failed` : ''}`);
      }
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
