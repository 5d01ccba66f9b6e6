// The reading service: read, starred and new-since-last-visit entries of this blog. The store is
// in the background (extension origin); this page keeps a copy (state.ts), changes it at once when
// the reader acts and sends the change, and re-reads it when another tab may have changed it
// (sync.ts). Reads are batched: an entry read after a short dwell waits up to FLUSH_MS with others.
// Nothing of this state is written into the page: features show it inside closed shadow roots,
// so a page cannot tell which of its entries the reader has read, starred or not seen before.
import { MEASURE } from '@/lib/page-contract';
import { pageTitle } from '@/lib/page';
import { cleanText, toEntryMeta } from '@/lib/protocol/entry-meta';
import { LIMITS } from '@/lib/protocol/limits';
import { isFinalError } from '@/lib/protocol/retry';
import { cleanQuoteText, cleanSpeaker } from '@/lib/quote-speaker';
import { READ_NEVER } from '@/lib/settings';
import { blogKey } from '@/lib/store/blog-key';
import type { EntryMeta } from '@/lib/store/types';
import type { ReaderContext } from '../core/context';
import type { LensSnapshot } from '../core/model';
import type { ReadingApi, ReadingChange, ReadingView } from '../core/reading-api';
import { followEntries } from './on-page';
import { digestInSlices } from './digest';
import { createEntryNotes, createReadingState, NOTE_BATCH, quoteId, storeId } from './state';
import { startSync } from './sync';
import { isShown } from './tracker';

/** How long reads wait to be sent. How long an entry must be on screen is the reader's setting (`readAfterMs`). */
export const FLUSH_MS = 2000;

/** The tracker's delay for a read-after setting: null for "never" (only the reader marks entries read). */
export const dwellFor = (readAfterMs: number): number | null => (readAfterMs === READ_NEVER ? null : readAfterMs);

const perf = (name: string, start: number) => import.meta.env.LBL_PERF && performance.measure(name, { start });

