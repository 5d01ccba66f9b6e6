// The reading service's contract: what it offers the features that draw reading state (star, save
// quote, the new-entries notice, the panel): the state as an immutable view, and the reader's
// actions. Types only (and the empty view), so features depend on this, not on how
// reading/service.ts keeps the state.

/** The reader's reading state for this blog, as the reading service keeps it. */
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

/**
 * What changed since a listener was last told: the ids newly read when reads are all that changed
 * (a star, or nothing, gives `[]`), else null (an open, a refresh from another tab: anything may
 * have). A feature that counts reads moves its counts by these ids instead of going over the blog.
 */
export interface ReadingChange {
  read: readonly string[] | null;
}

/** The answer to a save: false when nothing was stored (a private window). */
export interface SaveResult {
  stored: boolean;
}

/** Reading state and its actions. */
export interface ReadingApi {
  view(): ReadingView;
  subscribe(listener: (view: ReadingView, change: ReadingChange) => void): () => void;
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

/** A view before the state has loaded (or when it cannot). */
export const NO_READING: ReadingView = { available: false, read: new Set(), starred: new Set(), fresh: new Set() };
