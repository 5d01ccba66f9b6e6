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

/**
 * Makes ids unique in page order: a second element with the same hash id gets `-2`. Site ids are
 * left alone, since the same site id twice (a pinned copy) is deliberately the same entry.
 */
export function uniqueHashIds<T extends { id: string }>(entries: T[]): T[] {
  const seen = new Map<string, number>();
  for (const e of entries) {
    if (!e.id.startsWith('lbl-')) continue;
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  return entries;
}
