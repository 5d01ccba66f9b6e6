// Every message between the extension's parts, in one place: what each carries and answers, who
// may send it, and the check its data passes on arrival (built from fields.ts, which the JSON
// import shares). wire.ts carries them; the background answers `BackgroundProtocol`, the reader in
// a tab answers `TabProtocol` (the reader's entries go to the annotator over a port: annotator.ts). The database has one writer, the background: pages and the library
// page both write through these messages, so every write passes the same checks.
import type { RestorableQuote, StarTime } from '../store/library';
import type { EntryDigest, OpenedDigest } from '../store/open-digest';
import type { NewQuote, QuotePatch } from '../store/quotes';
import type { BlogRow, BlogState, EntryMeta, QuoteRow } from '../store/types';
import type { Detection } from '../types';
import type { RequestOf, ResponseOf } from './wire';
import {
  blogRef, entryId, entryMeta, hostName as webHostName, note, quoteFields, quoteId, site, speaker, starredEntry, starTime, storedBlog,
  storedQuote, title,
} from './fields';
import { LIMITS } from './limits';
import { arr, bool, eachValid, int, nothing, nullable, obj, oneOf, optional, parse, str, type Check, type Checked } from './validate';

/** Every write answers whether it was stored: false in a private window unless the reader allowed it. */
export interface Stored {
  stored: boolean;
}

/** A reference to one blog by its key (a URL; re-keyed on arrival). */
export interface BlogRef {
  blog: string;
}

/** The library page's two views. */
export type LibraryView = 'quotes' | 'starred';

/** Rows of a JSON export that passed the import's checks, sent in batches (see lib/export/import.ts). */
export interface ImportRows {
  blogs: BlogRow[];
  quotes: RestorableQuote[];
  starred: Array<Checked<typeof starredEntry>>;
}

/** What one batch of an import added, and what it skipped as already in the library. */
export interface ImportCounts {
  added: { quotes: number; starred: number; blogs: number };
  skipped: { quotes: number; starred: number };
}

/**
 * Messages the background answers. Writes resolve only after their transaction committed, and
 * are idempotent (set, not toggle; ids made by the sender), so a sender may retry one whose answer
 * never came (protocol/retry.ts).
 */
