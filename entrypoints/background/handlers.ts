// The background's answers to the database messages, as a pure factory over a database: check,
// then query. No state lives here between calls (Chrome stops idle service workers): every answer
// comes from the database, and every write answers only after its transaction has committed.
// index.ts wires these, with the two browser-side messages (injectReader, openLibrary), into one
// router. A thrown ValidationError ("Invalid <name> message: …") reaches the sender by name, so
// it is never resent; a worker that went away is (lib/protocol/retry.ts).
import { commitImport, discardImport, stageImport } from '@/lib/export/staging';
import { checked, type Handlers, type MessageName } from '@/lib/protocol/messages';
import { blogKey } from '@/lib/store/blog-key';
import { healing, type HealOptions } from '@/lib/store/heal';
import type { LensDb } from '@/lib/store/db';
import { deleteQuotes, restoreQuotes, restoreStars, unstarEntries } from '@/lib/store/library';
import { openBlogDigest } from '@/lib/store/open-digest';
import { getBlogState, markAllRead, markRead, noteEntries, setStar } from '@/lib/store/queries';
import { saveQuote, updateQuote } from '@/lib/store/quotes';

/** The messages the browser side answers (entrypoints/background/index.ts), not the database. */
export const BROWSER_MESSAGES = ['injectReader', 'checkStructure', 'injectInterface', 'openLibrary', 'setBadge', 'setSiteEnabled'] as const satisfies readonly MessageName[];

/** The messages the database answers: every other one. */
export type StoreMessage = Exclude<MessageName, (typeof BROWSER_MESSAGES)[number]>;

/** How the handlers learn about the sender and the reader's private-window choice. */
export interface HandlerOptions<S> {
  /** True when the message comes from a private (incognito) window. */
  isIncognito(sender: S): boolean;
  /** The reader's setting "remember reading in private windows" (default off). */
  storeIncognito(): Promise<boolean> | boolean;
  /** The clock (tests pin it). */
  now?: () => number;
  /** How a failed database is reopened, and the reader's sentence when it cannot be (lib/store/heal.ts). */
  heal?: HealOptions;
}

/**
 * Creates the handlers. Each checks its data first (a malformed message throws a ValidationError
 * and writes nothing), then, for writes from a private window, stores nothing unless the reader
 * turned that on (answering `stored: false`). A storage failure reopens the database and runs the
 * handler again; if it still fails the answer is a StorageUnavailableError (lib/store/heal.ts).
 */
export function createHandlers<S>(db: LensDb, options: HandlerOptions<S>): Handlers<S, StoreMessage> {
  const now = options.now ?? Date.now;
  /** Whether writes from this sender may be stored. */
  const mayStore = async (sender: S): Promise<boolean> => !options.isIncognito(sender) || (await options.storeIncognito()) === true;

  const handlers = checked<S, StoreMessage>({
    async openBlogDigest(d, sender) {
      const key = blogKey(d.url); // checked as an http(s) URL, so this cannot throw
      const stored = await mayStore(sender);
      return { ...(await openBlogDigest(db, { key, url: key, title: d.title, site: d.site }, d.entries, now(), stored)), stored };
    },
    async noteEntries(d, sender) {
      if (!(await mayStore(sender))) return { added: [], stored: false };
      return { added: await noteEntries(db, d.blog, d.entries, now()), stored: true };
    },
    async getBlogState(d) {
      return getBlogState(db, d.blog);
    },
    async markRead(d, sender) {
      if (!(await mayStore(sender))) return { changed: 0, stored: false };
      return { changed: await markRead(db, d.blog, d.entryIds, now()), stored: true };
    },
    async markAllRead(d, sender) {
      if (!(await mayStore(sender))) return { changed: 0, stored: false };
      return { changed: await markAllRead(db, d.blog, now()), stored: true };
    },
    async setStar(d, sender) {
      if (!(await mayStore(sender))) return { starred: null, stored: false };
      return { starred: await setStar(db, d.blog, d.entryId, d.starred, now()), stored: true };
    },
    async saveQuote(d, sender) {
      if (!(await mayStore(sender))) return { quote: null, stored: false };
      return { quote: await saveQuote(db, d, now()), stored: true };
    },
    async updateQuote({ id, ...patch }, sender) {
      if (!(await mayStore(sender))) return { quote: null, stored: false };
      return { quote: await updateQuote(db, id, patch), stored: true };
    },
    async deleteQuotes(d, sender) {
      if (!(await mayStore(sender))) return { quotes: [], stored: false };
      return { quotes: await deleteQuotes(db, d.ids), stored: true };
    },
    async restoreQuotes(d, sender) {
      if (!(await mayStore(sender))) return { restored: 0, stored: false };
      await restoreQuotes(db, d.quotes);
      return { restored: d.quotes.length, stored: true };
    },
    async unstarEntries(d, sender) {
      if (!(await mayStore(sender))) return { stars: [], stored: false };
      return { stars: await unstarEntries(db, d.entries.map((e) => [e.blog, e.id] as [string, string])), stored: true };
    },
    async restoreStars(d, sender) {
      if (!(await mayStore(sender))) return { restored: 0, stored: false };
      await restoreStars(db, d.stars);
      return { restored: d.stars.length, stored: true };
    },
    async stageImport(d, sender) {
      if (!(await mayStore(sender))) return { parts: 0, stored: false };
      return { parts: await stageImport(db, d.importId, d.part, d.rows, now()), stored: true };
    },
    async commitImport(d, sender) {
      if (!(await mayStore(sender))) return { added: { quotes: 0, starred: 0, blogs: 0 }, skipped: { quotes: 0, starred: 0 }, stored: false };
      return { ...(await commitImport(db, d.importId, now())), stored: true };
    },
    async discardImport(d) {
      return { discarded: await discardImport(db, d.importId) };
    },
  });
  return healing<S, Handlers<S, StoreMessage>>(db, handlers, options.heal);
}
