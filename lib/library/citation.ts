// What "Copy citation" puts on the clipboard: the quote with who said it, where and when, and the
// link back, on one line a reader can paste into a message or a document:
//   “We will stand with Ukraine.” — Keir Starmer, Ukraine war live, 2 Jan 2024, 10:15 GMT, https://…
// Parts the library does not know are left out rather than written as blanks.
import type { LibraryItem } from './items';

/** The citation of a quote item; `when` is its time as the library shows it (the caller's locale), or null. */
export function citation(item: Pick<LibraryItem, 'text' | 'speakers' | 'blogTitle' | 'link' | 'blogUrl'>, when: string | null): string {
  const words = item.text.replace(/\s+/g, ' ').trim();
  const source = [item.speakers.join(', '), item.blogTitle, when ?? '', item.link ?? item.blogUrl].filter(Boolean);
  return source.length ? `“${words}” — ${source.join(', ')}` : `“${words}”`;
}

/**
 * The short name of `timeZone` (the runtime's own when undefined) at `ms`, as `locale` writes it
 * ("BST", "GMT", "MEZ", "UTC+2"), so a time is never shown without its zone.
 */
export function zoneName(ms: number, locale: string, timeZone?: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(ms);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
