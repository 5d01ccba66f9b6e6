/** 32-bit FNV-1a hash of a string, base 36: short, stable across runs and machines. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The id for an entry without a site id: a hash of what it says, `lbl-` prefixed. */
export function contentId(title: string, text: string): string {
  return `lbl-${stableHash(`${title}\n${text}`)}`;
}

/** The fragment of a URL (`…#block-1` gives `block-1`), or null. */
export function fragmentOf(href: string | null | undefined): string | null {
  if (!href) return null;
  const i = href.indexOf('#');
  if (i < 0 || i === href.length - 1) return null;
  try {
    return decodeURIComponent(href.slice(i + 1));
  } catch {
    return href.slice(i + 1);
  }
}

/** What an id is given to: an entry's element and what it says. */
interface Holder {
  element: Element;
  content: string;
  pinned: boolean;
}

/**
 * Which ids a page's entries hold, across the batches an extractor reads (the page adds entries
 * later), so that one id never names two different entries at once.
 */
export type IdRegistry = Map<string, Holder | 'contested'>;

/**
 * Makes ids unique within a page, whatever the site does, and keeps them stable across reloads.
 * An id held by two entries on the page at once that say different things (a site that gives
 * every entry the same permalink fragment) names neither: each gets its content's hash after it
 * (`post~1x2y3z`), which is the same on every load. The same id on the same words is one entry
 * (a pinned copy, a re-rendered element) and keeps it; so does a pinned copy whose words differ.
 * Two hash ids for the same words get `-2`, `-3` in page order.
 */
export function uniqueIds<T extends { id: string; title: string; text: string; pinned: boolean; element: Element }>(
  entries: T[],
  registry: IdRegistry = new Map(),
): T[] {
  const contentOf = (e: T): string => `${e.title}\n${e.text}`;
  // What each site id says in this batch (pinned copies aside): two different things, two entries.
  const says = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.pinned || e.id.startsWith('lbl-')) continue;
    const set = says.get(e.id) ?? new Set<string>();
    says.set(e.id, set.add(contentOf(e)));
  }
  const hashes = new Map<string, number>();
  for (const e of entries) {
    if (e.id.startsWith('lbl-')) {
      const n = (hashes.get(e.id) ?? 0) + 1;
      hashes.set(e.id, n);
      if (n > 1) e.id = `${e.id}-${n}`;
      continue;
    }
    if (e.pinned) continue;
    const content = contentOf(e);
    const held = registry.get(e.id);
    const heldElsewhere =
      held === 'contested' || (!!held && held.element !== e.element && held.element.isConnected && !held.pinned && held.content !== content);
    if (says.get(e.id)!.size > 1 || heldElsewhere) {
      // Once the site's id has named two texts, it names none: later entries with it are hashed too.
      registry.set(e.id, 'contested');
      e.id = `${e.id}~${stableHash(content)}`;
    }
  }
  for (const e of entries) if (registry.get(e.id) !== 'contested') registry.set(e.id, { element: e.element, content: contentOf(e), pinned: e.pinned });
  return entries;
}
