// The live blog's entries as the site adds them: read once at start, then from a MutationObserver
// as live updates and "older posts" arrive, each element read exactly once. Our own nodes carry
// `data-lbl-ui`, so the feed never mistakes them for the site's.
import { type Extractor, readEntries } from '@/lib/entries/index';
import { ATTR } from '@/lib/page-contract';
import type { Entry } from '@/lib/types';

const BATCH_MS = 60;

export type EntriesListener = (added: Entry[], all: readonly Entry[]) => void;

/**
 * The live blog's entries as the reader sees them: read once, then kept up to date as the site
 * inserts new entries or loads older ones. Each entry element is read exactly once; a batch of
 * mutations (one short timer) is handled together.
 */
export interface EntryFeed {
  readonly entries: readonly Entry[];
  /** Calls `listener` now with every entry so far, then with each batch of new ones. */
  subscribe(listener: EntriesListener): () => void;
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`[${ATTR.ui}]`);
}

/** Starts the feed on `doc`; it stops observing when `signal` aborts. */
export function startFeed(doc: Document, extractor: Extractor, signal: AbortSignal): EntryFeed {
  const seen = new WeakSet<Element>();
  const entries: Entry[] = [];
  const listeners = new Set<EntriesListener>();

  const take = (elements: Element[]): Entry[] => {
    const fresh = elements.filter((el) => !seen.has(el) && el.isConnected);
    fresh.forEach((el) => seen.add(el));
    if (fresh.length === 0) return [];
    const added = readEntries(extractor, fresh);
    // The site re-renders or drops entries: forget elements that left the page.
    const kept = entries.filter((e) => e.element.isConnected);
    entries.length = 0;
    entries.push(...kept, ...added);
    // Keep page order: a live update lands at the top of a newest-first stream.
    entries.sort((a, b) => order(a.element, b.element));
    return added;
  };
  const emit = (added: Entry[]) => {
    if (added.length === 0) return;
    for (const listener of listeners) listener(added, entries);
  };

  take(extractor.elements(doc));

  let pending: Element[] = [];
  let frame: number | 0 = 0;
  const flush = () => {
    frame = 0;
    const roots = pending;
    pending = [];
    emit(take(roots.flatMap((root) => (root.isConnected ? extractor.elements(root) : []))));
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !isOurs(node)) pending.push(node as Element);
      }
    }
    // A short timer, not an animation frame: live blogs keep updating in background tabs.
    if (pending.length && !frame) frame = window.setTimeout(flush, BATCH_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) clearTimeout(frame);
    listeners.clear();
  });

  return {
    entries,
    subscribe(listener) {
      listeners.add(listener);
      if (entries.length) listener(entries.slice(), entries);
      return () => listeners.delete(listener);
    },
  };
}

function order(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
