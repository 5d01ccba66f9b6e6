import type { EntryFeed } from './feed';

/** The public mark on every recognised entry element: `data-lbl-entry="<id>"`. */
export const ENTRY_ATTRIBUTE = 'data-lbl-entry';

/** Marks every entry of the feed, now and as new ones arrive; unmarks them when `signal` aborts. */
export function markEntries(feed: EntryFeed, signal: AbortSignal): void {
  const marked = new Set<Element>();
  const unsubscribe = feed.subscribe((added) => {
    for (const entry of added) {
      entry.element.setAttribute(ENTRY_ATTRIBUTE, entry.id);
      marked.add(entry.element);
    }
  });
  signal.addEventListener('abort', () => {
    unsubscribe();
    for (const el of marked) el.removeAttribute(ENTRY_ATTRIBUTE);
  });
}
