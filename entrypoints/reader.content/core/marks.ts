// The public mark on every recognised entry element, `data-lbl-entry="<id>"`: what the tests, the
// features' selectors and anyone inspecting the page find entries by. Part of the pipeline (and
// of its `liveblog-lens:pipeline` measure), so it runs before any feature starts.
import { ATTR } from '@/lib/page-contract';
import type { EntryFeed } from './feed';

/** Marks every entry of the feed, now and as new ones arrive; unmarks them when `signal` aborts. */
export function markEntries(feed: EntryFeed, signal: AbortSignal): void {
  const marked = new Set<Element>();
  const unsubscribe = feed.subscribe((added) => {
    for (const entry of added) {
      entry.element.setAttribute(ATTR.entry, entry.id);
      marked.add(entry.element);
    }
  });
  signal.addEventListener('abort', () => {
    unsubscribe();
    for (const el of marked) el.removeAttribute(ATTR.entry);
  });
}
