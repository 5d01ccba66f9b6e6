// The page's copy of one blog's reading state, without any I/O: what the reading feature changes
// when the reader acts, merges from the store's answers, and hands out as immutable views.
import { storeEntryId, toEntryMeta } from '@/lib/protocol/entry-meta';
import type { BlogState, EntryMeta } from '@/lib/store/types';
import type { LensEntry } from '../core/model';
import type { ReadingView } from '../core/reading-api';

/** An entry id as the store keys it (never empty: see `storeEntryId`). */
export const storeId = storeEntryId;

/** The state holder. Mutators return whether anything changed, so callers notify only then. */
export interface ReadingState {
  readonly read: ReadonlySet<string>;
  readonly starred: ReadonlySet<string>;
  readonly fresh: ReadonlySet<string>;
  /** Every id the store knows on this blog (older pages included): what "mark all read" covers. */
  readonly known: ReadonlySet<string>;
  /** The store answered `openBlogDigest`: its state, the ids new since the last visit, whether it stores. */
  opened(state: BlogState, newIds: readonly string[], stored: boolean): void;
  /** A later state from the store (another tab may have written). */
  merge(state: BlogState): void;
  /** Marks ids read here; returns the ids that were not read before. */
  markRead(ids: Iterable<string>): string[];
  /** The reader starred or unstarred: shown at once, and kept over refreshes until `settleStar`. */
  startStar(id: string, on: boolean): void;
  /** The store answered a star: `value` is what to show now (the old value when not stored). */
  settleStar(id: string, on: boolean, value: boolean): void;
  /** The store said it keeps nothing for this page (a private window). */
  notRemembered(): boolean;
  view(): ReadingView;
}

/** A fresh, empty state (nothing known until the store answers). */
export function createReadingState(): ReadingState {
  const read = new Set<string>();
  const starred = new Set<string>();
  const fresh = new Set<string>();
  const known = new Set<string>();
  /** Stars sent but not yet answered: they win over a refresh that may predate them. */
  const starring = new Map<string, boolean>();
  let available = false;
  let remembered = true;

  const put = (set: Set<string>, id: string, on: boolean) => (on ? set.add(id) : set.delete(id));
  const merge = (state: BlogState) => {
    for (const id of state.read) read.add(id); // reads are never undone, so a union is exact
    for (const [id] of state.known) known.add(id);
    starred.clear();
    for (const id of state.starred) starred.add(id);
    for (const [id, on] of starring) put(starred, id, on);
  };

  return {
    read,
    starred,
    fresh,
    known,
    opened(state, newIds, stored) {
      merge(state);
      for (const id of newIds) fresh.add(id);
      available = true;
      remembered = stored;
    },
    merge,
    markRead(ids) {
      const added: string[] = [];
      for (const id of ids) {
        if (!id || read.has(id)) continue;
        read.add(id);
        added.push(id);
      }
      return added;
    },
    startStar(id, on) {
      starring.set(id, on);
      put(starred, id, on);
    },
    settleStar(id, on, value) {
      if (starring.get(id) !== on) return; // a later click owns the state now
      starring.delete(id);
      put(starred, id, value);
    },
    notRemembered() {
      if (!remembered) return false;
      remembered = false;
      return true;
    },
    view: () => ({ available, remembered, read: new Set(read), starred: new Set(starred), fresh: new Set(fresh) }),
  };
}

/** Entries' meta per `noteEntries` after an open: small writes that never hold up the reader's own. */
export const NOTE_BATCH = 200;

/** What has been sent about entries: each is sent once, and again when the pipeline renames its speakers. */
export interface EntryNotes {
  /** The entries of `items` not sent yet or changed since, as the store wants them; marks them sent. */
  take(items: readonly LensEntry[]): EntryMeta[];
  /**
   * Opening the blog: every entry's meta once (a pinned copy shares its original's id), each
   * counted as sent, whatever was sent before (the open describes them all).
   */
  takeAll(metas: readonly EntryMeta[]): EntryMeta[];
  /** These (or all) were not received after all: send them again next time. */
  forget(entries?: readonly EntryMeta[]): void;
}

/** What the store keeps about an entry: its meta, with the speakers the pipeline found in it. */
export const metaOf = (item: LensEntry): EntryMeta => toEntryMeta(item.entry, item.speakers);

/** An empty record of sent entries. */
export function createEntryNotes(): EntryNotes {
  const sent = new Map<string, string>();
  const keep = (metas: readonly EntryMeta[], all: boolean) => {
    const out: EntryMeta[] = [];
    const seen = new Set<string>();
    for (const meta of metas) {
      if (seen.has(meta.id)) continue; // a pinned copy shares its original's id
      seen.add(meta.id);
      const said = meta.speakers.join('\n');
      if (!all && sent.get(meta.id) === said) continue;
      sent.set(meta.id, said);
      out.push(meta);
    }
    return out;
  };
  return {
    take: (items) => keep(items.map(metaOf), false),
    takeAll: (metas) => keep(metas, true),
    forget(entries) {
      if (!entries) sent.clear();
      else for (const e of entries) sent.delete(e.id);
    },
  };
}

/** A quote id the validators accept: a UUID where the page is a secure context, random hex elsewhere. */
export function quoteId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
