// Every message between the extension's parts. The detector's one message goes through raw
// runtime.sendMessage to keep that script tiny; everything else is the ProtocolMap below, sent with
// @webext-core/messaging and validated on arrival with `MESSAGE_SCHEMAS`.
// The schema constants are `/* @__PURE__ */` so a bundle that imports only the detector's message
// (the detector) drops them.
import type { Detection } from './types';
import type { OpenedBlog } from './store/queries';
import type { EntryDigest, OpenedDigest } from './store/open-digest';
import type { NewQuote, QuotePatch } from './store/quotes';
import type { BlogState, EntryMeta, ListFilter, QuoteRow, StarredEntry } from './store/types';
import { blogRefCheck } from './store/blog-key';
import { arr, bool, httpUrl, int, line, millis, nullable, obj, optional, str, ValidationError, type Check } from './store/validate';

/** Detector -> background: this page is a live blog; inject the reader into the sending frame. */
export const MSG_INJECT_READER = 'lbl:inject-reader';

/** The detector's one message, sent only on live blogs. */
export interface InjectReaderMessage {
  type: typeof MSG_INJECT_READER;
  detection: Detection;
}

/** Validates an incoming message before the background acts on it. */
export function isInjectReaderMessage(value: unknown): value is InjectReaderMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  const d = m.detection as Record<string, unknown> | undefined;
  return m.type === MSG_INJECT_READER && !!d && d.isLiveBlog === true && typeof d.site === 'string';
}

/**
 * Detector -> background: the cheap check could not tell and the page is worth a closer look;
 * inject the structural check (structure.js) into the sending frame. Carries nothing else.
 */
export const MSG_CHECK_STRUCTURE = 'lbl:check-structure';

/** Validates the detector's request for the structural check. */
export function isCheckStructureMessage(value: unknown): boolean {
  return !!value && typeof value === 'object' && (value as Record<string, unknown>).type === MSG_CHECK_STRUCTURE;
}

/** Background -> reader (raw tabs.sendMessage): the toolbar button was clicked; open or close the panel. */
export const MSG_TOGGLE_PANEL = 'lbl:toggle-panel';

/** The toolbar's message to the reader in a tab. */
export interface TogglePanelMessage {
  type: typeof MSG_TOGGLE_PANEL;
}

/** Validates the toolbar's message before the reader acts on it. */
export function isTogglePanelMessage(value: unknown): value is TogglePanelMessage {
  return !!value && typeof value === 'object' && (value as Record<string, unknown>).type === MSG_TOGGLE_PANEL;
}

/** Every write answers whether it was stored: false in a private window unless the reader allowed it. */
export interface Stored {
  stored: boolean;
}

/** `openBlog` data: the page's URL, title, site and the entries it shows, in page order. */
export interface OpenBlogData {
  /** The page URL; the background derives the blog key from it. */
  url: string;
  title: string;
  site: string;
  entries: EntryMeta[];
}

/**
 * `openBlogDigest` data: as `OpenBlogData`, but each entry is only its id and the `metaHash` of
 * its EntryMeta, in page order. The answer's `want` lists the ids whose EntryMeta to send next
 * (with `noteEntries`).
 */
export interface OpenBlogDigestData {
  /** The page URL; the background derives the blog key from it. */
  url: string;
  title: string;
  site: string;
  entries: EntryDigest[];
}

/** A reference to one blog by its key (a URL; re-keyed on arrival). */
export interface BlogRef {
  blog: string;
}

/**
 * The one protocol map of @webext-core/messaging. Senders: the reader content script (page) and
 * the library page; receiver: the background. Writes resolve only after their transaction
 * committed, and are idempotent, so a sender may retry one whose reply never came.
 */
export interface ProtocolMap {
  /** Page opened a blog: record the visit, store its entries, answer the state and the ids new since the last visit. */
  openBlog(data: OpenBlogData): OpenedBlog & Stored;
  /**
   * Page opened a blog, cheaply: as `openBlog` (visit recorded, state and new ids answered) from
   * ids and hashes only; `want` names the entries whose EntryMeta the store lacks or holds out of
   * date, which the page then sends with `noteEntries`. Private windows: nothing written, `want` empty.
   */
  openBlogDigest(data: OpenBlogDigestData): OpenedDigest & Stored;
  /** Page found entries (live updates): store the unknown ones; answers the ids that were new to the store. */
  noteEntries(data: BlogRef & { entries: EntryMeta[] }): { added: string[] } & Stored;
  /** Read-only state of a blog (the other tab's changes, after a focus or a storage event). */
  getBlogState(data: BlogRef): BlogState;
  /** Page: a batch of entries was on screen long enough; answers how many became read. */
  markRead(data: BlogRef & { entryIds: string[] }): { changed: number } & Stored;
  /** Page: "mark all read" for every stored entry of the blog. */
  markAllRead(data: BlogRef): { changed: number } & Stored;
  /** Page: set (not toggle, so a retry is harmless) an entry's star; answers its star time or null. */
  setStar(data: BlogRef & { entryId: string; starred: boolean }): { starred: number | null } & Stored;
  /** Page: save a quote (id made by the page); answers the stored row, or null when not stored. */
  saveQuote(data: NewQuote): { quote: QuoteRow | null } & Stored;
  /** Library: edit a quote's speaker or note (null clears); answers the row, or null when gone. */
  updateQuote(data: { id: string } & QuotePatch): { quote: QuoteRow | null } & Stored;
  /** Library: delete a quote; answers the deleted row, to pass to `restoreQuote` for undo. */
  deleteQuote(data: { id: string }): { quote: QuoteRow | null } & Stored;
  /** Library: put a deleted (or imported) quote back; derived fields are recomputed. */
  restoreQuote(data: { quote: RestorableQuote }): { quote: QuoteRow | null } & Stored;
  /** Quotes, newest first, filtered. */
  listQuotes(data: ListFilter): QuoteRow[];
  /** Starred entries, newest star first, filtered. */
  listStarred(data: ListFilter): StarredEntry[];
}

