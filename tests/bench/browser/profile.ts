// `npx tsx tests/bench/browser/profile.ts [entries] [--live n]`: which functions run inside the
// extension's long tasks. One first visit of a generated Guardian blog of `entries` (default 5,000)
// under a trace (the page's main-thread tasks, trace.ts) and the V8 sampling profiler (CDP
// `Profiler`, every 250 µs; it samples the whole isolate, so the content script's world too).
// With `--live n`, n entries are then inserted one at a time and only their tasks are reported.
// For every extension task over `--over` ms (default 50): its length, then the functions with
// the most samples in it, by self time and by time inside them (the extension's own frames). The
// extension is an unminified `LBL_PERF=1` build (`.output/chrome-mv3-profile`), so the names are
// the source's. `--corpus <name>`: a saved corpus page instead. `--sources`: all the extension's
// samples by source file (the build gets a source map). `--phases`: the reader's CPU by phase,
// from its script's evaluation to the pipeline's end (phases.ts). `--reuse`: the last profile build.
// `--minified`: minified as readers get it (names are lost, but a script's compile is its real size). Bench only: its timings are noisy, its names are what it is for.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT, launchWithExtension, requireBuild, startFixtureServer } from '../../e2e/harness';
import { GUARDIAN_BENCH_CONTAINER, GUARDIAN_BENCH_URL, generateGuardianBlog, guardianBlock } from '../generate';
import { INSERT_ENTRY, PROBE, UI_OBSERVER } from './page-scripts';
import { readFileSync } from 'node:fs';
import { CORPUS_DIR } from '../../helpers/corpus';
import { hostsOf, loadPages } from './pages';
import { startTrace, type Task, type TraceEvent } from './trace';
import { collectPhaseEvent, extensionSources, newPhaseEvents, printPhases } from './phases';
import { EVENT_CATEGORIES, taskEvents } from './task-events';

/** Style and layout work seen in the trace (any thread; filtered by time to a task of the page). */
const rendering: { name: string; ts: number; dur: number; info: string }[] = [];
const RENDER_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);
const phaseEvents = newPhaseEvents();
const events = taskEvents();
/** `--invalidations`: what marked layout dirty (Blink's invalidation tracking), to find what made a rendering big. */
const invalidations: { ts: number; text: string }[] = [];
const INVALIDATION_CATEGORY = 'disabled-by-default-devtools.timeline.invalidationTracking';
const collect = (e: TraceEvent) => {
  collectPhaseEvent(phaseEvents, e);
  events.collect(e);
  if (e.name === 'LayoutInvalidationTracking' || e.name === 'StyleRecalcInvalidationTracking') {
    const d = (e.args?.data ?? {}) as { nodeName?: string; reason?: string; stackTrace?: { functionName?: string; url?: string; lineNumber?: number }[] };
    const at = d.stackTrace?.find((f) => f.url?.startsWith('chrome-extension://')) ?? d.stackTrace?.[0];
    const where = at ? `${at.functionName || '(anonymous)'} ${(at.url ?? '').replace(/^.*\//, '')}:${(at.lineNumber ?? 0) + 1}` : 'no stack';
    invalidations.push({ ts: e.ts, text: `${e.name === 'LayoutInvalidationTracking' ? 'layout' : 'style'}: ${d.reason ?? '?'} on ${d.nodeName ?? '?'} (${where})` });
  }
  if (e.ph !== 'X' || !RENDER_EVENTS.has(e.name)) return;
  const a = (e.args ?? {}) as { beginData?: Record<string, unknown>; elementCount?: number };
  const b = a.beginData ?? {};
  const info = e.name === 'Layout' ? `${b.dirtyObjects}/${b.totalObjects} objects${b.partialLayout ? ' partial' : ''}` : `${a.elementCount ?? '?'} elements`;
  rendering.push({ name: e.name, ts: e.ts, dur: (e.dur ?? 0) / 1000, info });
};
/** Style and layout inside [from, to] µs: totals and the longest. */
function renderingIn(from: number, to: number): string {
  const inside = rendering.filter((r) => r.ts >= from && r.ts <= to);
  const total = (n: string) => inside.filter((r) => r.name === n).reduce((s, r) => s + r.dur, 0);
  const longest = [...inside].sort((a, b) => b.dur - a.dur).slice(0, 3).map((r) => `${r.name} ${r.dur.toFixed(0)} ms (${r.info})`);
  return `style ${total('UpdateLayoutTree').toFixed(0)} ms, layout ${total('Layout').toFixed(0)} ms; ${longest.join(', ')}`;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    live: { type: 'string', default: '0' }, over: { type: 'string', default: '50' }, top: { type: 'string', default: '8' }, corpus: { type: 'string' },
    sources: { type: 'boolean', default: false }, phases: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false }, minified: { type: 'boolean', default: false },
    invalidations: { type: 'boolean', default: false },
  },
});
const entries = Number(positionals[0] ?? 5000);
const live = Number(values.live);
const over = Number(values.over);
const top = Number(values.top);

