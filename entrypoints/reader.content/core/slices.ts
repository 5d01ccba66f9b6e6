// The reader never blocks the page: work on many entries (reading them, annotating them, drawing
// their controls) runs here in short slices, each a task of its own that gives the page back its
// turn before the next (issue 12: no task of ours over 50 ms, Chrome's long-task threshold). One
// queue for the whole reader, so that work from every part shares one budget per task.

/** One step of queued work: does a little and says whether there is more (true: call again). */
export type Step = () => boolean;

/** The reader's queue of sliced work. */
export interface Slicer {
  /**
   * Queues `step`, called again while it returns true; `urgent` steps go before waiting ones. A
   * `first` step (one that costs a good part of a budget: the panel's pass over a big blog) starts
   * only as a slice's first step, never once other steps have spent part of that slice's budget.
   */
  run(step: Step, urgent?: boolean, first?: boolean): void;
  /** Resolves once the queue is empty (now, if it is). */
  idle(): Promise<void>;
  /**
   * `fn` over `items`, `per` items a step, in the queue's slices, ahead of the work waiting there
   * (the caller awaits it): work proportional to a blog's entries (its digest) never runs in one
   * task. Resolves with the results in order (with what was done, should the reader stop first).
   */
  map<T, R>(items: readonly T[], fn: (item: T) => R, per?: number): Promise<R[]>;
  /**
   * `fn` as one step of the queue, ahead of the work waiting there; resolves with its result. What
   * follows awaited work (a message built from a map's results) belongs in one: a promise's
   * continuation runs after the slice that settled it, when that slice has spent its budget.
   */
  step<R>(fn: () => R | PromiseLike<R>): Promise<R>;
  /**
   * True once the running slice has spent its budget (false outside a slice). A step over several
   * items asks after each one and stops there: a batch started near the end of the budget made the
   * slice a long task (entries of a 5,000-entry blog cost 1-5 ms each on a busy machine).
   */
  due(): boolean;
  /** Work done so far: slices (tasks) and steps. Tests count these, never time. */
  readonly work: { slices: number; steps: number };
}

/** How a slice gives the page its turn: a new task, as soon as the page has had one. */
export type Yield = (next: () => void) => void;

interface TaskScheduler {
  yield(): Promise<void>;
  postTask(callback: () => void, options?: { priority?: string }): Promise<unknown>;
}

/**
 * How long the reader's continuations may keep going ahead of the tasks queued meanwhile before
 * one slice waits behind them. Without it, a big blog's reading starved every other task until
 * the queue was empty: the answer to the reader's own settings request (so its panel and first
 * controls came after every entry was read: 68 s into a 20,000-entry blog) and the page's timers.
 */
const FAIR_TURN_MS = 100;

/**
 * How the reader gives the page its turn: `scheduler.yield()` where the browser has it (input and
 * a due rendering go first, then our continuation, ahead of tasks queued meanwhile, so a sliced
 * pipeline does not wait behind every other task of a busy page; every `FAIR_TURN_MS` a timer
 * instead, behind them), else the task scheduler's `postTask` (not clamped like nested timers),
 * else a timer.
 */
export function defaultYield(): Yield {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    const pause = scheduler.yield.bind(scheduler);
    let fairAt = performance.now();
    return (next) => {
      const now = performance.now();
      if (now - fairAt < FAIR_TURN_MS) return void pause().then(next, () => setTimeout(next, 0));
      fairAt = now;
      setTimeout(next, 0);
    };
  }
  if (typeof scheduler?.postTask === 'function') {
    const post = scheduler.postTask.bind(scheduler);
    return (next) => void post(next, { priority: 'user-visible' }).catch(() => undefined);
  }
  return (next) => void setTimeout(next, 0);
}

/** Options of `createSlicer`. */
export interface SlicerOptions {
  /** Work per task in ms (default 8): a step started inside it may run past it. */
  budgetMs?: number;
  yieldTo?: Yield;
  now?: () => number;
}