/** The names of all ProtocolMap messages. */
export type MessageName = keyof ProtocolMap;

/** A quote row as it may be restored or imported: derived fields are not accepted. */
export type RestorableQuote = Omit<QuoteRow, 'search' | 'speakerKey'>;

/** Size limits: a page could send anything; these bound what one message can make us store. */
export const LIMITS = {
  url: 2048,
  entryId: 256,
  title: 1000,
  snippet: 1000,
  site: 100,
  speaker: 200,
  speakers: 50,
  quote: 10_000,
  note: 5000,
  search: 500,
  /** Entries or ids in one message (a long blog has ~1,000 entries). */
  batch: 5000,
} as const;

/** The validator of each message's data: returns a clean copy or throws a ValidationError. */
export const MESSAGE_SCHEMAS: { [K in MessageName]: Check<Parameters<ProtocolMap[K]>[0]> } = /* @__PURE__ */ (() => {
  const blogRef = blogRefCheck(LIMITS.url);
  const entryId = line(LIMITS.entryId, 1);
  const isoTime = str(64, { pattern: /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/ });
  const site = str(LIMITS.site, { pattern: /^[A-Za-z0-9._-]*$/ });
  const speaker = line(LIMITS.speaker, 1);
  // Made by the page with crypto.randomUUID(); any short token of this alphabet will do.
  const quoteId = str(64, { pattern: /^[A-Za-z0-9_-]{8,64}$/ });
  const entryMeta = obj({
    id: entryId,
    title: line(LIMITS.title),
    snippet: str(LIMITS.snippet),
    time: nullable(isoTime),
    permalink: nullable(httpUrl(LIMITS.url)),
    speakers: arr(speaker, LIMITS.speakers),
  });
  const listFilter = obj({
    blog: optional(blogRef),
    site: optional(site),
    speaker: optional(line(LIMITS.speaker)),
    from: optional(millis),
    to: optional(millis),
    search: optional(line(LIMITS.search)),
    limit: optional(int(1, LIMITS.batch)),
    offset: optional(int(0, 1_000_000)),
  });
  const quoteFields = {
    id: quoteId,
    text: str(LIMITS.quote, { min: 1 }),
    speaker: nullable(speaker),
    blog: blogRef,
    entry: nullable(entryId),
    entryTime: nullable(isoTime),
    permalink: nullable(httpUrl(LIMITS.url)),
    note: optional(str(LIMITS.note)),
  };
  return {
    openBlog: obj({ url: httpUrl(LIMITS.url), title: line(LIMITS.title), site, entries: arr(entryMeta, LIMITS.batch) }),
    openBlogDigest: obj({
      url: httpUrl(LIMITS.url),
      title: line(LIMITS.title),
      site,
      entries: arr(obj({ id: entryId, hash: str(16, { pattern: /^[0-9a-z]{1,16}$/ }) }), LIMITS.batch),
    }),
    noteEntries: obj({ blog: blogRef, entries: arr(entryMeta, LIMITS.batch) }),
    getBlogState: obj({ blog: blogRef }),
    markRead: obj({ blog: blogRef, entryIds: arr(entryId, LIMITS.batch) }),
    markAllRead: obj({ blog: blogRef }),
    setStar: obj({ blog: blogRef, entryId, starred: bool }),
    saveQuote: obj(quoteFields),
    updateQuote: obj({ id: quoteId, speaker: optional(nullable(speaker)), note: optional(nullable(str(LIMITS.note))) }),
    deleteQuote: obj({ id: quoteId }),
    restoreQuote: obj({ quote: obj({ ...quoteFields, site, savedAt: millis }) }),
    listQuotes: listFilter,
    listStarred: listFilter,
  };
})();

/** The names of all ProtocolMap messages, for wiring one listener per message. */
export const MESSAGE_NAMES: readonly MessageName[] = [
  'openBlog', 'openBlogDigest', 'noteEntries', 'getBlogState', 'markRead', 'markAllRead', 'setStar',
  'saveQuote', 'updateQuote', 'deleteQuote', 'restoreQuote', 'listQuotes', 'listStarred',
];

/** Panel -> background (raw runtime.sendMessage): open the library, optionally on a view. */
export const MSG_OPEN_LIBRARY = 'lbl:open-library';

/** The panel's open-library message. */
export interface OpenLibraryMessage {
  type: typeof MSG_OPEN_LIBRARY;
  view?: 'quotes' | 'starred';
}

/** Validates the panel's message before acting on it. */
export function isOpenLibraryMessage(value: unknown): value is OpenLibraryMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return m.type === MSG_OPEN_LIBRARY && (m.view === undefined || m.view === 'quotes' || m.view === 'starred');
}