/** The LBL_PERF build without minification, so that profiles name the source's functions. */
function profileBuild(): string {
  requireBuild();
  // `--reuse`: the profile build of the last call (several pages profiled in a row).
  if (values.reuse) return requireBuild(resolve(ROOT, '.output/chrome-mv3-profile'));
  const script = `import { build } from 'wxt'; await build({ outDirTemplate: 'chrome-mv3-profile', vite: () => ({ build: { minify: ${values.minified} } }) });`;
  const env = { ...process.env, LBL_PERF: '1', ...(values.sources || values.phases ? { LBL_SOURCEMAP: '1' } : {}) };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`profile build failed:\n${run.stdout}\n${run.stderr}`);
  return requireBuild(resolve(ROOT, '.output/chrome-mv3-profile'));
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

const EXT = 'chrome-extension://';
const label = (n: ProfileNode) => {
  const f = n.callFrame;
  const file = f.url.startsWith(EXT) ? f.url.replace(/^chrome-extension:\/\/[^/]+\//, '') : f.url ? 'page' : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
};

/** Self and inclusive sample counts per function, for samples within [from, to] µs. */
function summarise(profile: Profile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inside = new Map<string, number>();
  let t = profile.startTime;
  let count = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    if (t < from || t > to) return;
    count++;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (!n.callFrame.url.startsWith(EXT)) continue;
      const name = label(n);
      if (!seen.has(name)) inside.set(name, (inside.get(name) ?? 0) + 1), seen.add(name);
    }
  });
  const best = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { count, self: best(self), inside: best(inside) };
}

/**
 * `--sources`: every sample with extension code on its stack, by the source file of its innermost
 * extension frame (a native call counts for the code that made it; the script's own top level,
 * compiled and run once, is its first line's source), so that CPU can be set beside bytes.
 */
