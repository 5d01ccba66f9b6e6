// Errors the background names in its answers so that a page can tell the reader what happened in
// plain words. The name survives the trip (wire.ts keeps it); pages test the name, never the text.

/** The name of the answer "the database cannot write right now" (disk full, database closed). */
export const STORAGE_UNAVAILABLE = 'StorageUnavailableError';

/**
 * The background could not reach its database even after reopening it. Nothing was written by
 * this message; what was stored before is kept. The message is the reader's sentence (localised
 * by the background), so a page may show it as is or its own words for the same name.
 */
export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = STORAGE_UNAVAILABLE;
  }
}

/** True when a protocol answer says the database cannot write now (show it; resending at once will not help). */
export function isStorageUnavailable(error: unknown): boolean {
  return error instanceof Error && error.name === STORAGE_UNAVAILABLE;
}