export interface BackgroundProtocol {
  /** Detector: this page is a live blog; inject the reader into the sending frame. */
  injectReader(data: { detection: Pick<Detection, 'isLiveBlog' | 'site'> }): { ok: boolean; error?: string };
  /** Detector: the cheap check could not tell; inject the structural check into the sending frame. */
  checkStructure(data: null): { ok: boolean; error?: string };
  /**
   * Reader: the page's entries are read and marked; inject the reader's interface (its features,
   * a script of its own: entrypoints/reader-interface.ts) into the sending frame.
   */
  injectInterface(data: null): { ok: boolean; error?: string };
  /**
   * Reader: the page opened a blog; each entry is its id and the `metaHash` of its EntryMeta.
   * Records the visit and answers the state, the ids new since the last visit, and in `want` the
   * entries whose EntryMeta the store lacks or holds out of date (sent next with `noteEntries`).
   * Private windows: nothing written, `want` empty.
   */
  openBlogDigest(data: { url: string; title: string; site: string; entries: EntryDigest[] }): OpenedDigest & Stored;
  /** Reader: entries' meta (wanted ones, live updates); answers the ids that were new to the store. */
  noteEntries(data: BlogRef & { entries: EntryMeta[] }): { added: string[] } & Stored;
  /** Reader: the state of a blog, read only (another tab wrote, or the page came back to the front). */
  getBlogState(data: BlogRef): BlogState;
  /** Reader: entries were on screen long enough; answers how many became read. */
  markRead(data: BlogRef & { entryIds: string[] }): { changed: number } & Stored;
  /** Reader: "mark all read" for every stored entry of the blog. */
  markAllRead(data: BlogRef): { changed: number } & Stored;
  /** Reader: set (not toggle, so a retry is harmless) an entry's star; answers its star time or null. */
  setStar(data: BlogRef & { entryId: string; starred: boolean }): { starred: number | null } & Stored;
  /** Reader: save a quote (id made by the page); answers the stored row, or null when not stored. */
  saveQuote(data: NewQuote): { quote: QuoteRow | null } & Stored;
  /**
   * Reader: how many entries are new and unread in this tab (since the last visit or since the page
   * opened), for the toolbar button's badge; 0 clears it. Only the sender's own tab is touched.
   */
  setBadge(data: { count: number }): { ok: true };
  /**
   * Popup and options page: turn Liveblog Lens on or off for a site. Outside the curated list (the
   * popup asked for the host permission first, inside its click): on, its detector is registered
   * and, given `tabId`, run in that tab now; off, unregistered, the site forgotten, the permission
   * given back. A curated news site: off, it joins the sites turned off (nothing is injected there
   * from the next load); on, it leaves them and, given `tabId`, the detector runs there now.
   * Set, not toggle, so a resend is harmless. Answers both lists.
   */
  setSiteEnabled(data: { host: string; enabled: boolean; tabId?: number }): { enabledSites: string[]; disabledSites: string[] };
  /** Reader's panel or any extension page: open (or focus) the library, optionally on a view. */
  openLibrary(data: { view?: LibraryView }): { ok: true };
  /** Library: edit a quote's speaker or note (null clears); answers the row, or null when gone. */
  updateQuote(data: { id: string } & QuotePatch): { quote: QuoteRow | null } & Stored;
  /** Library: delete quotes; answers the deleted rows, to pass to `restoreQuotes` for undo. */
  deleteQuotes(data: { ids: string[] }): { quotes: QuoteRow[] } & Stored;
  /** Library: put deleted quotes back (undo); derived fields are recomputed. */
  restoreQuotes(data: { quotes: RestorableQuote[] }): { restored: number } & Stored;
  /** Library: take the star off entries; answers their star times, to pass to `restoreStars` for undo. */
  unstarEntries(data: { entries: Array<{ blog: string; id: string }> }): { stars: StarTime[] } & Stored;
  /** Library: give entries their star times back (undo). */
  restoreStars(data: { stars: StarTime[] }): { restored: number } & Stored;
  /**
   * Library: keep one part of an import (at most LIMITS.batch rows per list) until it is committed.
   * Part 0 starts the import (a restarted import with the same id starts over). Answers the parts kept.
   */
  stageImport(data: { importId: string; part: number; rows: ImportRows }): { parts: number } & Stored;
  /**
   * Library: merge every kept part of the import in one transaction (all or nothing; duplicates
   * skipped) and forget the parts. Resent after it committed, it answers the same counts again.
   */
  commitImport(data: { importId: string }): ImportCounts & Stored;
  /** Library: forget the kept parts of an import that failed or was abandoned. */
  discardImport(data: { importId: string }): { discarded: number };
}

/** Messages the reader in a tab answers (sent by the background with tabs.sendMessage). */
export interface TabProtocol {
  /** The toolbar button was clicked: open or close the panel. */
  togglePanel(data: null): { ok: true };
  /** The reader-view shortcut or the toolbar menu's item: open or close the reader view. */
  toggleReaderView(data: null): { ok: true };
  /** The toolbar popup: what the reader sees on this page (no answer: no reader in the tab). */
  tabSummary(data: null): TabSummary;
}

/** What the popup says about a tab's live blog. */
export interface TabSummary {
  /** The page's host, as the reader read it. */
  host: string;
  entries: number;
  /** Entries that repeat an earlier one. */
  repeats: number;
  speakers: number;
  /** False while the first page is still being read and annotated (the counts will grow). */
  complete: boolean;
}

/** The names of the background's messages. */
export type MessageName = keyof BackgroundProtocol;
/** What message `K` carries. */
export type Request<K extends MessageName> = RequestOf<BackgroundProtocol, K>;
/** What message `K` is answered with. */
export type Response<K extends MessageName> = ResponseOf<BackgroundProtocol, K>;

/** Who sent a message: a content script in a web page, or one of the extension's own pages. */
export type SenderKind = 'content' | 'extension';

/** How one message is accepted: from whom, and the check of its data. */
export interface MessageRule<T> {
  from: SenderKind | 'any';
  data: Check<T>;
}

