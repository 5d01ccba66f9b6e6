// The live blog's entries as the site shows them, kept up to date. The first reading of the page
// runs in slices (the page stays responsive on a blog of 20,000 entries), top of the page first,
// each entry marked `data-lbl-entry` as it is read. Then a MutationObserver follows the site:
// live updates and "older posts", entries re-rendered, detached and re-attached, edited (see
// binding.ts for how an element is matched to an entry the reader has). What it reports are
// deltas, so nothing downstream walks every entry per change. The site's copies of our per-entry
// controls, and of our marks on its elements, are removed as they appear (dom/ours.ts).
import type { Extractor } from '@/lib/entries/index';
import { ATTR, SELECT } from '@/lib/page-contract';
import { isOurs, ownerOf, removeCopies } from '../dom/ours';
import { createBinder, type LensEntry } from './binding';
import type { Slicer } from './slices';

export type { LensEntry } from './binding';

/** Mutations are handled together once this long has passed since the first (one short timer). */
const BATCH_MS = 60;
/** How long an element carrying an id already on the page waits to be told from a re-render's new node. */
export const WAIT_MS = 1000;
/** Entries read per step of a slice. */
const READ_STEP = 12;
/** Above this many entries placed in one batch, their order is read again from the page in one query. */
const PLACE_ONE_BY_ONE = 16;
/** Our marks about one entry on the site's elements: on a node we did not mark, they are a stale copy. */
const ENTRY_STATE = [ATTR.entry, ATTR.duplicateOf, ATTR.collapsed, ATTR.hidden, ATTR.current];
const STATE_SELECTOR = ENTRY_STATE.map((a) => `[${a}]`).join(',');

/** What changed on the page since the last delta. */
export interface FeedDelta {
  /** Entries seen for the first time, in page order. */
  added: LensEntry[];
  /**
   * Entries the reader already had that are on the page again or still: on a new element (the site
   * rendered them again), the same element re-attached or moved, or an entry whose controls the
   * site threw out with its old children. Decorations are put (back) on `entry.element`.
   */
  moved: LensEntry[];
  /** Of `moved`, those whose text changed (the site edited them). */
  edited: LensEntry[];
  /** Entries whose element left the page (they keep their data; they may come back in `moved`). */
  removed: LensEntry[];
  /** True once the first reading of the page is done. */
  complete: boolean;
}

/** The entries of the page and their changes. */
export interface EntryFeed {
  /** The entries on the page now, in page order. */
  readonly entries: readonly LensEntry[];
  readonly complete: boolean;
  /** Resolves when the first reading of the page is done. */
  readonly ready: Promise<void>;
  /** Calls `listener` with every delta from now on (the caller reads `entries` for what came before). */
  subscribe(listener: (delta: FeedDelta) => void): () => void;
}

const emptyDelta = (): FeedDelta => ({ added: [], moved: [], edited: [], removed: [], complete: false });

