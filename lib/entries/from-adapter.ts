import type { SiteAdapter } from '../sites/types';
import type { Entry } from '../types';
import { type Extractor, selectIncludingRoot } from './extractor';
import { fragmentOf } from './ids';
import { makeEntry } from './make';
import { textOf } from './text';

/** Key-event badges sit on the entry or inside it, never on an ancestor. */
function matchesOrContains(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  return el.matches(selector) || el.querySelector(selector) !== null;
}

function timeOf(el: Element, selector: string | undefined): { datetime: string | null; label: string | null } {
  const found = selector ? el.querySelector(selector) : null;
  const timeEl = found ?? el.querySelector('time');
  const datetime =
    timeEl?.getAttribute('datetime') ??
    el.querySelector('time[datetime], [datetime]')?.getAttribute('datetime') ??
    null;
  return { datetime, label: textOf(found ?? timeEl) || null };
}

function keyEventIds(doc: Document, selector: string | undefined): Set<string> {
  const ids = new Set<string>();
  if (!selector) return ids;
  for (const a of doc.querySelectorAll(selector)) {
    const f = fragmentOf(a.getAttribute('href'));
    if (f) ids.add(f);
  }
  return ids;
}

/**
 * The extractor for a site whose markup an adapter describes. Ids come from the element, else
 * from its permalink's fragment, so a pinned copy shares its original's id.
 */
export function adapterExtractor(doc: Document, adapter: SiteAdapter, pageUrl: string): Extractor {
  const furniture = [adapter.furniture, adapter.title, adapter.time, adapter.author].filter(Boolean).join(', ');
  return {
    kind: adapter.name,
    elements: (root) => selectIncludingRoot(root, adapter.entry),
    entry(el: Element): Entry {
      const permalink = adapter.permalink ? el.querySelector(adapter.permalink)?.getAttribute('href') ?? null : null;
      const id = el.getAttribute(adapter.idAttribute ?? 'id') || fragmentOf(permalink);
      const time = timeOf(el, adapter.time);
      return makeEntry(
        {
          element: el,
          id,
          datetime: time.datetime,
          timeLabel: time.label,
          title: adapter.title ? textOf(el.querySelector(adapter.title)) : '',
          author: adapter.author ? textOf(el.querySelector(adapter.author)) || null : null,
          permalink,
          pinned: adapter.pinned ? el.closest(adapter.pinned) !== null : false,
          // Read per entry, not cached: live updates add key events after the page loaded.
          keyEvent: matchesOrContains(el, adapter.keyEvent) || (id !== null && keyEventIds(doc, adapter.keyEventLinks).has(id)),
          body: (adapter.body && el.querySelector(adapter.body)) || el,
          furniture: furniture || undefined,
          titleFromFirstParagraph: adapter.titleFromFirstParagraph,
        },
        pageUrl,
      );
    },
  };
}