function bySource(profile: Profile, extensionDir: string): void {
  const sourceOf = extensionSources(profile, extensionDir);
  const counts = new Map<string, number>();
  let total = 0;
  for (const id of profile.samples) {
    const source = sourceOf(id);
    if (source === null) continue;
    const name = source.startsWith('npm:') ? source : source.split('/').slice(0, 3).join('/');
    counts.set(name, (counts.get(name) ?? 0) + 1);
    total++;
  }
  console.log(`\n## extension samples by source (${total} samples of 250 µs)`);
  for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)} ${((100 * n) / total).toFixed(1).padStart(5)}%  ${name}`);
}

async function settle(page: Page, after: number, quietMs = 2000, timeout = 600_000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const s = (await page.evaluate('window.__lblUi ? { ...window.__lblUi, now: performance.now() } : null')) as
      { marks: number; lastMark: number; lastUi: number; lastLong: number; now: number } | null;
    if (s && s.marks > after && s.now - Math.max(s.lastMark, s.lastUi, s.lastLong) >= quietMs) return s.marks;
    if (Date.now() > end) throw new Error('not settled');
    await page.waitForTimeout(500);
  }
}

function report(tasks: readonly Task[], origin: number, profile: Profile, title: string): void {
  const ext = tasks.filter((t) => t.ext);
  // Over `over` ms of wall time or of CPU (on a busy machine most of a task's wall time can be waiting for a core).
  const long = ext.filter((t) => t.dur > over || t.cpu > over);
  const most = (f: (t: Task) => number) => Math.max(0, ...ext.map(f)).toFixed(0);
  console.log(`\n## ${title}: ${ext.length} extension tasks, ${long.length} over ${over} ms, longest ${most((t) => t.dur)} ms, most CPU in one ${most((t) => t.cpu)} ms`);
  for (const t of long.sort((a, b) => b.cpu - a.cpu || b.dur - a.dur).slice(0, 12)) {
    const from = origin + t.start * 1000;
    const s = summarise(profile, from, from + t.dur * 1000);
    console.log(`\n- task at ${t.start.toFixed(0)} ms, ${t.dur.toFixed(1)} ms, CPU ${t.cpu.toFixed(1)} ms (${s.count} samples)`);
    console.log(`  self:   ${s.self.map(([n, c]) => `${n} ${c}`).join(' | ')}`);
    console.log(`  inside: ${s.inside.map(([n, c]) => `${n} ${c}`).join(' | ')}`);
    console.log(`  render: ${renderingIn(from, from + t.dur * 1000)}`);
    console.log(`  trace (wall / CPU ms):  ${events.inside(from, t.dur).slice(0, top).map(([n, ms]) => `${n} ${ms.wall.toFixed(0)} / ${ms.cpu.toFixed(1)}`).join(' | ')}`);
  }
  const renders = tasks.filter((t) => t.renderAfterExt && t.dur > over).sort((a, b) => b.dur - a.dur);
  console.log(`\n## renderings after extension tasks over ${over} ms: ${renders.length}, longest ${Math.max(0, ...renders.map((t) => t.dur)).toFixed(0)} ms`);
  for (const t of renders.slice(0, 6)) {
    const from = origin + t.start * 1000;
    console.log(`- at ${t.start.toFixed(0)} ms, ${t.dur.toFixed(1)} ms: ${renderingIn(from, from + t.dur * 1000)}`);
    if (!values.invalidations) continue;
    // What was invalidated since the rendering before this one: the writes this one lays out.
    const since = rendering.reduce((m, r) => (r.name === 'Layout' && r.ts < from && r.ts > m ? r.ts : m), -Infinity);
    const counts = new Map<string, number>();
    for (const i of invalidations) if (i.ts > since && i.ts < from) counts.set(i.text, (counts.get(i.text) ?? 0) + 1);
    for (const [text, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${String(n).padStart(5)} × ${text}`);
  }
}

async function main(): Promise<void> {
  const extensionDir = profileBuild();
  const saved = values.corpus ? loadPages(CORPUS_DIR, '').find((p) => p.name.includes(values.corpus!)) : undefined;
  if (values.corpus && !saved) throw new Error(`no corpus page named like ${values.corpus}`);
  const url = saved?.url ?? `${GUARDIAN_BENCH_URL}-profile-${entries}-${Date.now()}`;
  const server = await startFixtureServer({ [url]: saved ? readFileSync(saved.path, 'utf8') : generateGuardianBlog(entries, url).html });
  const browser = await launchWithExtension({ extensionDir, hosts: hostsOf([url]), port: server.port, headed: false, handleSignals: false });
  try {
    const page = await browser.context.newPage();
    for (const content of [PROBE, UI_OBSERVER]) await page.addInitScript({ content });
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    const categories = values.invalidations ? [...EVENT_CATEGORIES, INVALIDATION_CATEGORY] : EVENT_CATEGORIES;
    let tracer = await startTrace(page, collect, categories);
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
    let marks = saved ? (await page.waitForTimeout(4000), 0) : await settle(page, 0);
    if (live > 0) {
      await cdp.send('Profiler.stop');
      await tracer.stop();
      rendering.length = 0;
      events.clear();
      tracer = await startTrace(page, collect, categories);
      await cdp.send('Profiler.start');
      for (let k = 0; k < live; k++) {
        const arg = JSON.stringify({ html: guardianBlock(entries + k, url), container: GUARDIAN_BENCH_CONTAINER });
        await page.evaluate(`(${INSERT_ENTRY})(${arg})`);
        marks = await settle(page, marks, 1000);
      }
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const trace = await tracer.stop();
    const measures = (await page.evaluate('window.__lblBench.measures()')) as { name: string; duration: number }[];
    console.log(`${saved ? saved.name : `${entries} entries`}${live ? `, ${live} live entries` : ''}; measures: ${measures.map((m) => `${m.name.replace('liveblog-lens:', '')} ${m.duration.toFixed(0)} ms`).join(', ')}`);
    report(trace.tasks, trace.origin, profile, live ? 'live entries' : 'first load');
    if (values.sources) bySource(profile, extensionDir);
    if (values.phases) printPhases(profile, phaseEvents, trace.tasks, trace.origin, extensionDir);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
