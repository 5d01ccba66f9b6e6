// `profile.ts --phases`: where the reader's CPU goes on a live page, phase by phase, from the reader
// script's evaluation to the end of the `liveblog-lens:pipeline` measure (issue 12's pipeline).
// The script's compilation and evaluation come from the trace (its EvaluateScript event); the rest from the V8 sampler's samples with extension code on the stack, by the source
// file of their innermost extension frame, grouped into the pipeline's phases. The samples are a
// lower bound of the CPU (garbage collection and the browser's own work for our DOM calls outside a
// frame of ours are not attributed), so the table also gives the traced tasks' total.
import { join } from 'node:path';
import { readSourceMap, type SourceMap } from '../source-map';
import type { Task, TraceEvent } from './trace';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; children?: number[] }
export interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

const EXT = 'chrome-extension://';
/** The reader's scripts: the pipeline's and (since the interface was split off) the interface's. */
const READER = /(content-scripts\/reader|\/reader-interface)\.js$/;

/** Source paths to phases, first match wins: the pipeline's parts, then the interface's. */
const PHASES: Array<[string, RegExp]> = [
  ['detect (lib/detect)', /^lib\/detect\//],
  ['language (lib/lang)', /^lib\/lang\//],
  ['entries: extractor, sites (lib/entries, lib/sites)', /^lib\/(entries|sites)\//],
  ['feed, marks (core/feed, binding)', /reader\.content\/core\/(feed|binding)\./],
  ['model, port (core/model, remote, lib/protocol)', /reader\.content\/core\/(model|remote)\.|^lib\/protocol\//],
  ['slicer (core/slices)', /reader\.content\/core\/slices\./],
  ['settings, storage', /reader\.content\/core\/settings\.|shared\/storage\.|^lib\/settings\.|npm:@wxt-dev\/storage/],
  ['words (i18n)', /i18n|^locales\//],
  ['interface: features, components, preact, reading, dom', /reader\.content\/(features|reading|dom)\/|^components\/|npm:preact|reader\.content\/core\/(features|context|bus)\./],
];

export interface PhaseEvents {
  /** The reader script's EvaluateScript events (µs; they hold the top level's compile). */
  evaluation: { ts: number; dur: number }[];
  /** The pipeline measure's begin and end (µs). */
  pipeline: number[];
}

export const newPhaseEvents = (): PhaseEvents => ({ evaluation: [], pipeline: [] });

/** Keeps what the phase table needs from a raw trace event. */
export function collectPhaseEvent(events: PhaseEvents, e: TraceEvent): void {
  if (e.name === 'liveblog-lens:pipeline' && (e.ph === 'b' || e.ph === 'e')) events.pipeline.push(e.ts);
  const url = e.args?.data?.url ?? '';
  if (e.ph === 'X' && e.name === 'EvaluateScript' && url.startsWith(EXT) && READER.test(url)) {
    events.evaluation.push({ ts: e.ts, dur: e.dur ?? 0 });
  }
}

/** Prints the phase table of one load. */
/**
 * The source file of a sample's innermost extension frame (a native call counts for the code that
 * made it), through the build's source maps; null for a sample with no extension code on its stack.
 */
export function extensionSources(profile: Profile, extensionDir: string): (sample: number) => string | null {
  const frameOf = extensionFrames(profile, extensionDir);
  return (sample) => frameOf(sample)?.source ?? null;
}

/** The innermost extension frame of a sample: its source file (through the source maps) and function name. */
export function extensionFrames(profile: Profile, extensionDir: string): (sample: number) => { source: string; fn: string } | null {
  const maps = new Map<string, SourceMap>();
  const mapOf = (url: string) => {
    const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (!maps.has(file)) maps.set(file, readSourceMap(join(extensionDir, file)));
    return maps.get(file)!;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return (sample) => {
    let at: number | undefined = sample;
    while (at !== undefined && !byId.get(at)!.callFrame.url.startsWith(EXT)) at = parent.get(at);
    if (at === undefined) return null;
    const f = byId.get(at)!.callFrame;
    return { source: mapOf(f.url).sourceAt(f.lineNumber, f.columnNumber ?? 0), fn: f.functionName || '(anonymous)' };
  };
}

export function printPhases(profile: Profile, events: PhaseEvents, tasks: readonly Task[], origin: number, extensionDir: string): void {
  if (events.pipeline.length < 2 || !events.evaluation.length) return void console.log('\n## phases: no pipeline measure or no reader evaluation in the trace');
  const from = Math.min(...events.evaluation.map((e) => e.ts));
  const to = Math.max(...events.pipeline);
  const evaluations = events.evaluation.filter((e) => e.ts <= to);
  const evalMs = evaluations.reduce((s, e) => s + e.dur, 0) / 1000;
  const evaluating = (t: number) => evaluations.some((e) => t >= e.ts && t <= e.ts + e.dur);

  const frameOf = extensionFrames(profile, extensionDir);
  const ms = new Map<string, number>();
  /** Per phase, ms by function (innermost extension frame): what to look at inside a phase. */
  const byFn = new Map<string, Map<string, number>>();
  const other = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i]! / 1000;
    t += profile.timeDeltas[i]!;
    // Samples inside the evaluation are its own row (from the trace).
    if (t < from || t > to || evaluating(t)) return;
    const frame = frameOf(id);
    if (frame === null) return;
    const { source } = frame;
    const phase = PHASES.find(([, re]) => re.test(source))?.[0] ?? 'other';
    ms.set(phase, (ms.get(phase) ?? 0) + dt);
    const fns = byFn.get(phase) ?? byFn.set(phase, new Map()).get(phase)!;
    const fn = `${frame.fn} (${source.split('/').pop()})`;
    fns.set(fn, (fns.get(fn) ?? 0) + dt);
    if (phase === 'other') other.set(source, (other.get(source) ?? 0) + dt);
  });
  const taskMs = tasks.filter((k) => k.ext && origin + (k.start + k.dur) * 1000 >= from && origin + k.start * 1000 <= to).reduce((s, k) => s + k.dur, 0);
  const rows: Array<[string, number]> = [[`reader scripts: compile and evaluation (trace, ${evaluations.length})`, evalMs], ...[...ms].sort((a, b) => b[1] - a[1])];
  const sum = rows.reduce((s, [, v]) => s + v, 0);
  console.log(`\n## phases, reader evaluation to pipeline end (${((to - from) / 1000).toFixed(0)} ms wall; extension tasks ${taskMs.toFixed(1)} ms)`);
  console.log('| phase | ms CPU | share |\n|---|---|---|');
  for (const [name, v] of rows) console.log(`| ${name} | ${v.toFixed(1)} | ${((100 * v) / sum).toFixed(0)} % |`);
  console.log(`| attributed in all | ${sum.toFixed(1)} | |`);
  for (const [name] of rows.slice(1)) {
    const fns = [...(byFn.get(name) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 5);
    if (fns.length) console.log(`- ${name}: ${fns.map(([f, v]) => `${f} ${v.toFixed(1)}`).join(', ')}`);
  }
  if (other.size) console.log(`other: ${[...other].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([s, v]) => `${s} ${v.toFixed(1)}`).join(', ')}`);
}
