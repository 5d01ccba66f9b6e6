// `npx tsx tests/bench/browser/warm.ts [--corpus <name>] [--loads 3] [--restarts 1]`: does Chromium
// keep a code cache for the reader's scripts across page loads, as a reader who comes back to live
// blogs every day would have it? One profile (a user-data dir kept between launches): the first
// load is cold (fresh profile), the next are new tabs of the same browser (warm), the last of
// `--loads` loads again in the tab before it (same renderer), and each of `--restarts` relaunches the
// browser on the same profile and does 3 loads the same way (the next day).
// Per load: the reader scripts' compile events (V8's `v8.compile`, with what it says about a code
// cache consumed or produced), their evaluation, the renderer's process id (a new tab may or may
// not get a new process) and the pipeline measure. Bench only: one load per row, noisy in ms.
import { readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensurePerfBuild, launchWithExtension, startFixtureServer } from '../../e2e/harness';
import { CORPUS_DIR } from '../../helpers/corpus';
import { PROBE } from './page-scripts';
import { hostsOf, loadPages } from './pages';
import { startTrace, type TraceEvent } from './trace';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: 'uk-riots' }, loads: { type: 'string', default: '3' }, restarts: { type: 'string', default: '1' } },
});
const READER = /(content-scripts\/reader|\/reader-interface)\.js$/;
const short = (url: string) => url.replace(/^chrome-extension:\/\/[^/]+\//, '');

interface Row { load: string; pid: number | null; compile: string; evaluate: string; pipeline: string }

async function oneLaunch(extensionDir: string, profile: string, url: string, html: string, loads: number, label: string, rows: Row[]): Promise<void> {
  const server = await startFixtureServer({ [url]: html });
  const browser = await launchWithExtension({ extensionDir, hosts: hostsOf([url]), port: server.port, headed: false, handleSignals: false, userDataDir: profile });
  try {
    let page = await browser.context.newPage();
    for (let k = 0; k < loads; k++) {
      // Each load in a new tab, but the last, which loads again in the tab before it (a reader who
      // reads on in the same tab: the same renderer, which may keep what V8 compiled).
      const again = k === loads - 1 && k > 0;
      if (!again && k > 0) (await page.close(), (page = await browser.context.newPage()));
      if (!again) await page.addInitScript({ content: PROBE });
      const compiles: string[] = [];
      const evaluations: string[] = [];
      let pid: number | null = null;
      const collect = (e: TraceEvent) => {
        const data = (e.args?.data ?? {}) as Record<string, unknown> & { url?: string };
        if (e.ph !== 'X' || typeof data.url !== 'string' || !READER.test(data.url)) return;
        const ms = ((e.dur ?? 0) / 1000).toFixed(1);
        if (e.name === 'v8.compile') {
          const cache = ['cacheConsumeOptions', 'consumedCacheSize', 'cacheRejected', 'cacheProduceOptions', 'producedCacheSize']
            .filter((key) => data[key] !== undefined).map((key) => `${key}=${String(data[key])}`).join(' ');
          compiles.push(`${short(data.url)} ${ms} ms${cache ? ` [${cache}]` : ' [no cache]'}`);
        }
        if (e.name === 'EvaluateScript') (evaluations.push(`${short(data.url)} ${ms} ms`), (pid = e.pid));
      };
      const tracer = await startTrace(page, collect);
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForTimeout(4000);
      await tracer.stop();
      const measures = (await page.evaluate('window.__lblBench.measures()')) as { name: string; duration: number }[];
      const pipeline = measures.find((m) => m.name === 'liveblog-lens:pipeline');
      rows.push({ load: `${label} ${k + 1}${again ? ' (same tab again)' : ''}`, pid, compile: compiles.join('; ') || '-', evaluate: evaluations.join('; ') || '-', pipeline: pipeline ? `${pipeline.duration.toFixed(0)} ms` : '-' });
    }
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const extensionDir = ensurePerfBuild();
  const saved = loadPages(CORPUS_DIR, '').find((p) => p.name.includes(values.corpus!));
  if (!saved) throw new Error(`no corpus page named like ${values.corpus}`);
  const html = readFileSync(saved.path, 'utf8');
  const profile = mkdtempSync(join(tmpdir(), 'lbl-warm-profile-'));
  const rows: Row[] = [];
  try {
    await oneLaunch(extensionDir, profile, saved.url, html, Number(values.loads), 'first launch, tab', rows);
    for (let r = 0; r < Number(values.restarts); r++) await oneLaunch(extensionDir, profile, saved.url, html, 3, `relaunch ${r + 1}, tab`, rows);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
  console.log(`${saved.name}; load average ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  console.log('| load | renderer pid | compile (v8.compile, reader scripts) | evaluation | pipeline |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.load} | ${r.pid ?? '-'} | ${r.compile} | ${r.evaluate} | ${r.pipeline} |`);
}

await main();
