// Times and links as the library and its exports print them. Dates are assembled from numeric
// parts rather than taken from a locale's long format, so the same instant prints the same way in
// Node and in every browser (ICU versions disagree on commas and "at"), which the expected-file
// tests rely on.

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Calendar parts of an instant in a time zone. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// One formatter per zone: making one costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar parts of `ms` in `timeZone` (an IANA name), or in the runtime's own zone when it is
 * undefined.
 */
export function dateParts(ms: number, timeZone?: string): DateParts {
  if (timeZone === undefined) {
    const d = new Date(ms);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes() };
  }
  if (timeZone === 'UTC') {
    const d = new Date(ms);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
  }
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: (parts.hour ?? 0) % 24, minute: parts.minute ?? 0 };
}

const two = (n: number) => String(n).padStart(2, '0');

function dayOf(p: DateParts): string {
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "Tue 2 Jan 2024, 14:05" for `ms` in `timeZone` (runtime zone when undefined). */
export function formatWhen(ms: number, timeZone?: string): string {
  const p = dateParts(ms, timeZone);
  return `${dayOf(p)}, ${two(p.hour)}:${two(p.minute)}`;
}

/** An ISO time as milliseconds, or null when absent or unreadable. */
export function isoToMs(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/**
 * The start (local midnight) of a `YYYY-MM-DD` day as given by a date input, or null. With
 * `end`, the last millisecond of that day instead, so a range "to Tuesday" includes Tuesday.
 */
export function dayBound(value: string, end = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  if (!Number.isFinite(start)) return null;
  return end ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1 : start;
}

// Scheme, then no whitespace or control characters: enough to keep `javascript:` and friends
// out of an href, and cheap (no URL parse per row of a 10,000-row list).
const HTTP_URL = /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i;

/** `url` when it is an absolute http(s) URL, else null: only those become links. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  return url && url.length <= 4096 && HTTP_URL.test(url) ? url : null;
}

/**
 * Where "open" goes for an item: the entry's permalink; else the blog with the entry id as the
 * fragment (the browser scrolls to it, and simply shows the blog when the entry has gone); else
 * the blog. Null when none of these is an http(s) URL.
 */
export function itemLink(permalink: string | null, blogUrl: string, entryId: string | null): string | null {
  const direct = safeHttpUrl(permalink);
  if (direct) return direct;
  const blog = safeHttpUrl(blogUrl);
  if (!blog) return null;
  return entryId ? `${blog.replace(/#.*$/, '')}#${encodeURIComponent(entryId)}` : blog;
}

/**
 * Page text for a place that takes only a string (an <option>, a title): wrapped in U+2068 FIRST
 * STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, the plain-text <bdi>, so its direction and any
 * unterminated override inside it end with it. The marks are invisible and not read aloud.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
