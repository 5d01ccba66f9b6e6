// The reading service's view of the entries on the page: which entry has which store id, and
// which unread ones the read tracker watches. Kept from the model's deltas (a live entry costs
// its own bookkeeping, whatever the blog's size), and it follows an entry from element to element
// when the site renders it again. It writes nothing into the page: the reader's reading state is
// never readable by the page (issue 14, finding 7).
import type { LensEntry, LensModel, LensSnapshot } from '../core/model';
import { queueItems, type Slicer } from '../core/slices';
import { nearbyFor } from '../dom/nearby';
import { storeId } from './state';
import { trackReads } from './tracker';

/** Entries handed to the read tracker per step of a slice. */
const WATCH_STEP = 100;

/** Options of `followEntries`. */
export interface OnPageOptions {
  /** See `ReadTrackerOptions.dwellMs` (null: never). */
  dwellMs: number | null;
  /** True when the entry with this store id is read (it need not be watched). */
  isRead(id: string): boolean;
  /** The entry with this store id was on screen long enough. */
  onRead(id: string): void;
  /** The reader's queue of sliced work (entries are watched through it). */
  slicer: Slicer;
  /** Every model snapshot, after the bookkeeping (the service's own reaction). */
  onSnapshot(snapshot: LensSnapshot): void;
}

/** The entries on the page by store id, and the tracker watching the unread ones. */
export interface OnPage {
  /** The entries (copies) with this store id now on the page. */
  get(id: string): readonly LensEntry[];
  /** Every store id on the page. */
  ids(): IterableIterator<string>;
  /** Stops watching entries that are read now (after the state loaded, or the reader marked them). */
  forgetRead(ids?: Iterable<string>): void;
  /** The reader chose another read-after delay. */
  setDwell(ms: number | null): void;
  stop(): void;
}

/** Follows `model` until `signal` aborts. */
export function followEntries(doc: Document, model: LensModel, options: OnPageOptions, signal: AbortSignal): OnPage {
  const byId = new Map<string, LensEntry[]>();
  /** The element each watched entry was watched on (an entry re-rendered moves on). */
  const watched = new Map<LensEntry, Element>();
  const ids = new WeakMap<Element, string>();
  const tracker = trackReads(doc, { dwellMs: options.dwellMs, onRead: (el) => options.onRead(ids.get(el) ?? '') }, signal);
  // The tracker observes an unread entry only once it comes near the viewport (the page's one
  // watcher of that, dom/nearby.ts): an entry far away cannot be read before it comes near, and an
  // IntersectionObserver told of every entry of a 5,000-entry blog answered with thousands of
  // records at once, a long task of the page's.
  const near = nearbyFor(doc, options.slicer, signal).queue<LensEntry>((item) => {
    const el = watched.get(item);
    if (el) tracker.observe(el);
  });

  const unwatch = (item: LensEntry) => {
    const el = watched.get(item);
    if (!el) return;
    near.delete(item);
    tracker.unobserve(el);
    watched.delete(item);
  };
  const watch = (item: LensEntry, id: string) => {
    const el = item.entry.element;
    if (watched.get(item) === el) return;
    unwatch(item);
    if (options.isRead(id) || !el.isConnected) return;
    ids.set(el, id);
    watched.set(item, el);
    near.add(item, el);
  };
  const drop = (item: LensEntry, id: string) => {
    unwatch(item);
    const list = byId.get(id)?.filter((x) => x !== item) ?? [];
    if (list.length) byId.set(id, list);
    else byId.delete(id);
  };

  // Entries are given to the tracker in the reader's slices: starting late on a big blog, this
  // service is handed every entry at once (0.27 s in one task at 20,000 entries).
  const toWatch = queueItems(options.slicer, (item: LensEntry) => watch(item, storeId(item.entry.id)), WATCH_STEP);
  const unsubscribe = model.subscribe((snapshot) => {
    for (const item of snapshot.removed) {
      toWatch.delete(item);
      drop(item, storeId(item.entry.id));
    }
    for (const item of [...snapshot.added, ...snapshot.changed]) {
      const id = storeId(item.entry.id);
      const list = byId.get(id);
      if (!list) byId.set(id, [item]);
      else if (!list.includes(item)) byId.set(id, [...list, item]);
      toWatch.add(item);
    }
    options.onSnapshot(snapshot);
  });

  const forgetRead = (only?: Iterable<string>) => {
    if (only) {
      for (const id of only) for (const item of byId.get(id) ?? []) unwatch(item);
      return;
    }
    for (const item of [...watched.keys()]) if (options.isRead(storeId(item.entry.id))) unwatch(item);
  };
  return {
    get: (id) => byId.get(id) ?? [],
    ids: () => byId.keys(),
    forgetRead,
    setDwell: (ms) => tracker.setDwell(ms),
    stop() {
      unsubscribe();
      toWatch.clear();
      for (const item of [...watched.keys()]) unwatch(item);
    },
  };
}
