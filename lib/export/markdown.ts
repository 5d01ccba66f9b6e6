// Markdown for pasting into a message or a document: one section per blog, quotes grouped by
// speaker in the order they were said, starred entries after them. Quote text comes from news
// pages, so Markdown and HTML syntax in it is escaped: `<img onerror=…>` must print as text in
// whatever renders the paste, and a quote starting with "#" or "-" must not become a heading or a
// list.
import { formatWhen } from '../library/format';
import type { LibraryItem } from '../library/items';

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** IANA zone for printed times (the runtime's own when undefined). */
  timeZone?: string;
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

function timeLine(item: LibraryItem, options: MarkdownOptions): string {
  const when = item.time !== null ? formatWhen(item.time, options.timeZone) : `saved ${formatWhen(item.kept, options.timeZone)}`;
  return item.link ? `${when} · [open entry](${markdownUrl(item.link)})` : when;
}

function quoteBlock(item: LibraryItem, options: MarkdownOptions): string {
  const parts = [blockquote(item.text), `— ${timeLine(item, options)}`];
  if (item.note) parts.push(`Note: ${escapeMarkdown(item.note).replace(/\n+/g, ' ')}`);
  return parts.join('\n\n');
}

function entryLine(item: LibraryItem, options: MarkdownOptions): string {
  const when = item.time !== null ? formatWhen(item.time, options.timeZone) : `starred ${formatWhen(item.kept, options.timeZone)}`;
  const title = item.title ? `**${escapeMarkdown(item.title)}**` : '';
  const text = escapeMarkdown(item.text).replace(/\s*\n\s*/g, ' ').trim();
  const body = [title, text].filter(Boolean).join(': ');
  const who = item.speakers.length ? ` (${item.speakers.map(escapeMarkdown).join(', ')})` : '';
  const link = item.link ? ` [open entry](${markdownUrl(item.link)})` : '';
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
  const quotes = items.filter((i) => i.kind === 'quote').length;
  const entries = items.length - quotes;
  const counts = [quotes ? count(quotes, 'quote', 'quotes') : '', entries ? count(entries, 'starred entry', 'starred entries') : '']
    .filter(Boolean)
    .join(' and ');
  const out: string[] = [`# Liveblog Lens: ${counts || 'nothing selected'}`];
  for (const [, group] of groupBy(items, (i) => i.blog)) {
    const first = group[0]!;
    const site = first.site ? ` (${escapeMarkdown(first.site)})` : '';
    out.push(`## ${escapeMarkdown(first.blogTitle)}${site}`, markdownUrl(first.blogUrl));
    const bySpeaker = groupBy(
      group.filter((i) => i.kind === 'quote'),
      (i) => i.speakerKeys[0] ?? '',
    ).sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0));
    for (const [speakerKey, said] of bySpeaker) {
      out.push(`### ${speakerKey ? escapeMarkdown(said[0]!.speakers[0]!) : 'Unattributed'}`);
      for (const q of said.slice().sort(chronological)) out.push(quoteBlock(q, options));
    }
    const starred = group.filter((i) => i.kind === 'entry').sort(chronological);
    if (starred.length) out.push('### Starred entries', starred.map((e) => entryLine(e, options)).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
