// `profile.ts`: what the trace itself says is inside one long task, by wall time. The V8 sampler
// counts CPU only (on a busy machine a 100 ms task may hold 2 ms of samples), and it cannot see a
// script's compile, a style recalculation or a garbage collection as such; the trace's nested
// events (`devtools.timeline` and `v8.execute` categories) can. For each event kind in the task
// (compile, run, GC, tier-up, style, layout, each named with the script it serves), its self
// time: its duration less that of the events nested in it, so that the kinds add up to the task.
import type { TraceEvent } from './trace';

interface Slice { name: string; ts: number; dur: number; tdur: number; pid: number; tid: number; script: string | null }

/** Extra categories for the trace: V8's own execution and compile events, and its GC. */
export const EVENT_CATEGORIES = ['v8.execute', 'disabled-by-default-v8.compile', 'v8'];

const EXT = /^chrome-extension:\/\/[^/]+\//;

/** The script an event names, if any (a compile or evaluation of reader.js, a call into it). */
function scriptOf(e: TraceEvent): string | null {
  const data = (e.args?.data ?? e.args?.beginData ?? {}) as { url?: string; fileName?: string };
  const url = data.url ?? data.fileName ?? '';
  if (!url) return null;
  return EXT.test(url) ? url.replace(EXT, '').replace(/^content-scripts\//, '') : 'page';
}

/** V8's and Blink's many event names, in the kinds a reader of the figures cares about. */
const KINDS: Array<[string, RegExp]> = [
  ['compile', /^(V8\.(CompileScript|PreParse|ParseProgram|ParseFunction|CompileCode|CompileIgnition.*|Compile|CompileLazy|CompileFinalize.*|DeserializeScript)|v8\.compile.*)$/],
  ['gc', /^(V8\.GC_.*|MinorGC|MajorGC|V8\.GC.*|BlinkGC.*|V8\.ExternalCallback)$/],
  ['tier-up (optimising compiles)', /^(V8\.(BytecodeBudgetInterrupt.*|Maglev.*|Turbofan.*|Optimize.*|FinalizeBaseline.*|CompileBaseline.*|StackGuard)|FlushInstructionCache)$/],
  ['style', /^UpdateLayoutTree$|^RecalculateStyles$|^ParseAuthorStyleSheet$/],
  ['layout', /^Layout$/],
  ['script', /^(FunctionCall|EvaluateScript|v8\.run|v8\.callFunction|RunMicrotasks|TimerFire|V8\.Execute|FireAnimationFrame|EventDispatch|v8\.evaluateModule|XHRLoad|V8\.ScriptCompiler.*)$/],
];
const kindOf = (name: string) => KINDS.find(([, re]) => re.test(name))?.[0] ?? name;

export interface TaskEvents {
  collect(e: TraceEvent): void;
  /** Self time (ms: wall, and the thread's CPU) per event kind inside the task that starts at `from` µs and lasts `dur` ms, costliest CPU first. */
  inside(from: number, dur: number): Array<[string, { wall: number; cpu: number }]>;
  clear(): void;
}

export function taskEvents(): TaskEvents {
  const slices: Slice[] = [];
  return {
    collect(e) {
      if (e.ph !== 'X' || !e.dur) return;
      slices.push({ name: e.name, ts: e.ts, dur: e.dur, tdur: e.tdur ?? 0, pid: e.pid, tid: e.tid, script: scriptOf(e) });
    },
    clear: () => void (slices.length = 0),
    inside(from, dur) {
      const to = from + dur * 1000;
      // The task's own RunTask tells the thread (the page's main thread).
      const task = slices.find((s) => s.name === 'RunTask' && Math.abs(s.ts - from) < 2 && Math.abs(s.dur - dur * 1000) < 2);
      if (!task) return [];
      const mine = slices
        .filter((s) => s.pid === task.pid && s.tid === task.tid && s.ts >= task.ts && s.ts + s.dur <= to + 1)
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      const self = new Map<string, { wall: number; cpu: number }>();
      const stack: Array<Slice & { label: string }> = [];
      const add = (label: string, wall: number, cpu: number) => {
        const had = self.get(label) ?? { wall: 0, cpu: 0 };
        self.set(label, { wall: had.wall + wall / 1000, cpu: had.cpu + cpu / 1000 });
      };
      for (const s of mine) {
        while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur <= s.ts) stack.pop();
        const parent = stack.at(-1);
        // A child is taken off its parent's self time (clipped to the parent: trace clocks round).
        if (parent) add(parent.label, -Math.min(s.dur, parent.ts + parent.dur - s.ts), -Math.min(s.tdur, parent.tdur));
        // Each kind of work is named with the script it serves: its own, else its nearest ancestor's.
        const script = s.script ?? [...stack].reverse().find((p) => p.script)?.script ?? null;
        const label = `${kindOf(s.name)}${script ? ` ${script}` : ''}`;
        add(label, s.dur, s.tdur);
        stack.push({ ...s, script, label });
      }
      return [...self].filter(([, t]) => t.wall >= 0.5 || t.cpu >= 0.5).sort((a, b) => b[1].cpu - a[1].cpu);
    },
  };
}