/** Starts the reading service: owns the state and marks entries; null on a page it cannot key (not http(s)). */
export function createReading(ctx: ReaderContext): ReadingApi | null {
  const { doc, model, send, bus, signal } = ctx;
  let blog: string;
  try {
    blog = blogKey(ctx.url);
  } catch {
    return null; // not an http(s) page: nothing to key the state by
  }

  const state = createReadingState();
  const { read, fresh } = state;

  const listeners = new Set<(view: ReadingView, change: ReadingChange) => void>();
  let view: ReadingView = state.view();
  let queued = false;
  /** The ids read since listeners were last told (null: more than reads changed). */
  let readSince: string[] | null = [];
  /** Tells listeners (once per turn) of a change: `read`, the ids it read; null when it changed more than reads. */
  const notify = (read: readonly string[] | null) => {
    if (signal.aborted) return;
    if (read === null) readSince = null;
    else if (readSince) for (const id of read) readSince.push(id);
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      view = state.view();
      const change: ReadingChange = { read: readSince };
      readSince = [];
      // Reads made here were unwatched as they were made; only a state from the store can read more.
      if (change.read === null) onPage.forgetRead();
      for (const listener of listeners) listener(view, change);
    });
  };

  // --- writes, one at a time, the blog opened first -----------------------------------------
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job);
    chain = run.catch(() => undefined);
    return run;
  };
  const sync = startSync(doc, blog, ctx.storage.blogChanged, () => void refresh(), signal);
  const afterWrite = (stored: boolean) => {
    if (stored) sync.changed();
    else if (state.notRemembered()) notify(null);
  };

  const notes = createEntryNotes();
  /** Sends entries' meta after the open, `size` per `noteEntries`, each its own queued write. */
  const sendNotes = (entries: EntryMeta[], size: number) => {
    for (let i = 0; i < entries.length; i += size) {
      const batch = entries.slice(i, i + size);
      serial(async () => {
        await whenOpen();
        afterWrite((await send('noteEntries', { blog, entries: batch })).stored);
      }).catch((error: unknown) => {
        notes.forget(batch);
        console.warn('[Liveblog Lens] could not store new entries', error);
      });
    }
  };
  let opening: Promise<boolean> | null = null;
  /** Opens the blog once (again after a failure) from ids and hashes, then sends the meta the store wants. */
  const ensureOpen = (): Promise<boolean> => {
    if (opening) return opening;
    const start = performance.now();
    const title = cleanText(pageTitle(doc) || doc.title, LIMITS.title, true);
    const site = ctx.detection.site.replace(/[^A-Za-z0-9._-]/g, '').slice(0, LIMITS.site);
    let metas: EntryMeta[] = [];
    opening = digestInSlices(ctx.slicer, notes, model.current().entries)
      // Sent from a step: the message (5,000 digests to copy) never comes after a slice that spent its budget.
      .then((digest) => ctx.slicer.step(() => ((metas = digest.metas), send('openBlogDigest', { url: blog, title, site, entries: digest.entries }))))
      .then(
      (opened) => {
        state.opened(opened.state, opened.newIds, opened.stored);
        perf(MEASURE.openBlog, start);
        notify(null);
        const want = new Set(opened.want); // unknown to the store, or changed since it stored them
        sendNotes(metas.filter((m) => want.has(m.id)), NOTE_BATCH);
        return true;
      },
      (error: unknown) => {
        console.warn('[Liveblog Lens] could not load the reading state', error);
        notes.forget(); // what was "sent" never arrived
        opening = null; // a later write or focus tries again
        return false;
      },
    );
    return opening;
  };
  const whenOpen = async () => {
    if (!(await ensureOpen())) throw new Error('Liveblog Lens could not reach its background page');
  };

  const refresh = async () => {
    // Not open yet: the first complete snapshot opens it; after a failed open, any later chance retries.
    if (!view.available) return void (opened && serial(ensureOpen));
    try {
      const start = performance.now();
      state.merge(await send('getBlogState', { blog }));
      perf(MEASURE.getState, start);
      notify(null);
    } catch (error) {
      console.warn('[Liveblog Lens] could not refresh the reading state', error);
    }
  };

  // --- reads, batched -----------------------------------------------------------------------
  const unsent = new Set<string>();
  let flushTimer = 0;
  const scheduleFlush = (ms = FLUSH_MS) => {
    if (!flushTimer && !signal.aborted) flushTimer = window.setTimeout(() => void flush(), ms);
  };
  const flush = (): Promise<void> => {
    if (flushTimer) window.clearTimeout(flushTimer);
    flushTimer = 0;
    if (!unsent.size) return Promise.resolve();
    const ids = [...unsent].slice(0, LIMITS.batch);
    ids.forEach((id) => unsent.delete(id));
    if (unsent.size) scheduleFlush(0);
    return serial(async () => {
      const start = performance.now();
      try {
        await whenOpen();
        afterWrite((await send('markRead', { blog, entryIds: ids })).stored);
        perf(MEASURE.markRead, start);
      } catch (error) {
        if (isFinalError(error)) return console.warn('[Liveblog Lens] reads refused', error);
        ids.forEach((id) => unsent.add(id)); // lost in transit: try again with the next batch
        scheduleFlush(FLUSH_MS * 4);
      }
    });
  };
  const readNow = (ids: Iterable<string>) => {
    const added = state.markRead(ids);
    added.forEach((id) => unsent.add(id));
    if (added.length) {
      onPage.forgetRead(added);
      notify(added);
      scheduleFlush();
    }
  };
  // Leaving or hiding the page sends what is waiting instead of keeping it for a timer that may never fire.
  window.addEventListener('pagehide', () => void flush(), { signal });
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && void flush(), { signal });

  // --- entries on the page ------------------------------------------------------------------
  // The first complete snapshot opens the blog (every entry of the first page known, with its
  // speakers); later ones note what arrived or changed.
  let opened = false;
  const onSnapshot = (snapshot: LensSnapshot) => {
    if (!snapshot.complete) return;
    if (!opened) {
      opened = true;
      void serial(ensureOpen);
    } else sendNotes(notes.take([...snapshot.added, ...snapshot.changed]), LIMITS.batch);
  };
  const dwell = () => dwellFor(ctx.settings.global.readAfterMs);
  const onPage = followEntries(doc, model, { dwellMs: dwell(), slicer: ctx.slicer, isRead: (id) => read.has(id), onRead: (id) => readNow([id]), onSnapshot }, signal);
  // A delay chosen on the options page reaches this tab at once (the settings watch storage).
  const offSettings = ctx.settings.onChange(() => onPage.setDwell(dwell()));

  signal.addEventListener('abort', () => {
    offSettings();
    onPage.stop();
    void flush();
    listeners.clear();
  });

  // --- the API ------------------------------------------------------------------------------
  const api: ReadingApi = {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async markRead(entryIds) {
      readNow(entryIds.map(storeId));
      await flush();
    },
    async markAllRead() {
      // The ids also go out as markRead: entries whose meta is still queued (after an open) are not
      // stored yet, so the one markAllRead below, which may run before their noteEntries, misses them.
      readNow([...onPage.ids(), ...state.known]);
      await serial(async () => {
        await whenOpen();
        afterWrite((await send('markAllRead', { blog })).stored);
      });
    },
    async setStar(rawId, on) {
      const id = storeId(rawId);
      const before = state.starred.has(id);
      const settle = (value: boolean) => {
        state.settleStar(id, on, value);
        notify([]);
      };
      state.startStar(id, on);
      notify([]);
      try {
        const answer = await serial(async () => {
          await whenOpen();
          return send('setStar', { blog, entryId: id, starred: on });
        });
        afterWrite(answer.stored);
        // Not stored (private window): the star must not pretend to stick.
        settle(answer.stored ? on : before);
      } catch (error) {
        settle(before);
        throw error;
      }
    },
    async saveQuote(rawId, text, speaker) {
      const item = onPage.get(storeId(rawId))[0];
      const meta = item ? toEntryMeta(item.entry) : null;
      const answer = await serial(async () => {
        await whenOpen();
        return send('saveQuote', {
          id: quoteId(),
          text: cleanQuoteText(text),
          speaker: cleanSpeaker(speaker),
          blog,
          entry: meta?.id ?? storeId(rawId),
          entryTime: meta?.time ?? null,
          ...(meta?.timeLabel ? { entryTimeLabel: meta.timeLabel } : {}),
          permalink: meta?.permalink ?? null,
        });
      });
      afterWrite(answer.stored);
      return { stored: answer.stored && answer.quote !== null };
    },
    jumpToFirstNew() {
      const items = model.current().entries.filter((e) => fresh.has(storeId(e.entry.id)) && isShown(e.entry.element));
      const target = items.find((e) => !read.has(storeId(e.entry.id))) ?? items[0];
      if (!target) return false;
      const el = target.entry.element;
      el.scrollIntoView({ block: 'start', behavior: 'smooth' });
      // Keyboard users land on the entry's own control (in its private root), not back at the top.
      bus.emit('focusEntry', { element: el });
      return true;
    },
  };
  return api;
}
