// The page's side of validation: shape what it sends so that the background's validators accept
// it. One entry over a limit would otherwise make the whole batch (an openBlog of 1,000 entries)
// be refused.
import { LIMITS } from '../messages';
import type { Entry } from '../types';
import type { EntryMeta } from './types';

/** Length of the text snippet stored per entry: enough to recognise it in the library. */
export const SNIPPET_LENGTH = 280;

const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Text made acceptable to the validators: control characters removed, at most `max` characters,
 * and on one line (whitespace collapsed) when `line` is set. Never splits a surrogate pair.
 */
export function cleanText(text: string, max: number, line = false): string {
  let t = text.replace(CONTROL_ALL, '');
  t = line ? t.replace(/\s+/g, ' ').trim() : t.trim();
  if (t.length <= max) return t;
  const cut = /[\ud800-\udbff]/.test(t.charAt(max - 1)) ? max - 1 : max;
  return t.slice(0, cut);
}

/** An http(s) URL within the limit, else null (a `javascript:` permalink must never be stored). */
export function cleanUrl(url: string | null | undefined): string | null {
  if (!url || url.length > LIMITS.url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * What the page sends about an entry (`openBlog`, `noteEntries`): snippet cut, title on one line,
 * permalink only when http(s), time only when ISO, speakers deduplicated and bounded.
 */
export function toEntryMeta(entry: Pick<Entry, 'id' | 'title' | 'text' | 'time' | 'permalink'>, speakers: readonly string[] = []): EntryMeta {
  const names = [...new Set(speakers.map((s) => cleanText(s, LIMITS.speaker, true)).filter(Boolean))];
  return {
    // Cutting keeps the id stable (the same long id always cuts the same way).
    id: cleanText(entry.id, LIMITS.entryId, true),
    title: cleanText(entry.title, LIMITS.title, true),
    snippet: cleanText(entry.text, SNIPPET_LENGTH),
    time: entry.time && ISO.test(entry.time) ? entry.time : null,
    permalink: cleanUrl(entry.permalink),
    speakers: names.slice(0, LIMITS.speakers),
  };
}

/**
 * A short hash of what the store keeps about an entry (title, snippet, time, permalink, speakers):
 * the page and the background compute it alike, so `openBlogDigest` can tell which stored entries
 * are missing or out of date without the page sending every entry's text. 53-bit (cyrb53), base 36.
 */
export function metaHash(meta: Pick<EntryMeta, 'title' | 'snippet' | 'time' | 'permalink' | 'speakers'>): string {
  const text = [meta.title, meta.snippet, meta.time ?? '\u0003', meta.permalink ?? '\u0003', meta.speakers.join('\u0002')].join('\u0001');
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
