// Generated Guardian-style blogs of many entries (tests/bench/generate.ts), in Chromium: the
// pipeline, when entries are marked and when the extension's UI is complete, the longest task the
// extension causes (from a trace, see trace.ts), long tasks with and without the extension, memory
// and DOM counters after a garbage collection; and the cost of one live entry in a big blog.
// "Without the extension" is the same HTML at its twin address, where the extension does not run.
import type { Page } from 'playwright-core';
import { GUARDIAN_BENCH_CONTAINER, guardianBlock } from '../generate';
import { INSERT_ENTRY, PROBE, UI_OBSERVER } from './page-scripts';
import { closePage, pageMeasures, type BenchSession } from './session';
import { startTrace, taskFigures, type PageTrace, type TaskFigures } from './trace';

export interface Memory {
  /** JS heap in use after a full GC (the page's isolate: the page's and the extension's worlds). */
  heap: number;
  /** The renderer's DOM counters after that GC (Memory.getDOMCounters): nodes, event listeners. */
  nodes: number;
  listeners: number;
  /** Elements in the page's own tree (shadow roots not counted). */
  elements: number;
}

export interface ScaleRun extends TaskFigures, Memory {
  pipeline: number;
  /** ms since navigation: the last entry marked; the last node of the extension's UI added. */
  markedAt: number;
  uiCompleteAt: number;
  /**
   * ms since navigation: the last control of the entries on the first screen first added (NaN if
   * one of them has no star), and the panel's host added; how many entries the first screen shows.
   */
  firstScreenAt: number;
  /** The same for the stars alone (drawn without waiting for the annotation). */
  firstStarsAt: number;
  panelAt: number;
  firstScreenEntries: number;
  /** ms since navigation: the end of the last long task (or later change) before the page settled. */
  busyUntil: number;
  marks: number;
  uiNodes: number;
  /** Every liveblog-lens:* measure, summed by name (ms). */
  measures: Record<string, number>;
  dataLoss: boolean;
}

export type BaselineRun = Pick<TaskFigures, 'longTaskTotal' | 'longTaskCount'> & Memory;

export interface ScaleRow {
  entries: number;
  pipeline: number[];
  runs: ScaleRun[];
  baseline: BaselineRun[];
  errors: string[];
}

export interface LiveRow {
  entries: number;
  /** Per inserted entry (ms): longest extension task, longest rendering of its changes, all its script time, time until marked. */
  longestScript: number[];
  longestRender: number[];
  scriptTotal: number[];
  markedAfter: number[];
  errors: string[];
}

interface UiState { marks: number; lastMark: number; uiNodes: number; firstUi: number; lastUi: number; lastLong: number; panelAt: number; now: number }

const readUi = (page: Page) =>
  page.evaluate('window.__lblUi ? { ...window.__lblUi, now: performance.now() } : null') as Promise<UiState | null>;

/**
 * Waits until more than `after` entries are marked (unless `after` is null: a page without the
 * extension) and for `quietMs` no entry was marked, no UI node added and no long task ran, as seen
 * by two polls in a row (a long task is reported to the page a little after it ends). Polls every
 * 500 ms; each poll reads a few numbers, never the DOM.
 */
async function settle(page: Page, quietMs: number, timeout: number, after: number | null = 0): Promise<UiState> {
  const end = Date.now() + timeout;
  let quietBefore = false;
  for (;;) {
    const s = await readUi(page);
    const quiet = !!s && (after === null || s.marks > after) && s.now - Math.max(s.lastMark, s.lastUi, s.lastLong) >= quietMs;
    if (quiet && quietBefore) return s!;
    quietBefore = quiet;
    if (Date.now() >= end) {
      throw new Error(`not settled after ${Math.round(timeout / 1000)} s (${s ? `${s.marks} entries marked, ${s.uiNodes} UI nodes` : 'no observer'})`);
    }
    await page.waitForTimeout(500);
  }
}

async function memory(page: Page): Promise<Memory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const elements = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners, elements };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const sum = (list: { name: string; duration: number }[]) =>
  list.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.name]: (acc[m.name] ?? 0) + m.duration }), {});

/**
 * Loads `url` in a fresh tab under a trace and waits until it settles (`expectMarks`: until the
 * extension has marked its entries), then hands the tab, the settled state and the trace to `read`.
 */
async function tracedLoad<T>(session: BenchSession, url: string, quietMs: number, timeout: number, expectMarks: boolean,
  read: (page: Page, ui: UiState, trace: PageTrace) => Promise<T>): Promise<T> {
  let page: Page | undefined;
  try {
    page = await session.open([PROBE, UI_OBSERVER]);
    const tracer = await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout });
    const ui = await settle(page, quietMs, timeout, expectMarks ? 0 : null);
    return await read(page, ui, await tracer.stop());
  } finally {
    await closePage(page);
  }
}