/** A queue that runs until `signal` aborts; the first slice starts in a task of its own. */
export function createSlicer(signal: AbortSignal, options: SlicerOptions = {}): Slicer {
  const budget = options.budgetMs ?? 8;
  const yieldTo = options.yieldTo ?? defaultYield();
  const now = options.now ?? (() => performance.now());
  const queue: Step[] = [];
  const firsts = new WeakSet<Step>();
  let scheduled = false;
  let running = false;
  let waiting: Array<() => void> = [];
  let end = 0;
  const work = { slices: 0, steps: 0 };

  const settle = () => {
    const done = waiting;
    waiting = [];
    done.forEach((resolve) => resolve());
  };
  const slice = () => {
    scheduled = false;
    if (signal.aborted) return settle();
    work.slices++;
    end = now() + budget;
    // Work queued by a step joins this slice while its budget lasts (the next slice is asked for below).
    running = true;
    for (let ran = 0; queue.length && now() < end; ran++) {
      const step = queue[0]!;
      if (ran > 0 && firsts.has(step)) break; // it opens the next slice
      let more = false;
      work.steps++;
      try {
        more = step();
      } catch (error) {
        console.error('[Liveblog Lens]', error); // one broken step must not stall the queue
      }
      if (!more && queue[0] === step) queue.shift();
      else if (!more) queue.splice(queue.indexOf(step), 1);
    }
    running = false;
    if (queue.length) schedule();
    else settle();
  };
  const schedule = () => {
    if (scheduled || running || signal.aborted) return;
    scheduled = true;
    yieldTo(slice);
  };
  signal.addEventListener('abort', () => {
    queue.length = 0;
    settle();
  });

  const run = (step: Step, urgent = false, first = false) => {
    if (signal.aborted) return;
    if (first) firsts.add(step);
    if (urgent) queue.unshift(step);
    else queue.push(step);
    schedule();
  };

  const due = () => running && now() >= end;

  return {
    run,
    idle() {
      if (!queue.length && !scheduled) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    due,
    map(items, fn, per = 50) {
      const out: ReturnType<typeof fn>[] = [];
      if (!items.length) return Promise.resolve(out);
      return new Promise((resolve) => {
        let i = 0;
        signal.addEventListener('abort', () => resolve(out), { once: true });
        run(() => {
          for (const last = Math.min(items.length, i + per); i < last; ) {
            out.push(fn(items[i++]!));
            if (due()) break;
          }
          if (i < items.length) return true;
          resolve(out);
          return false;
        }, true);
      });
    },
    step(fn) {
      return new Promise((resolve, reject) =>
        run(() => {
          try {
            resolve(fn());
          } catch (error) {
            reject(error);
          }
          return false;
        }, true),
      );
    },
    work,
  };
}

/** Items waiting to be handled in the reader's slices (see `queueItems`). */
export interface ItemQueue<T> {
  /** Queues `item` (once, however often it is added before its turn). */
  add(item: T): void;
  delete(item: T): void;
  clear(): void;
}

/**
 * Handles items `per` at a time in `slicer`'s steps, in the order they were queued: what a feature
 * is handed for thousands of entries at once (a late start on a big blog) never runs in one task.
 * `urgent`: ahead of the work waiting in the queue (controls of entries the reader can see go
 * before reading the rest of a big blog).
 */
export function queueItems<T>(slicer: Slicer, each: (item: T) => void, per: number, urgent = false): ItemQueue<T> {
  const waiting = new Set<T>();
  let draining = false;
  const drain = () => {
    let n = 0;
    for (const item of waiting) {
      waiting.delete(item);
      each(item);
      if (++n >= per || slicer.due()) break;
    }
    draining = waiting.size > 0;
    return draining;
  };
  return {
    add(item) {
      waiting.add(item);
      if (!draining) (draining = true), slicer.run(drain, urgent);
    },
    delete: (item) => void waiting.delete(item),
    clear: () => waiting.clear(),
  };
}
