// Read, starred and saved in the reader view: the same store as the page, through the protocol's
// messages from this extension page (the background is the one writer), kept in the same pure
// state holder as the page's reading service, and in agreement with the page and other tabs
// through the storage module's "blog changed" notes (a write here makes the page re-read the
// state, and a write elsewhere makes this view re-read it).
import { cleanQuoteText, cleanSpeaker } from '@/lib/quote-speaker';
import { toEntryMeta } from '@/lib/protocol/entry-meta';
import { LIMITS } from '@/lib/protocol/limits';
import { isFinalError } from '@/lib/protocol/retry';
import { blogKey } from '@/lib/store/blog-key';
import type { Annotation } from '@/lib/annotate';
import type { Entry } from '@/lib/types';
import type { ReadingView } from '../reader.content/core/reading-api';
import { createEntryNotes, createReadingState, quoteId, storeId } from '../reader.content/reading/state';
import { startSync } from '../reader.content/reading/sync';
import type { Send } from '../shared/messenger';
import type { LensStorage } from '../shared/storage';

/** How long reads wait to be sent together (as in the page). */
const FLUSH_MS = 2000;

/** The view's reading state and actions. */
export interface ViewReading {
  view(): ReadingView;
  subscribe(listener: () => void): () => void;
  setStar(id: string, on: boolean): Promise<void>;
  markRead(ids: readonly string[]): void;
  saveQuote(entry: Entry, text: string, speaker: string | null): Promise<{ stored: boolean }>;
  /** Entries of the blog's other pages, so the library knows them (each sent once, again when renamed). */
  note(items: ReadonlyArray<Annotation & { entry: Entry }>): void;
}

/** Starts the reading client for the blog at `url`; `fresh` are the ids new since the last visit (from the page). */
export function createViewReading(url: string, fresh: readonly string[], send: Send, storage: Pick<LensStorage, 'blogChanged'>, signal: AbortSignal): ViewReading {
  const blog = blogKey(url);
  const state = createReadingState();
  const notes = createEntryNotes();
  const listeners = new Set<() => void>();
  let view = state.view();
  const notify = () => {
    view = state.view();
    listeners.forEach((l) => l());
  };
  const load = async () => {
    try {
      const current = await send('getBlogState', { blog });
      if (!view.available) state.opened(current, fresh.map(storeId), true);
      else state.merge(current);
      notify();
    } catch (error) {
      console.warn('[Liveblog Lens] could not load the reading state', error);
    }
  };
  const sync = startSync(document, blog, storage.blogChanged, () => void load(), signal);
  const afterWrite = (stored: boolean) => {
    if (stored) sync.changed();
    else if (state.notRemembered()) notify();
  };
  void load();

  const unsent = new Set<string>();
  let timer = 0;
  const flush = async () => {
    timer = 0;
    const ids = [...unsent].slice(0, LIMITS.batch);
    ids.forEach((id) => unsent.delete(id));
    if (unsent.size) timer = window.setTimeout(() => void flush(), 0);
    if (!ids.length) return;
    try {
      afterWrite((await send('markRead', { blog, entryIds: ids })).stored);
    } catch (error) {
      if (!isFinalError(error)) ids.forEach((id) => unsent.add(id));
    }
  };
  signal.addEventListener('abort', () => void flush());

  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async setStar(rawId, on) {
      const id = storeId(rawId);
      const before = state.starred.has(id);
      state.startStar(id, on);
      notify();
      try {
        const answer = await send('setStar', { blog, entryId: id, starred: on });
        afterWrite(answer.stored);
        state.settleStar(id, on, answer.stored ? on : before);
      } catch (error) {
        state.settleStar(id, on, before);
        throw error;
      } finally {
        notify();
      }
    },
    markRead(ids) {
      const added = state.markRead(ids.map(storeId));
      if (!added.length) return;
      added.forEach((id) => unsent.add(id));
      notify();
      if (!timer) timer = window.setTimeout(() => void flush(), FLUSH_MS);
    },
    async saveQuote(entry, text, speaker) {
      const meta = toEntryMeta(entry);
      const answer = await send('saveQuote', {
        id: quoteId(),
        text: cleanQuoteText(text),
        speaker: cleanSpeaker(speaker),
        blog,
        entry: meta.id,
        entryTime: meta.time,
        ...(meta.timeLabel ? { entryTimeLabel: meta.timeLabel } : {}),
        permalink: meta.permalink,
      });
      afterWrite(answer.stored);
      return { stored: answer.stored && answer.quote !== null };
    },
    note(items) {
      const metas = notes.take(items);
      for (let i = 0; i < metas.length; i += LIMITS.batch) {
        const batch = metas.slice(i, i + LIMITS.batch);
        send('noteEntries', { blog, entries: batch }).then(
          (answer) => afterWrite(answer.stored),
          () => notes.forget(batch),
        );
      }
    },
  };
}
