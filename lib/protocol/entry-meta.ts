// The page's side of validation: shape what it sends so that the background's validators accept
// it. One entry over a limit would otherwise make the whole batch (the meta of 1,000 entries)
// be refused.
import { stableHash } from '../entries/ids';
import type { EntryMeta } from '../store/types';
import type { Entry } from '../types';
import { ISO_TIME, LIMITS } from './limits';

/** Length of the text snippet stored per entry: enough to recognise it in the library. */
export const SNIPPET_LENGTH = 280;

const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const clean = (text: string, line: boolean) => {
  const t = text.replace(CONTROL_ALL, '');
  return line ? t.replace(/\s+/g, ' ').trim() : t.trim();
};
const cut = (t: string, max: number) => (t.length <= max ? t : t.slice(0, /[\ud800-\udbff]/.test(t.charAt(max - 1)) ? max - 1 : max));

/**
 * Text made acceptable to the validators: control characters removed, at most `max` characters,
 * and on one line (whitespace collapsed) when `line` is set. Never splits a surrogate pair.
 */
export function cleanText(text: string, max: number, line = false): string {
  // A long text (an entry's, for a 280-character snippet) is cleaned from its head when the head
  // alone gives more than `max`: the same characters, without copying and scanning the whole text
  // (5,000 entries' texts made most of the garbage collected while a big blog is opened).
  const head = max * 2 + 64;
  if (text.length > head) {
    const t = clean(text.slice(0, head), line);
    if (t.length > max) return cut(t, max);
  }
  return cut(clean(text, line), max);
}

/**
 * An entry id as the store keys it: one line, no control characters, capped (the same long id
 * always cuts the same way). An id that cleans to nothing (`id=" "`, control characters only) gets
 * a stable stand-in: one odd entry must never make a whole message invalid.
 */
export function storeEntryId(id: string): string {
  return cleanText(id, LIMITS.entryId, true) || `lbl-id-${stableHash(id)}`;
}

/** Cuts `text` to at most `max` characters at a sentence end, else a word end, with "…" when cut. */
export function cutAtBoundary(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  // A sentence end in the second half keeps whole sentences; otherwise the last whole word.
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('… '));
  if (sentence >= max / 2) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/, '')}…`;
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
 * What the page sends about an entry (`noteEntries`): snippet cut, title on one line,
 * permalink only when http(s), time only when ISO, the printed time on one line and bounded,
 * speakers deduplicated and bounded.
 */
export function toEntryMeta(
  entry: Pick<Entry, 'id' | 'title' | 'text' | 'time' | 'permalink'> & { timeLabel?: string | null },
  speakers: readonly string[] = [],
): EntryMeta {
  const names = [...new Set(speakers.map((s) => cleanText(s, LIMITS.speaker, true)).filter(Boolean))];
  const label = entry.timeLabel ? cleanText(entry.timeLabel, LIMITS.timeLabel, true) : '';
  return {
    id: storeEntryId(entry.id),
    title: cleanText(entry.title, LIMITS.title, true),
    // Whole sentences or words: a snippet cut mid-word reads as a mistake in the library.
    snippet: cutAtBoundary(cleanText(entry.text, SNIPPET_LENGTH * 2), SNIPPET_LENGTH),
    time: entry.time && ISO_TIME.test(entry.time) ? entry.time : null,
    permalink: cleanUrl(entry.permalink),
    speakers: names.slice(0, LIMITS.speakers),
    // As the blog printed it; left out when it printed none (the field is optional everywhere).
    ...(label ? { timeLabel: label } : {}),
  };
}
