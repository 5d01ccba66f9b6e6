// The browser bench's "longest extension task" rests on how trace tasks are attributed; these
// synthetic traces pin the rules (see tests/bench/browser/trace.ts).
import { describe, expect, it } from 'vitest';
import { analyseTrace, taskFigures, type TraceEvent } from '../../bench/browser/trace';

const EXT = 'chrome-extension://abcdefghijklmnop/content-scripts/reader.js';
const PAGE = 'https://www.theguardian.com/world/live/x';
const FRAME = 'F1';
const ms = 1000; // trace timestamps are in microseconds

let clock = 0;
/** A task on the page's main thread (pid 10) at `at` ms lasting `dur` ms, with events inside it. */
function task(at: number, dur: number, inside: Partial<TraceEvent>[] = [], thread = 10): TraceEvent[] {
  const ts = at * ms;
  return [
    { name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', ts, dur: dur * ms, pid: thread, tid: thread },
    ...inside.map((e, i) => ({ name: 'X', cat: 'devtools.timeline', ph: 'X', ts: ts + i + 1, dur: 1, pid: thread, tid: thread, ...e }) as TraceEvent),
  ];
}
const frameEvent = (thread = 10): TraceEvent => ({ name: 'ParseHTML', cat: 'devtools.timeline', ph: 'X', ts: ++clock, dur: 1, pid: thread, tid: thread, args: { beginData: { frame: FRAME, url: PAGE } } });
const call = (url: string): Partial<TraceEvent> => ({ name: 'FunctionCall', args: { data: { url } } });
const layout: Partial<TraceEvent> = { name: 'Layout' };

describe('browser bench trace attribution', () => {
  it('counts a task as the extension’s when a call, a script or a stack in it comes from chrome-extension://', () => {
    const trace = analyseTrace([
      frameEvent(),
      ...task(100, 80, [call(PAGE)]),
      ...task(200, 30, [call(EXT)]),
      ...task(300, 40, [{ name: 'EvaluateScript', args: { data: { url: EXT } } }]),
      ...task(400, 20, [{ name: 'ScheduleStyleRecalculation', ph: 'I', args: { data: { stackTrace: [{ url: EXT }] } } }]),
    ], FRAME);
    expect(trace.tasks.map((t) => t.ext)).toEqual([false, true, true, true]);
    const f = taskFigures(trace.tasks);
    expect(f.longestScript).toBe(40);
    expect(f.scriptTotal).toBe(90);
    expect(f.longTaskTotal).toBe(80); // only the page's own task is over 50 ms
  });

  it('gives each task its thread CPU beside its wall time, so that waiting for a core is not counted as work', () => {
    const withCpu = (events: TraceEvent[], cpuMs: number) => [{ ...events[0]!, tdur: cpuMs * ms }, ...events.slice(1)];
    const trace = analyseTrace([
      frameEvent(),
      ...withCpu(task(100, 120, [call(EXT)]), 18), // a long wall time, mostly descheduled
      ...withCpu(task(300, 45, [call(EXT)]), 40),
      ...withCpu(task(400, 200, [call(PAGE)]), 190), // the page's own work is not ours
    ], FRAME);
    expect(trace.tasks.map((t) => t.cpu)).toEqual([18, 40, 190]);
    const f = taskFigures(trace.tasks);
    expect(f.longestScript).toBe(120);
    expect(f.longestScriptCpu).toBe(40);
  });

  it('charges the rendering that follows an extension task to the extension, once', () => {
    const trace = analyseTrace([
      frameEvent(),
      ...task(0, 70, [layout]), // the page's first layout
      ...task(100, 10, [call(EXT)]),
      ...task(120, 90, [layout]), // renders the extension's change
      ...task(300, 60, [layout]), // a later frame with nothing new from the extension
    ], FRAME);
    expect(trace.tasks.map((t) => t.renderAfterExt)).toEqual([false, false, true, false]);
    expect(taskFigures(trace.tasks).longestRender).toBe(90);
  });

  it('reads only the page’s main thread, and nested run loops as part of their task', () => {
    const trace = analyseTrace([
      frameEvent(),
      ...task(0, 100, [call(PAGE)]),
      ...task(10, 20, [call(EXT)]), // nested inside the task above
      ...task(500, 300, [call(EXT)], 99), // another renderer
    ], FRAME);
    expect(trace.tasks).toHaveLength(1);
    expect(trace.tasks[0]).toMatchObject({ dur: 100, ext: true });
  });

  it('splits figures by window, as the live-entry part does between insertions', () => {
    const trace = analyseTrace([frameEvent(), ...task(100, 30, [call(EXT)]), ...task(1100, 70, [call(EXT)])], FRAME);
    const origin = trace.tasks[0]!.start - 100; // ms since the first event
    expect(taskFigures(trace.tasks, origin, origin + 1000).longestScript).toBe(30);
    expect(taskFigures(trace.tasks, origin + 1000).longestScript).toBe(70);
  });

  it('fails loudly when the trace has nothing of the page', () => {
    expect(() => analyseTrace(task(0, 10), FRAME)).toThrow(/frame/);
  });
});
