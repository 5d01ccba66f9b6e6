import { liveBlogObjects } from '../detect/jsonld';
import type { SiteAdapter } from '../sites/types';
import type { Entry } from '../types';
import { type Extractor, selectIncludingRoot } from './extractor';
import { fragmentOf } from './ids';
import { makeEntry } from './make';
import { paragraphsOf, textOf } from './text';

/** Key-event badges sit on the entry or inside it, never on an ancestor. */
function matchesOrContains(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  return el.matches(selector) || el.querySelector(selector) !== null;
}

/** The element's `datetime` (attribute names are lower-case in browsers and in parseHtml's DOM). */
function datetimeAttr(el: Element | null | undefined): string | null {
  return el?.getAttribute('datetime') || null;
}

/** The first machine-readable time inside an element: `time`, `amp-timeago` or any `[datetime]`. */
function datetimeIn(el: Element): string | null {
  for (const t of el.querySelectorAll('time, amp-timeago, [datetime]')) {
    const value = datetimeAttr(t);
    if (value) return value;
  }
  return null;
}

/** An element's text without its furniture (a timestamp or "Breaking" badge inside a headline). */
function cleanText(el: Element | null, skip: string): string {
  if (!el) return '';
  if (!skip || el.matches(skip)) return textOf(el);
  return paragraphsOf(el, skip).map((p) => p.text).join(' ');
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

/** `datePublished` of each JSON-LD update, by its url's fragment (the entry's id). */
function jsonLdTimes(doc: Document): Map<string, string> {
  const times = new Map<string, string>();
  for (const blog of liveBlogObjects(doc)) {
    const updates = blog['liveBlogUpdate'];
    for (const u of Array.isArray(updates) ? updates : [updates]) {
      if (!u || typeof u !== 'object') continue;
      const { url, datePublished } = u as Record<string, unknown>;
      const id = typeof url === 'string' ? fragmentOf(url) : null;
      if (id && typeof datePublished === 'string' && !times.has(id)) times.set(id, datePublished);
    }
  }
  return times;
}

/** The entry id carried in a permalink's query (`?post=asset:…`), or null. */
function idFromParam(href: string | null, param: string | undefined, pageUrl: string): string | null {
  if (!href || !param) return null;
  try {
    return new URL(href, pageUrl).searchParams.get(param) || null;
  } catch {
    return null;
  }
}

/**
 * The extractor for a site whose markup an adapter describes. Ids come from the element, else
 * from its permalink (query parameter, then fragment), so a pinned copy shares its original's id.
 */
export function adapterExtractor(doc: Document, adapter: SiteAdapter, pageUrl: string): Extractor {
  // The permalink is a share or time link, never body text.
  const furniture = [adapter.furniture, adapter.title, adapter.time, adapter.author, adapter.permalink]
    .filter(Boolean)
    .join(', ');
  // Inside a headline or byline, the title itself is not furniture.
  const innerFurniture = [adapter.furniture, adapter.time].filter(Boolean).join(', ');
  let fromJsonLd: Map<string, string> | null = null;
  // Read once per batch (each batch starts with `elements`): live updates add key events later,
  // and a query of the whole page per entry would make a 5,000-entry blog quadratic.
  let keyIds: Set<string> | null = null;

  const machineTime = (el: Element, id: string | null, label: Element | null): string | null => {
    const own = (adapter.timeAttribute && el.getAttribute(adapter.timeAttribute)) || datetimeAttr(label);
    if (own) return own;
    // A pinned copy may carry only an "Updated at" time; its original in the stream has the real one.
    const source = (id && el.getAttribute('id') !== id && doc.getElementById(id)) || el;
    const found = (adapter.timeAttribute && source.getAttribute(adapter.timeAttribute)) || datetimeIn(source);
    if (found || !id || !adapter.timeFromJsonLd) return found || null;
    fromJsonLd ??= jsonLdTimes(doc);
    return fromJsonLd.get(id) ?? null;
  };

  return {
    kind: adapter.name,
    elements(root) {
      keyIds = null;
      return selectIncludingRoot(root, adapter.entry);
    },
    entry(el: Element): Entry {
      const permalink = adapter.permalink ? el.querySelector(adapter.permalink)?.getAttribute('href') ?? null : null;
      const id =
        el.getAttribute(adapter.idAttribute ?? 'id') ||
        idFromParam(permalink, adapter.idParam, pageUrl) ||
        (adapter.idParam ? null : fragmentOf(permalink));
      const label = (adapter.time ? el.querySelector(adapter.time) : null) ?? el.querySelector('time');
      return makeEntry(
        {
          element: el,
          id,
          datetime: machineTime(el, id, label),
          timeLabel: textOf(label) || null,
          title: adapter.title ? cleanText(el.querySelector(adapter.title), innerFurniture) : '',
          author: adapter.author ? cleanText(el.querySelector(adapter.author), innerFurniture) || null : null,
          permalink,
          pinned: adapter.pinned ? el.closest(adapter.pinned) !== null : false,
          keyEvent: matchesOrContains(el, adapter.keyEvent) || (id !== null && (keyIds ??= keyEventIds(doc, adapter.keyEventLinks)).has(id)),
          body: (adapter.body && el.querySelector(adapter.body)) || el,
          furniture: furniture || undefined,
          titleFromFirstParagraph: adapter.titleFromFirstParagraph,
        },
        pageUrl,
      );
    },
  };
}
