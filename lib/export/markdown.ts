// Markdown for pasting into a message or a document: one section per blog, quotes grouped by
// speaker in the order they were said, starred entries after them. Quote text comes from news
// pages, so Markdown and HTML syntax in it is escaped: `<img onerror=…>` must print as text in
// whatever renders the paste, and a quote starting with "#" or "-" must not become a heading or a
// list.
import { formatWhen } from '../library/format';
import type { LibraryItem } from '../library/items';

/** The words a reader sees in the file, in their language (the library page passes its own). */
export interface MarkdownWords {
  /** The top heading: "Liveblog Lens: 3 quotes and 1 starred entry" (both 0: nothing selected). */
  title(quotes: number, starred: number): string;
  /** The heading of quotes without a speaker. */
  unattributed: string;
  /** The heading of a blog's starred entries. */
  starredEntries: string;
  /** When an item without an entry time was kept: "saved Tue 2 Jan 2024, 14:05". */
  saved(when: string): string;
  starred(when: string): string;
  /** The link text to an entry. */
  openEntry: string;
  note(note: string): string;
  /** A time as printed, in `timeZone`. */
  when(ms: number, timeZone?: string): string;
}

/** English, with times printed the same way in Node and every browser (the expected-file tests). */
export const ENGLISH_MARKDOWN: MarkdownWords = {
  title: (quotes, starred) => {
    const counts = [quotes ? count(quotes, 'quote', 'quotes') : '', starred ? count(starred, 'starred entry', 'starred entries') : ''];
    return `Liveblog Lens: ${counts.filter(Boolean).join(' and ') || 'nothing selected'}`;
  },
  unattributed: 'Unattributed',
  starredEntries: 'Starred entries',
  saved: (when) => `saved ${when}`,
  starred: (when) => `starred ${when}`,
  openEntry: 'open entry',
  note: (note) => `Note: ${note}`,
  when: formatWhen,
};

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** IANA zone for printed times (the runtime's own when undefined). */
  timeZone?: string;
  /** The words and date format (English by default). */
  words?: MarkdownWords;
}

// CommonMark's backslash escapes make these literal; `&` only where it would start an entity.
const INLINE = /[\\`*_[\]<>~|]|&(?=#?[A-Za-z0-9]+;)/g;
// Line starts that would open a block: headings, lists, quotes, fences, thematic breaks, tables.
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/;

/** Text made literal in Markdown: inline syntax escaped and every line's start neutralised. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(INLINE, (c) => `\\${c}`).replace(BLOCK_START, (_m, space: string, mark: string) => `${space}${mark.replace(/^(\d+)?(.)$/, '$1\\$2')}`))
    .join('\n');
}

/** A URL as a Markdown link destination: `<…>` with the characters that would end it encoded. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}

/** `> ` before every line; blank lines kept inside the quote as `>`. */
function blockquote(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `> ${line.trim()}` : '>'))
    .join('\n');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Chronological: entry time where known, else when it was kept. */
function chronological(a: LibraryItem, b: LibraryItem): number {
  return (a.time ?? a.kept) - (b.time ?? b.kept) || a.kept - b.kept || (a.key < b.key ? -1 : 1);
}

function timeLine(item: LibraryItem, options: MarkdownOptions, w: MarkdownWords): string {
  const when = item.time !== null ? w.when(item.time, options.timeZone) : w.saved(w.when(item.kept, options.timeZone));
  return item.link ? `${when} · [${escapeMarkdown(w.openEntry)}](${markdownUrl(item.link)})` : when;
}

function quoteBlock(item: LibraryItem, options: MarkdownOptions, w: MarkdownWords): string {
  const parts = [blockquote(item.text), `— ${timeLine(item, options, w)}`];
  if (item.note) parts.push(w.note(escapeMarkdown(item.note).replace(/\n+/g, ' ')));
  return parts.join('\n\n');
}

function entryLine(item: LibraryItem, options: MarkdownOptions, w: MarkdownWords): string {
  const when = item.time !== null ? w.when(item.time, options.timeZone) : w.starred(w.when(item.kept, options.timeZone));
  const title = item.title ? `**${escapeMarkdown(item.title)}**` : '';
  const text = escapeMarkdown(item.text).replace(/\s*\n\s*/g, ' ').trim();
  const body = [title, text].filter(Boolean).join(': ');
  const who = item.speakers.length ? ` (${item.speakers.map(escapeMarkdown).join(', ')})` : '';
  const link = item.link ? ` [${escapeMarkdown(w.openEntry)}](${markdownUrl(item.link)})` : '';
  return `- ${when}: ${body}${who}${link}`;
}

/** Items grouped by key, groups in order of first appearance. */
function groupBy<K>(items: readonly LibraryItem[], keyOf: (it: LibraryItem) => K): Array<[K, LibraryItem[]]> {
  const groups = new Map<K, LibraryItem[]>();
  for (const it of items) {
    const k = keyOf(it);
    const list = groups.get(k);
    if (list) list.push(it);
    else groups.set(k, [it]);
  }
  return [...groups.entries()];
}

/**
 * The items as Markdown: a heading with the counts, then per blog (newest first, as given) its
 * title, site and link, its quotes under one heading per speaker (speakers in order of their
 * first quote, "Unattributed" last; quotes oldest first), then its starred entries.
 */
export function toMarkdown(items: readonly LibraryItem[], options: MarkdownOptions = {}): string {
  const w = options.words ?? ENGLISH_MARKDOWN;
  const quotes = items.filter((i) => i.kind === 'quote').length;
  const out: string[] = [`# ${escapeMarkdown(w.title(quotes, items.length - quotes))}`];
  for (const [, group] of groupBy(items, (i) => i.blog)) {
    const first = group[0]!;
    const site = first.site ? ` (${escapeMarkdown(first.site)})` : '';
    out.push(`## ${escapeMarkdown(first.blogTitle)}${site}`, markdownUrl(first.blogUrl));
    const bySpeaker = groupBy(
      group.filter((i) => i.kind === 'quote'),
      (i) => i.speakerKeys[0] ?? '',
    ).sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0));
    for (const [speakerKey, said] of bySpeaker) {
      out.push(`### ${escapeMarkdown(speakerKey ? said[0]!.speakers[0]! : w.unattributed)}`);
      for (const q of said.slice().sort(chronological)) out.push(quoteBlock(q, options, w));
    }
    const starred = group.filter((i) => i.kind === 'entry').sort(chronological);
    if (starred.length) out.push(`### ${escapeMarkdown(w.starredEntries)}`, starred.map((e) => entryLine(e, options, w)).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
