// Derived fields (v2). They are computed from a row's own data on every write and by the v1 -> v2
// upgrade, so they never need to be sent or trusted from a message. Also the entry-meta hash that
// the page and the store compute alike (pure: the reader imports it too).
import type { EntryMeta, EntryRow, QuoteRow } from './types';

/**
 * Folds text for matching: Unicode-decomposed, accents dropped, lower-cased, whitespace collapsed,
 * so "Zelenskyy", "ZELENSKYY" and "Zelenskyy " match and "Macron" finds "macrón".
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded speaker name used by the speaker index, or undefined for none (not indexed). */
export function speakerKeyOf(speaker: string | null | undefined): string | undefined {
  const key = speaker ? fold(speaker) : '';
  return key || undefined;
}

/** Sets an entry row's derived fields (`search`, `speakerKeys`) from its own data. */
export function deriveEntry<T extends Omit<EntryRow, 'search' | 'speakerKeys'>>(row: T): T & Pick<EntryRow, 'search' | 'speakerKeys'> {
  const speakers = Array.isArray(row.speakers) ? row.speakers : [];
  const keys = [...new Set(speakers.map(speakerKeyOf).filter((k): k is string => !!k))];
  return Object.assign(row, {
    speakers,
    search: fold(`${row.title ?? ''}\n${row.snippet ?? ''}\n${speakers.join('\n')}`),
    speakerKeys: keys,
  });
}

/** Sets a quote row's derived fields (`search`, `speakerKey`) from its own data. */
export function deriveQuote<T extends Omit<QuoteRow, 'search' | 'speakerKey'>>(row: T): T & Pick<QuoteRow, 'search' | 'speakerKey'> {
  const out = Object.assign(row, {
    search: fold(`${row.text ?? ''}\n${row.speaker ?? ''}\n${row.note ?? ''}`),
  }) as T & Pick<QuoteRow, 'search' | 'speakerKey'>;
  const key = speakerKeyOf(row.speaker);
  // Absent, not undefined-valued: the field must be missing for the row to leave the index.
  if (key) out.speakerKey = key;
  else delete out.speakerKey;
  return out;
}

/** The folded words of a search query (empty when there is nothing to search for). */
export function searchWords(query: string | undefined): string[] {
  return query ? fold(query).split(' ').filter(Boolean) : [];
}

/**
 * A short hash of what the store keeps about an entry (title, snippet, time, permalink, speakers):
 * the page and the background compute it alike, so `openBlogDigest` can tell which stored entries
 * are missing or out of date without the page sending every entry's text. 53-bit (cyrb53), base 36.
 */
export function metaHash(meta: Pick<EntryMeta, 'title' | 'snippet' | 'time' | 'timeLabel' | 'permalink' | 'speakers'>): string {
  const parts = [meta.title, meta.snippet, meta.time ?? '\u0003', meta.permalink ?? '\u0003', meta.speakers.join('\u0002')];
  // Only when printed: entries without a label keep the hash older versions stored, and an entry
  // stored before labels were kept differs once, so the page sends it again with its label.
  if (meta.timeLabel) parts.push(meta.timeLabel);
  const text = parts.join('\u0001');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
