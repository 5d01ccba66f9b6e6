// The sending side of a write. Chrome stops an idle service worker and may do so between a
// message and its answer; the answer then never comes and sendMessage rejects. Every write in
// the protocol is idempotent (set, not toggle; quote ids made by the page), so resending is safe.

import { STORAGE_UNAVAILABLE } from './errors';

/** Options of `sendWithRetry`. */
export interface RetryOptions {
  /** Tries in all (default 4). */
  attempts?: number;
  /** Wait before the first retry, doubled each time (default 250 ms). */
  delayMs?: number;
  /** How to wait (tests pass an instant one). */
  sleep?: (ms: number) => Promise<void>;
}

/** Errors that resending cannot cure: the message itself is wrong, or the extension is gone. */
const FINAL = /^Invalid \w+ message|Extension context invalidated|Unknown blog|not accepted from this sender/;
// A StorageUnavailableError is final too: the background already reopened its database and tried
// again with back-off, so the sender should tell the reader now rather than wait longer.
const REFUSALS = new Set(['ValidationError', 'UnknownBlogError', 'RefusedError', STORAGE_UNAVAILABLE]);

/** True when the error says the message was refused (no retry) rather than lost in transit. */
export function isFinalError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return REFUSALS.has(error.name) || FINAL.test(error.message);
}

/**
 * Calls `send` until it resolves, retrying transport failures (worker stopped, port closed) with
 * back-off, and rethrowing refusals (`isFinalError`) at once. Resolves with the background's
 * answer, which comes only after the write committed.
 */
export async function sendWithRetry<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let delay = options.delayMs ?? 250;
  for (let i = 1; ; i++) {
    try {
      return await send();
    } catch (error) {
      if (i >= attempts || isFinalError(error)) throw error;
      await sleep(delay);
      delay *= 2;
    }
  }
}
