import type { Detection } from '@/lib/types';
import type { LensModel } from './model';
import type { Settings } from './settings';

/**
 * What every reader feature gets. A feature is one file: it starts from this context, decorates
 * the page or mounts UI, and undoes all of it when `signal` aborts (the extension was updated or
 * reloaded and this content script lost its connection).
 */
export interface ReaderContext {
  doc: Document;
  url: string;
  host: string;
  detection: Detection;
  model: LensModel;
  settings: Settings;
  /** Cross-feature events (e.g. `lbl:filter`, `lbl:toggle-panel`), dispatched on this target. */
  bus: EventTarget;
  /** Set by the reading feature when it starts (features after it may use it). */
  reading?: ReadingApi;
  signal: AbortSignal;
}

/** One reader feature: starts, and cleans up on `ctx.signal`. */
export type Feature = (ctx: ReaderContext) => void | Promise<void>;

/** The reader's reading state for this blog, as the reading feature keeps it (see reading.ts). */
export interface ReadingView {
  /** False while loading, or when the background could not be reached. */
  available: boolean;
  read: ReadonlySet<string>;
  starred: ReadonlySet<string>;
  /** Entries that appeared since the reader's last visit. */
  fresh: ReadonlySet<string>;
  /**
   * False when the background stores nothing for this page (a private window, unless the reader
   * allowed it): reads then last only as long as the page, and stars and quotes are not kept.
   * Optional so that a stand-in view ("not loaded yet") need not say; absent means true.
   */
  remembered?: boolean;
}

/** The answer to a save: false when nothing was stored (a private window). */
export interface SaveResult {
  stored: boolean;
}

/** Reading state and its actions, shared by the reading feature (owner) and the panel (user). */
export interface ReadingApi {
  view(): ReadingView;
  subscribe(listener: (view: ReadingView) => void): () => void;
  markAllRead(): Promise<void>;
  setStar(entryId: string, starred: boolean): Promise<void>;
  /** The reader marked entries read (batched with the automatic reads; resolves once sent). */
  markRead(entryIds: string[]): Promise<void>;
  /**
   * Saves a quote from an entry with its speaker (null: none); the entry's time and permalink are
   * added here. Rejects when the background refused it or could not be reached.
   */
  saveQuote(entryId: string, text: string, speaker: string | null): Promise<SaveResult>;
  /** Scrolls to the first new entry (the first unread one, if any); false when there is none. */
  jumpToFirstNew(): boolean;
}
