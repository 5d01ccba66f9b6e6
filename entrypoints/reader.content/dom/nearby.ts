// Controls are drawn for the entries the reader can reach, not for all of them at load (issue 12:
// a blog of 20,000 entries made 60,000 shadow hosts, each one more thing for the page to style and
// lay out, and its stars were done two minutes after the page opened). One IntersectionObserver
// per page, with a margin of two screens above and below, says when an entry comes near the
// viewport; the features then draw its controls in the reader's slices. Entries keep their
// `data-lbl-*` marks at once, wherever they are (that contract does not wait for scrolling), and
// whatever hides entries (a collapsed repeat, the filter) is written at once too: only hosts wait.
//
// An element is watched only while some feature waits to draw on it: once near, its waiting work
// is handed over and the observer lets go of it, so the browser tracks the few entries still to
// come into reach rather than every entry of the blog. A hidden entry (`display: none`) never comes
// near; its controls are drawn when it is shown again.

import type { Slicer } from '../core/slices';

/** Two screens above and below the viewport: controls are there before the reader scrolls to them. */
export const NEAR_MARGIN = '200% 0px';

/** Items of one feature waiting for their entry element to come near. */
export interface NearQueue<T> {
  /** Waits for `el` to come near, then hands `item` over (replacing what `item` waited on before). */
  add(item: T, el: Element): void;
  /** Stops waiting for `item`. */
  delete(item: T): void;
  /** True while `item` waits. */
  has(item: T): boolean;
  /** The item waiting on `el`, taken out of the queue (to be drawn now: the reader moved to it). */
  take(el: Element): T | undefined;
  clear(): void;
}

interface Lane {
  near(el: Element): void;
}

/** The page's one watcher of entries coming near the viewport. */
export interface Nearby {
  /** A queue for one feature: `onNear` gets each item once its element comes near. */
  queue<T>(onNear: (item: T) => void): NearQueue<T>;
}

const watchers = new WeakMap<Document, Nearby>();
/** Elements handed to the observer per step of the reader's slices. */
const OBSERVE_STEP = 500;

/** Where the observer's work goes: the reader's slices (see core/slices.ts). */
type Queue = Pick<Slicer, 'run'>;

/** The watcher of `doc` (made by the first feature that asks; stopped when `signal` aborts). */
export function nearbyFor(doc: Document, slicer: Queue, signal: AbortSignal): Nearby {
  let made = watchers.get(doc);
  if (!made) {
    made = createNearby(signal, slicer);
    watchers.set(doc, made);
    // A reader injected again (after an update) starts its own.
    signal.addEventListener('abort', () => watchers.delete(doc));
  }
  return made;
}

/**
 * A watcher on its own (tests; `nearbyFor` shares one per page). Without `slicer`, elements are
 * observed at once; with it, in its slices (a feature that starts late on a big blog hands over
 * 20,000 entries in one go).
 */
export function createNearby(signal: AbortSignal, slicer?: Queue, margin = NEAR_MARGIN): Nearby {
  const waiting = new Map<Element, Set<Lane>>();
  const unobserved: Element[] = [];
  let flushing = false;
  const flush = () => {
    const batch = unobserved.splice(0, OBSERVE_STEP);
    for (const el of batch) if (waiting.has(el)) observer!.observe(el);
    flushing = unobserved.length > 0;
    return flushing;
  };
  const Observer = typeof IntersectionObserver === 'function' ? IntersectionObserver : null;
  const near = (el: Element) => {
    const lanes = waiting.get(el);
    waiting.delete(el);
    observer?.unobserve(el);
    if (lanes) for (const lane of lanes) lane.near(el);
  };
  // Without an observer (an old engine) every entry counts as near: controls are drawn at once, as before.
  const observer = Observer
    ? new Observer((records) => {
        for (const r of records) if (r.isIntersecting && waiting.has(r.target)) near(r.target);
      }, { rootMargin: margin })
    : null;
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    waiting.clear();
    unobserved.length = 0;
  });

  const watch = (el: Element, lane: Lane) => {
    const lanes = waiting.get(el);
    if (lanes) return void lanes.add(lane);
    waiting.set(el, new Set([lane]));
    if (!observer) near(el);
    else if (!slicer) observer.observe(el);
    else {
      unobserved.push(el);
      // Ahead of the queue: the browser must see an entry before the reader scrolls to it.
      if (!flushing) (flushing = true), slicer.run(flush, true);
    }
  };
  const unwatch = (el: Element, lane: Lane) => {
    const lanes = waiting.get(el);
    if (!lanes?.delete(lane) || lanes.size) return;
    waiting.delete(el);
    observer?.unobserve(el);
  };

  return {
    queue<T>(onNear: (item: T) => void): NearQueue<T> {
      const elementOf = new Map<T, Element>();
      const itemOn = new Map<Element, T>();
      const forget = (item: T) => {
        const el = elementOf.get(item);
        if (!el) return undefined;
        elementOf.delete(item);
        itemOn.delete(el);
        return el;
      };
      const lane: Lane = {
        near(el) {
          const item = itemOn.get(el);
          if (item === undefined) return;
          forget(item);
          onNear(item);
        },
      };
      return {
        add(item, el) {
          if (signal.aborted) return;
          const before = elementOf.get(item);
          if (before === el) return;
          if (before) forget(item), unwatch(before, lane);
          const other = itemOn.get(el);
          if (other !== undefined) forget(other);
          elementOf.set(item, el);
          itemOn.set(el, item);
          watch(el, lane);
        },
        delete(item) {
          const el = forget(item);
          if (el) unwatch(el, lane);
        },
        has: (item) => elementOf.has(item),
        take(el) {
          const item = itemOn.get(el);
          if (item === undefined) return undefined;
          forget(item);
          unwatch(el, lane);
          return item;
        },
        clear() {
          for (const el of itemOn.keys()) unwatch(el, lane);
          elementOf.clear();
          itemOn.clear();
        },
      };
    },
  };
}
