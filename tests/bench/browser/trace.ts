// Main-thread tasks of one page from a Chromium trace (CDP Tracing), and which of them are the
// extension's. A task is the extension's when anything in it carries a chrome-extension:// script:
// a function call, a script evaluation or compile, or a stack trace (timers, style
// invalidations). A rendering task (style, layout, paint) with no script of its own that follows an
// extension task before any other rendering counts as rendering the extension's changes; on the
// generated blogs, which have no scripts of their own, nothing else changes the page. Promise
// continuations that run alone in a task leave no script URL in the trace and are missed by this
// rule, which the figures say (they are lower bounds).
import type { CDPSession, Page } from 'playwright-core';

/** One trace event, reduced on arrival to what the analysis needs (a 20,000-entry load is big). */
interface Event {
  name: string;
  ph: string;
  ts: number;
  dur: number;
  /** Thread (CPU) time in µs where Chromium gives it (`tdur`), else 0. */
  tdur: number;
  pid: number;
  tid: number;
  ext: boolean;
  frame: string | null;
}

export interface Task {
  /** ms since the trace began, and duration in ms. */
  start: number;
  dur: number;
  /**
   * The main thread's CPU time in the task (ms; Chromium's `tdur`): what the task costs when the
   * thread is not waiting for a core. On our shared 2 cores a task's wall time is often mostly the
   * time the thread was descheduled, so the two are reported side by side.
   */
  cpu: number;
  ext: boolean;
  render: boolean;
  renderAfterExt: boolean;
}

export interface PageTrace {
  tasks: Task[];
  /** User Timing marks in the page (`bench:insert`...), ms since the trace began. */
  marks: { name: string; at: number }[];
  /** Set when Chromium dropped events (a full buffer): the figures are then incomplete. */
  dataLoss: boolean;
  /** The trace's first timestamp (µs, the browser's monotonic clock, as the V8 profiler's): what `start` counts from. */
  origin: number;
}

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
];
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
const EXT = 'chrome-extension://';

/** A Chromium trace event, as much of it as is read here. */
export interface TraceEvent {
  name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; cat: string;
  args?: { data?: RawData; beginData?: RawData };
}
interface RawData { url?: string; frame?: string; stackTrace?: { url?: string }[] }

/** Complete events (tasks and what ran in them) and instant ones (marks, invalidations with stacks). */
const kept = (e: TraceEvent) => e.ph === 'X' || e.ph === 'I' || e.ph === 'R' || e.ph === 'i';

function reduce(e: TraceEvent): Event {
  const data = e.args?.data ?? e.args?.beginData;
  const ext = !!data && (data.url?.startsWith(EXT) === true || (Array.isArray(data.stackTrace) && data.stackTrace.some((f) => f.url?.startsWith(EXT) === true)));
  return { name: e.name, ph: e.ph, ts: e.ts, dur: e.dur ?? 0, tdur: e.tdur ?? 0, pid: e.pid, tid: e.tid, ext, frame: typeof data?.frame === 'string' ? data.frame : null };
}

export interface Tracer {
  stop(): Promise<PageTrace>;
}

/** Starts tracing the browser; `stop()` returns the tasks of `page`'s main frame's thread. `onEvent` sees every raw event. */
export async function startTrace(page: Page, onEvent?: (e: TraceEvent) => void, extraCategories: readonly string[] = []): Promise<Tracer> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: Event[] = [];
  let dataLoss = false;
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value as unknown as TraceEvent[]) {
      onEvent?.(e);
      if (kept(e)) events.push(reduce(e));
    }
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: [...CATEGORIES, ...extraCategories], excludedCategories: ['*'] },
  });
  return {
    async stop() {
      const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', (e) => {
        dataLoss = !!e.dataLossOccurred;
        done();
      }));
      await cdp.send('Tracing.end');
      await complete;
      const { frameTree } = await cdp.send('Page.getFrameTree');
      await cdp.detach().catch(() => undefined);
      return analyse(events, frameTree.frame.id, dataLoss);
    },
  };
}

/** The thread that did the most work for `frame`: the renderer's main thread of the page. */
function mainThread(events: Event[], frame: string): { pid: number; tid: number } | null {
  const counts = new Map<string, number>();
  for (const e of events) if (e.frame === frame) counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

function analyse(all: Event[], frame: string, dataLoss: boolean): PageTrace {
  const thread = mainThread(all, frame);
  if (!thread) throw new Error('the trace has no event of the page’s frame');
  // A loop, not Math.min(...list): a 20,000-entry load has more events than a call takes arguments.
  const origin = all.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Infinity);
  const mine = all.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  const marks: PageTrace['marks'] = [];
  let current: (Task & { end: number }) | null = null;
  for (const e of mine) {
    if (e.name === 'RunTask' && e.ph === 'X') {
      if (current && e.ts < current.end) continue; // a nested run loop: part of the outer task
      current = { start: (e.ts - origin) / 1000, dur: e.dur / 1000, cpu: e.tdur / 1000, end: e.ts + e.dur, ext: false, render: false, renderAfterExt: false };
      tasks.push(current);
      continue;
    }
    if (e.ph !== 'X' && e.name.startsWith('bench:')) marks.push({ name: e.name, at: (e.ts - origin) / 1000 });
    if (!current || e.ts > current.end) continue;
    if (e.ext) current.ext = true;
    if (RENDER.has(e.name)) current.render = true;
  }
  let pendingExt = false;
  for (const t of tasks) {
    if (t.ext) pendingExt = true;
    else if (t.render && pendingExt) t.renderAfterExt = true;
    if (t.render && !t.ext) pendingExt = false;
  }
  return { tasks: tasks.map(({ start, dur, cpu, ext, render, renderAfterExt }) => ({ start, dur, cpu, ext, render, renderAfterExt })), marks, dataLoss, origin };
}

/** The tasks of `frame`'s main thread in a whole trace (what `startTrace` does with what it collects). */
export function analyseTrace(events: readonly TraceEvent[], frame: string, dataLoss = false): PageTrace {
  return analyse(events.filter(kept).map(reduce), frame, dataLoss);
}

export interface TaskFigures {
  /** The longest task with extension script in it, and the longest rendering of its changes (ms). */
  longestScript: number;
  longestRender: number;
  /** The most CPU time of the main thread in one extension task (ms; see `Task.cpu`). */
  longestScriptCpu: number;
  /** Time in extension tasks, in renderings of its changes, and in all tasks over 50 ms (Chrome's long-task threshold). */
  scriptTotal: number;
  renderTotal: number;
  longTaskTotal: number;
  longTaskCount: number;
}

/** Figures over the tasks that start in [from, to) ms. */
export function taskFigures(tasks: readonly Task[], from = -Infinity, to = Infinity): TaskFigures {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  const max = (list: Task[]) => list.reduce((m, t) => Math.max(m, t.dur), 0);
  const long = inside.filter((t) => t.dur > 50);
  return {
    longestScript: max(inside.filter((t) => t.ext)),
    longestRender: max(inside.filter((t) => t.renderAfterExt)),
    longestScriptCpu: inside.filter((t) => t.ext).reduce((m, t) => Math.max(m, t.cpu), 0),
    scriptTotal: inside.filter((t) => t.ext).reduce((s, t) => s + t.dur, 0),
    renderTotal: inside.filter((t) => t.renderAfterExt).reduce((s, t) => s + t.dur, 0),
    longTaskTotal: long.reduce((s, t) => s + t.dur, 0),
    longTaskCount: long.length,
  };
}