function position(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Starts reading `doc` (in `slicer`'s slices) and following it until `signal` aborts. */
export function startFeed(doc: Document, extractor: Extractor, slicer: Slicer, signal: AbortSignal): EntryFeed {
  const binder = createBinder(doc.createElement('span'));
  let items: LensEntry[] = [];
  let complete = false;
  let delta = emptyDelta();
  const listeners = new Set<(delta: FeedDelta) => void>();
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  let announced = false;
  const emit = () => {
    const d = delta;
    if (!d.added.length && !d.moved.length && !d.removed.length && announced === complete) return;
    announced = complete;
    delta = emptyDelta();
    // One entry once per delta: back on the page means moved, not removed.
    const moved = new Set(d.moved);
    for (const item of d.added) moved.delete(item);
    const out: FeedDelta = {
      added: d.added,
      moved: [...moved],
      edited: [...new Set(d.edited)].filter((item) => moved.has(item)),
      removed: [...new Set(d.removed)].filter((item) => !binder.isAttached(item)),
      complete,
    };
    for (const listener of [...listeners]) listener(out);
  };
  /** Marks an element bound now; copies of our marks it came with say nothing true. */
  const mark = (item: LensEntry) => {
    const el = item.entry.element;
    for (const name of ENTRY_STATE) if (name !== ATTR.entry) el.removeAttribute(name);
    el.setAttribute(ATTR.entry, item.entry.id);
  };
  const remark = ({ entry }: LensEntry) => {
    if (entry.element.getAttribute(ATTR.entry) !== entry.id) entry.element.setAttribute(ATTR.entry, entry.id);
  };

  // --- the first reading: the page's elements in order, a few per step -------------------------
  // The page's entry elements are found in the first slice, not in the reader's start: one query
  // over a big blog's whole page (85,000 nodes at 5,000 entries) is a slice's worth on its own.
  let initial: Element[] | null = null;
  let next = 0;
  const readFirst = (el: Element) => {
    if (!el.isConnected || binder.current(el)) return;
    // Every element of the first reading is an entry of its own (a pinned post shares its id).
    const bound = binder.bind(extractor.entry(el), true);
    if (bound.kind === 'wait') return;
    mark(bound.item);
    items.push(bound.item);
    delta.added.push(bound.item);
  };
  slicer.run(() => {
    if (!initial) return (initial = extractor.elements(doc)), true;
    // The delta's listeners (the model, the port) are work too: what was read when the budget was
    // spent is told at the start of the next slice, not past it.
    if (delta.added.length && (emit(), slicer.due())) return true;
    for (const end = Math.min(initial.length, next + READ_STEP); next < end; ) {
      readFirst(initial[next++]!);
      if (slicer.due()) break;
    }
    if (slicer.due() && (next < initial.length || delta.added.length)) return true;
    if (next < initial.length) return emit(), true;
    initial.length = 0;
    complete = true;
    emit();
    resolveReady();
    if (pending()) later();
    return false;
  }, true);

  // --- following the site --------------------------------------------------------------------
  const roots = new Set<Element>();
  const left = new Set<Element>();
  const restore = new Set<Element>();
  /** Elements whose id is on the page on another element, since when (see binding.ts). */
  const waiting = new Map<Element, number>();
  let timer = 0;
  let flushing = false;
  const pending = () => roots.size + left.size + restore.size + waiting.size > 0;
  const later = (ms = BATCH_MS) => {
    if (!timer && !signal.aborted) timer = window.setTimeout(flush, ms);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || isOurs(node)) continue;
        removeCopies(node as Element);
        if (node.isConnected) roots.add(node as Element);
      }
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1) continue;
        const owner = ownerOf(node);
        if (owner) restore.add(owner);
        else if (!isOurs(node)) {
          const el = node as Element;
          if (binder.current(el)) left.add(el);
          for (const inner of el.querySelectorAll(SELECT.entry())) if (binder.current(inner)) left.add(inner);
        }
      }
    }
    if (pending()) later();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  function flush(): void {
    timer = 0;
    if (!complete || flushing || signal.aborted) return;
    flushing = true;
    let reorder = false;
    for (const el of left) {
      const item = binder.current(el);
      if (!item || el.isConnected) continue;
      binder.detach(item);
      delta.removed.push(item);
      reorder = true;
    }
    left.clear();
    for (const owner of restore) {
      const item = owner.isConnected ? binder.current(owner) : null;
      if (item) delta.moved.push(item);
    }
    restore.clear();
    const found = new Set<Element>();
    for (const root of roots) if (root.isConnected) for (const el of extractor.elements(root)) found.add(el);
    for (const el of waiting.keys()) if (el.isConnected) found.add(el);
    const copies = [...roots];
    roots.clear();
    waiting.forEach((_, el) => !el.isConnected && waiting.delete(el));
    const candidates = [...found];
    const placed: LensEntry[] = [];
    let i = 0;
    const now = performance.now();
    slicer.run(() => {
      for (const first = i, end = Math.min(candidates.length, i + READ_STEP); i < end; i++) {
        if (i > first && slicer.due()) break;
        const el = candidates[i]!;
        if (!el.isConnected) continue;
        const already = binder.current(el);
        if (already) {
          // Moved within the page (or part of a subtree added again): its place may have changed.
          delta.moved.push(already);
          placed.push(already);
          continue;
        }
        const since = waiting.get(el) ?? now;
        const bound = binder.bind(extractor.entry(el), now - since >= WAIT_MS);
        if (bound.kind === 'wait') {
          waiting.set(el, since);
          continue;
        }
        waiting.delete(el);
        mark(bound.item);
        placed.push(bound.item);
        if (bound.kind === 'new') delta.added.push(bound.item);
        else {
          delta.moved.push(bound.item);
          if (bound.edited) delta.edited.push(bound.item);
        }
      }
      if (i < candidates.length) return true;
      for (const root of copies) if (root.isConnected) clearStaleMarks(root);
      order(placed, reorder);
      flushing = false;
      emit();
      if (waiting.size) later(WAIT_MS / 2);
      else if (pending()) later();
      return false;
    });
  }

  /** Our marks copied onto elements that are not (or no longer) entries: removed. */
  function clearStaleMarks(root: Element): void {
    const marked = root.matches(STATE_SELECTOR) ? [root, ...root.querySelectorAll(STATE_SELECTOR)] : root.querySelectorAll(STATE_SELECTOR);
    for (const el of marked) if (!binder.current(el)) for (const name of ENTRY_STATE) el.removeAttribute(name);
  }

  /** Keeps `items` in page order: placed one by one for a few, read again from the marks for many. */
  function order(placed: LensEntry[], removed: boolean): void {
    if (placed.length > PLACE_ONE_BY_ONE) {
      const seen = new Set<LensEntry>();
      const fresh: LensEntry[] = [];
      for (const el of doc.querySelectorAll(SELECT.entry())) {
        const item = binder.current(el);
        if (item && !seen.has(item)) fresh.push(item), seen.add(item);
      }
      // An entry whose mark the site wiped keeps its place by position.
      const lost = new Set([...items, ...placed].filter((item) => !seen.has(item) && binder.isAttached(item)));
      items = fresh;
      for (const item of lost) insert(item);
      return;
    }
    if (removed) items = items.filter((item) => binder.isAttached(item));
    for (const item of placed) {
      const at = items.indexOf(item);
      if (at >= 0) items.splice(at, 1);
      insert(item);
    }
  }
  function insert(item: LensEntry): void {
    if (!item.entry.element.isConnected) return;
    remark(item);
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (position(items[mid]!.entry.element, item.entry.element) < 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) window.clearTimeout(timer);
    listeners.clear();
    for (const item of items) item.entry.element.removeAttribute(ATTR.entry);
    resolveReady();
  });

  return {
    get entries() {
      return items;
    },
    get complete() {
      return complete;
    },
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
