// The library's one item shape for quotes and starred entries: what the views draw, what the
// filters test and what the Markdown and CSV exports print. Built once per database change, so
// that everything a keystroke needs (folded search text, speaker keys, times) is ready.
import { fold, speakerKeyOf } from '../store/derive';
import type { LibrarySnapshot } from '../store/library';
import type { BlogRow, EntryRow, QuoteRow } from '../store/types';
import { cutAtBoundary, SNIPPET_LENGTH } from '../protocol/entry-meta';
import { isoToMs, itemLink } from './format';

/** Characters of an entry's text that name it when it has no heading. */
const ENTRY_NAME_LENGTH = 80;

/** A saved quote or a starred entry. */
export type ItemKind = 'quote' | 'entry';

/** One row of the library. */
export interface LibraryItem {
  kind: ItemKind;
  /** Unique across both kinds (quote id, or the entry's JSON [blog, id]). */
  key: string;
  /** The quote, or the entry's text snippet. */
  text: string;
  /** The entry's title ('' when unknown; quotes show their entry's title when the store has it). */
  title: string;
  /** Speakers as written: the quote's one, or the entry's (possibly several, possibly none). */
  speakers: string[];
  /** Folded speakers, parallel to `speakers`. */
  speakerKeys: string[];
  note: string | null;
  blog: string;
  blogTitle: string;
  blogUrl: string;
  site: string;
  entryId: string | null;
  /** The entry's time as stored (ISO), and in ms (null when unknown). */
  entryTime: string | null;
  time: number | null;
  /** The entry's time as the blog printed it ("12.20 BST"), or null when unknown. */
  timeLabel: string | null;
  /** When it was kept: saved (quote) or starred (entry), in ms. Lists are newest first by this. */
  kept: number;
  /** Where "open" goes (see `itemLink`), or null. */
  link: string | null;
  /** Folded text searched by the search box: text, entry, speakers, note and blog title. */
  haystack: string;
  /** The stored rows, for export and for writes. */
  quote?: QuoteRow;
  entry?: EntryRow;
}

/** The blog title shown when a blog row is missing or untitled: its host and path. */
function fallbackTitle(key: string): string {
  try {
    const u = new URL(key);
    return `${u.hostname}${u.pathname}`;
  } catch {
    return key;
  }
}

interface BlogInfo {
  title: string;
  url: string;
  site: string;
  folded: string;
}

function blogIndex(blogs: readonly BlogRow[]): (key: string) => BlogInfo {
  const map = new Map<string, BlogInfo>();
  for (const b of blogs) {
    const title = b.title || fallbackTitle(b.key);
    map.set(b.key, { title, url: b.url || b.key, site: b.site, folded: fold(title) });
  }
  return (key) => {
    let info = map.get(key);
    if (!info) {
      const title = fallbackTitle(key);
      info = { title, url: key, site: '', folded: fold(title) };
      map.set(key, info);
    }
    return info;
  };
}

/** Newest kept first; the key breaks ties so the order is stable across reloads. */
export function byKeptDesc(a: LibraryItem, b: LibraryItem): number {
  return b.kept - a.kept || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The key of a starred entry's item. */
export function entryItemKey(blog: string, id: string): string {
  return JSON.stringify([blog, id]);
}

/** Quote items, newest saved first. */
export function quoteItems(s: LibrarySnapshot): LibraryItem[] {
  const blog = blogIndex(s.blogs);
  const entries = new Map<string, EntryRow>();
  for (const e of s.quoteEntries) entries.set(`${e.blog}\n${e.id}`, e);
  return s.quotes
    .map((q): LibraryItem => {
      const b = blog(q.blog);
      const e = q.entry === null ? undefined : entries.get(`${q.blog}\n${q.entry}`);
      const key = speakerKeyOf(q.speaker);
      return {
        kind: 'quote',
        key: q.id,
        text: q.text,
        // An entry without a heading is named by its first words (the CSV's entry_title, the citation).
        title: e?.title || (e ? cutAtBoundary(e.snippet, ENTRY_NAME_LENGTH) : ''),
        speakers: q.speaker && key ? [q.speaker] : [],
        speakerKeys: key ? [key] : [],
        note: q.note ?? null,
        blog: q.blog,
        blogTitle: b.title,
        blogUrl: b.url,
        site: q.site || b.site,
        entryId: q.entry,
        entryTime: q.entryTime ?? e?.time ?? null,
        time: isoToMs(q.entryTime ?? e?.time),
        timeLabel: q.entryTimeLabel ?? e?.timeLabel ?? null,
        kept: q.savedAt,
        link: itemLink(q.permalink ?? e?.permalink ?? null, b.url, q.entry),
        haystack: `${q.search}\n${e?.search ?? ''}\n${b.folded}`,
        quote: q,
      };
    })
    .sort(byKeptDesc);
}

/** Starred-entry items, newest star first. */
export function starredItems(s: LibrarySnapshot): LibraryItem[] {
  const blog = blogIndex(s.blogs);
  return s.starred
    .filter((e) => e.starred !== undefined)
    .map((e): LibraryItem => {
      const b = blog(e.blog);
      const speakers: string[] = [];
      const keys: string[] = [];
      for (const name of e.speakers) {
        const k = speakerKeyOf(name);
        if (k && !keys.includes(k)) {
          keys.push(k);
          speakers.push(name);
        }
      }
      return {
        kind: 'entry',
        key: entryItemKey(e.blog, e.id),
        // Snippets stored before they were cut at a word end: cut back to one (never mid-word).
        text: e.snippet.length >= SNIPPET_LENGTH ? cutAtBoundary(e.snippet, SNIPPET_LENGTH - 1) : e.snippet,
        title: e.title,
        speakers,
        speakerKeys: keys,
        note: null,
        blog: e.blog,
        blogTitle: b.title,
        blogUrl: b.url,
        site: b.site,
        entryId: e.id,
        entryTime: e.time,
        time: isoToMs(e.time),
        timeLabel: e.timeLabel ?? null,
        kept: e.starred ?? 0,
        link: itemLink(e.permalink, b.url, e.id),
        haystack: `${e.search}\n${b.folded}`,
        entry: e,
      };
    })
    .sort(byKeptDesc);
}
