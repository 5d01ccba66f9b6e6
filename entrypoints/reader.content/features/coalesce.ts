// While a big blog is read, the model tells its features of every slice's entries (a snapshot every
// few dozen milliseconds, 200 of them at 20,000 entries). A feature whose redraw goes over every
// entry (the panel: the filter's pass, counts, quotes, order) redrawn on each one does work that
// grows with the square of the blog. Coalesced, it runs at most once per interval while snapshots
// pour in, and in the reader's next slice when they come one at a time (a live entry).
import type { Slicer } from '../core/slices';

/** Options of `coalesce`. */
export interface CoalesceOptions {
  slicer: Slicer;
  /** The shortest time between two runs (ms). */
  everyMs: number;
  signal: AbortSignal;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

/** Returns `soon()`: asks for `run`, which then runs once for every call made before it. */
export function coalesce(run: () => void, { slicer, everyMs, signal, now = () => performance.now(), setTimer = setTimeout }: CoalesceOptions): () => void {
  let due = false;
  let last = -Infinity;
  const go = () => {
    if (!due || signal.aborted) return;
    due = false;
    last = now();
    run();
  };
  return () => {
    if (due || signal.aborted) return;
    due = true;
    const wait = last + everyMs - now();
    // Ahead of the queue: the panel's counts and filter must not wait until a big blog is read. At
    // a slice's start: a pass over 5,000 entries started late in a slice made it a long task.
    if (wait <= 0) slicer.run(() => (go(), false), true, true);
    else setTimer(() => slicer.run(() => (go(), false), true, true), wait);
  };
}