/** One load of the blog with the extension, traced from navigation until its UI is complete. */
export function extensionRun(session: BenchSession, url: string, quietMs: number, timeout: number): Promise<ScaleRun> {
  return tracedLoad(session, url, quietMs, timeout, true, async (page, ui, trace) => {
    const measures = (await pageMeasures(page)).filter((m) => m.name.startsWith('liveblog-lens:'));
    const pipeline = measures.find((m) => m.name === 'liveblog-lens:pipeline');
    const first = (await page.evaluate('window.__lblUi.firstScreen()')) as { entries: number; missing: number; at: number; starsAt: number };
    return {
      pipeline: pipeline?.duration ?? NaN, markedAt: ui.lastMark, uiCompleteAt: ui.lastUi || NaN,
      firstScreenAt: first.missing || !first.entries ? NaN : first.at, firstStarsAt: first.missing || !first.entries ? NaN : first.starsAt, panelAt: ui.panelAt || NaN, firstScreenEntries: first.entries, busyUntil: Math.max(ui.lastMark, ui.lastUi, ui.lastLong),
      marks: ui.marks, uiNodes: ui.uiNodes, measures: sum(measures), dataLoss: trace.dataLoss, ...taskFigures(trace.tasks), ...(await memory(page)),
    };
  });
}

/** The same blog at its twin address (no extension), traced for as long as the page needs to load and settle. */
export function baselineRun(session: BenchSession, plainUrl: string, quietMs: number, timeout: number): Promise<BaselineRun> {
  return tracedLoad(session, plainUrl, quietMs, timeout, false, async (page, _ui, trace) => {
    const { longTaskTotal, longTaskCount } = taskFigures(trace.tasks);
    return { longTaskTotal, longTaskCount, ...(await memory(page)) };
  });
}

/**
 * Both kinds of run, alternating, once per address in `urls` (one per run, so each is a first
 * visit); the runs without the extension load each address's twin. Failures go to `errors`.
 */
export async function benchSize(session: BenchSession, entries: number, urls: string[], twin: (url: string) => string, quietMs: number): Promise<ScaleRow> {
  const row: ScaleRow = { entries, pipeline: [], runs: [], baseline: [], errors: [] };
  // Generous: the 20,000-entry blog took 137 s to finish its UI before issue 12.
  const timeout = Math.max(60_000, entries * 20);
  for (const [r, url] of urls.entries()) {
    try {
      const run = await extensionRun(session, url, quietMs, timeout);
      row.runs.push(run);
      row.pipeline.push(run.pipeline);
      if (run.dataLoss) row.errors.push(`run ${r + 1}: the trace lost events (buffer full); task figures are incomplete`);
    } catch (error) {
      row.errors.push(`with the extension, run ${r + 1}: ${(error as Error).message.split('\n')[0]}`);
    }
    try {
      row.baseline.push(await baselineRun(session, twin(url), quietMs, timeout));
    } catch (error) {
      row.errors.push(`without the extension, run ${r + 1}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return row;
}

/**
 * Loads a blog of `entries`, waits for its UI, then inserts `count` new entries at its top one at a
 * time (each after the previous one was handled), under one trace; figures per inserted entry.
 */
export async function benchLiveEntry(session: BenchSession, entries: number, url: string, count: number, quietMs: number): Promise<LiveRow> {
  const row: LiveRow = { entries, longestScript: [], longestRender: [], scriptTotal: [], markedAfter: [], errors: [] };
  let page: Page | undefined;
  try {
    page = await session.open([PROBE, UI_OBSERVER]);
    const timeout = Math.max(60_000, entries * 20);
    await page.goto(url, { waitUntil: 'load', timeout });
    let ui = await settle(page, quietMs, timeout);
    const tracer = await startTrace(page);
    const inserted: number[] = [];
    for (let k = 0; k < count; k++) {
      const arg = JSON.stringify({ html: guardianBlock(entries + k, url), container: GUARDIAN_BENCH_CONTAINER });
      inserted.push((await page.evaluate(`(${INSERT_ENTRY})(${arg})`)) as number);
      ui = await settle(page, Math.min(quietMs, 1_000), 30_000, ui.marks);
      row.markedAfter.push(ui.lastMark - inserted[k]!);
    }
    const trace = await tracer.stop();
    const starts = trace.marks.filter((m) => m.name === 'bench:insert').map((m) => m.at);
    if (starts.length !== count) throw new Error(`found ${starts.length} of ${count} insertion marks in the trace`);
    starts.forEach((from, k) => {
      const f = taskFigures(trace.tasks, from, starts[k + 1] ?? Infinity);
      row.longestScript.push(f.longestScript);
      row.longestRender.push(f.longestRender);
      row.scriptTotal.push(f.scriptTotal);
    });
    if (trace.dataLoss) row.errors.push('the trace lost events (buffer full); task figures are incomplete');
  } catch (error) {
    row.errors.push((error as Error).message.split('\n')[0]!);
  } finally {
    await closePage(page);
  }
  return row;
}