/** Each message's rule. Library writes come only from extension pages: no web page can reach them. */
export const MESSAGES: { [K in MessageName]: MessageRule<Request<K>> } = /* @__PURE__ */ (() => {
  // The reader's batches drop an entry that fails its check and keep the rest (finding 9 of issue
  // 14: one entry whose id cleans to nothing made the whole blog's reading state fail to load).
  const entryIds = eachValid(entryId, LIMITS.batch);
  // Made by the library page (crypto.randomUUID()).
  const importId = str(64, { pattern: /^[A-Za-z0-9-]{8,64}$/ });
  return {
    injectReader: { from: 'content', data: obj({ detection: obj({ isLiveBlog: oneOf(true), site: str(LIMITS.site) }) }) },
    checkStructure: { from: 'content', data: nothing },
    injectInterface: { from: 'content', data: nothing },
    openBlogDigest: {
      from: 'any',
      data: obj({
        url: blogRef,
        title,
        site,
        entries: eachValid(obj({ id: entryId, hash: str(16, { pattern: /^[0-9a-z]{1,16}$/ }) }), LIMITS.batch),
      }),
    },
    noteEntries: { from: 'any', data: obj({ blog: blogRef, entries: eachValid(entryMeta, LIMITS.batch) }) },
    getBlogState: { from: 'any', data: obj({ blog: blogRef }) },
    markRead: { from: 'any', data: obj({ blog: blogRef, entryIds }) },
    markAllRead: { from: 'any', data: obj({ blog: blogRef }) },
    setStar: { from: 'any', data: obj({ blog: blogRef, entryId, starred: bool }) },
    saveQuote: { from: 'any', data: obj(quoteFields) },
    setBadge: { from: 'content', data: obj({ count: int(0, LIMITS.batch * 100) }) },
    openLibrary: { from: 'any', data: obj({ view: optional(oneOf('quotes', 'starred')) }) },
    setSiteEnabled: { from: 'extension', data: obj({ host: webHostName, enabled: bool, tabId: optional(int(0, 2 ** 31)) }) },
    updateQuote: {
      from: 'extension',
      data: obj({ id: quoteId, speaker: optional(nullable(speaker)), note: optional(nullable(note)) }),
    },
    deleteQuotes: { from: 'extension', data: obj({ ids: arr(quoteId, LIMITS.batch) }) },
    restoreQuotes: { from: 'extension', data: obj({ quotes: arr(storedQuote, LIMITS.batch) }) },
    unstarEntries: { from: 'extension', data: obj({ entries: arr(obj({ blog: blogRef, id: entryId }), LIMITS.batch) }) },
    restoreStars: { from: 'extension', data: obj({ stars: arr(starTime, LIMITS.batch) }) },
    stageImport: {
      from: 'extension',
      data: obj({
        importId,
        part: int(0, LIMITS.importParts - 1),
        rows: obj({ blogs: arr(storedBlog, LIMITS.batch), quotes: arr(storedQuote, LIMITS.batch), starred: arr(starredEntry, LIMITS.batch) }),
      }),
    },
    commitImport: { from: 'extension', data: obj({ importId }) },
    discardImport: { from: 'extension', data: obj({ importId }) },
  };
})();

/** True when message `name` may come from a sender of this kind. */
export function accepts(name: MessageName, kind: SenderKind): boolean {
  const from = MESSAGES[name]?.from;
  return from === 'any' || from === kind;
}

/** The checks of the reader's own messages. */
export const TAB_MESSAGES: { [K in keyof TabProtocol]: MessageRule<RequestOf<TabProtocol, K>> } = /* @__PURE__ */ (() => ({
  togglePanel: { from: 'extension', data: nothing },
  toggleReaderView: { from: 'extension', data: nothing },
  tabSummary: { from: 'extension', data: nothing },
}))();

/** The names of all background messages, for tests and for wiring. */
export const MESSAGE_NAMES = /* @__PURE__ */ Object.keys(MESSAGES) as MessageName[];

/** A handler per message, given checked data. */
export type Implementation<S, K extends MessageName = MessageName> = {
  [N in K]: (data: Request<N>, sender: S) => Promise<Response<N>>;
};

/** A handler per message that takes raw data: the check runs first and throws a ValidationError. */
export type Handlers<S, K extends MessageName = MessageName> = {
  [N in K]: (data: unknown, sender: S) => Promise<Response<N>>;
};

/** Wraps handlers so that each checks its data with its rule before running ("Invalid <name> message: …"). */
export function checked<S, K extends MessageName>(implementation: Implementation<S, K>): Handlers<S, K> {
  const out = {} as Record<K, (data: unknown, sender: S) => Promise<unknown>>;
  for (const name of Object.keys(implementation) as K[]) {
    const rule = MESSAGES[name] as MessageRule<unknown>;
    const run = implementation[name] as (data: unknown, sender: S) => Promise<unknown>;
    out[name] = async (data, sender) => run(parse(name, rule.data, data), sender);
  }
  return out as Handlers<S, K>;
}
