// The background's message handlers, as a pure factory over a database: validate, then query.
// No state lives here between calls (Chrome stops idle service workers): every answer comes from
// the database, and every write answers only after its transaction has committed.
//
// Wiring (entrypoints/background/index.ts):
//   import { defineExtensionMessaging } from '@webext-core/messaging';
//   import { MESSAGE_NAMES, type ProtocolMap } from '@/lib/messages';
//   import { openLensDb } from '@/lib/store/db';
//   import { createHandlers } from './handlers';
//
//   const messaging = defineExtensionMessaging<ProtocolMap>();
//   const handlers = createHandlers(openLensDb(), {
//     isIncognito: (sender: { tab?: { incognito?: boolean } }) => sender.tab?.incognito === true,
//     storeIncognito: async () => (await browser.storage.local.get('storeIncognito')).storeIncognito === true,
//   });
//   // Inside defineBackground's main(), synchronously, so a restarted worker hears the message that woke it.
//   for (const name of MESSAGE_NAMES) {
//     messaging.onMessage(name, ({ data, sender }) => handlers[name](data, sender) as never);
//   }
//
// A thrown Error reaches the sender as a rejected sendMessage: a ValidationError (message starts
// with "Invalid <name> message") must not be retried; "Could not establish connection" / "message
// port closed" means the worker went away, and the write (idempotent) may be retried.
import type { MessageName, ProtocolMap } from '@/lib/messages';
import { MESSAGE_SCHEMAS } from '@/lib/messages';
import { blogKey } from '@/lib/store/blog-key';
import type { LensDb } from '@/lib/store/db';
import { openBlogDigest } from '@/lib/store/open-digest';
import { getBlogState, markAllRead, markRead, noteEntries, openBlog, peekBlog, setStar } from '@/lib/store/queries';
import { deleteQuote, listQuotes, listStarred, restoreQuote, saveQuote, updateQuote } from '@/lib/store/quotes';
import { parse } from '@/lib/store/validate';

/** How the handlers learn about the sender and the reader's private-window choice. */
export interface HandlerOptions<S> {
  /** True when the message comes from a private (incognito) window. */
  isIncognito(sender: S): boolean;
  /** The reader's setting "remember reading in private windows" (default off). */
  storeIncognito(): Promise<boolean> | boolean;
  /** The clock (tests pin it). */
  now?: () => number;
}

/** One async function per message: takes the raw data and the sender, answers the protocol's return type. */
export type Handlers<S> = {
  [K in MessageName]: (data: unknown, sender: S) => Promise<ReturnType<ProtocolMap[K]>>;
};

/**
 * Creates the handlers. Each validates its data first (a malformed message throws a
 * ValidationError and writes nothing), then, for writes from a private window, stores nothing
 * unless the reader turned that on (answering `stored: false`).
 */
export function createHandlers<S>(db: LensDb, options: HandlerOptions<S>): Handlers<S> {
  const now = options.now ?? Date.now;
  const validate = <K extends MessageName>(name: K, data: unknown) => parse(name, MESSAGE_SCHEMAS[name], data);
  /** Whether writes from this sender may be stored. */
  const mayStore = async (sender: S): Promise<boolean> => !options.isIncognito(sender) || (await options.storeIncognito()) === true;

  return {
    async openBlog(data, sender) {
      const d = validate('openBlog', data);
      const key = blogKey(d.url); // validated as an http(s) URL, so this cannot throw
      const visit = { key, url: key, title: d.title, site: d.site };
      if (!(await mayStore(sender))) return { ...(await peekBlog(db, visit, d.entries, now())), stored: false };
      return { ...(await openBlog(db, visit, d.entries, now())), stored: true };
    },
    async openBlogDigest(data, sender) {
      const d = validate('openBlogDigest', data);
      const key = blogKey(d.url); // validated as an http(s) URL, so this cannot throw
      const stored = await mayStore(sender);
      return { ...(await openBlogDigest(db, { key, url: key, title: d.title, site: d.site }, d.entries, now(), stored)), stored };
    },
    async noteEntries(data, sender) {
      const d = validate('noteEntries', data);
      if (!(await mayStore(sender))) return { added: [], stored: false };
      return { added: await noteEntries(db, d.blog, d.entries, now()), stored: true };
    },
    async getBlogState(data) {
      const d = validate('getBlogState', data);
      return getBlogState(db, d.blog);
    },
    async markRead(data, sender) {
      const d = validate('markRead', data);
      if (!(await mayStore(sender))) return { changed: 0, stored: false };
      return { changed: await markRead(db, d.blog, d.entryIds, now()), stored: true };
    },
    async markAllRead(data, sender) {
      const d = validate('markAllRead', data);
      if (!(await mayStore(sender))) return { changed: 0, stored: false };
      return { changed: await markAllRead(db, d.blog, now()), stored: true };
    },
    async setStar(data, sender) {
      const d = validate('setStar', data);
      if (!(await mayStore(sender))) return { starred: null, stored: false };
      return { starred: await setStar(db, d.blog, d.entryId, d.starred, now()), stored: true };
    },
    async saveQuote(data, sender) {
      const d = validate('saveQuote', data);
      if (!(await mayStore(sender))) return { quote: null, stored: false };
      return { quote: await saveQuote(db, d, now()), stored: true };
    },
    async updateQuote(data, sender) {
      const { id, ...patch } = validate('updateQuote', data);
      if (!(await mayStore(sender))) return { quote: null, stored: false };
      return { quote: await updateQuote(db, id, patch), stored: true };
    },
    async deleteQuote(data, sender) {
      const d = validate('deleteQuote', data);
      if (!(await mayStore(sender))) return { quote: null, stored: false };
      return { quote: await deleteQuote(db, d.id), stored: true };
    },
    async restoreQuote(data, sender) {
      const d = validate('restoreQuote', data);
      if (!(await mayStore(sender))) return { quote: null, stored: false };
      return { quote: await restoreQuote(db, d.quote), stored: true };
    },
    async listQuotes(data) {
      return listQuotes(db, validate('listQuotes', data));
    },
    async listStarred(data) {
      return listStarred(db, validate('listStarred', data));
    },
  };
}
