// A database that heals itself. Chrome closes an IndexedDB connection after some failures (disk
// full, a crashed backing store); Dexie then answers every query with DatabaseClosedError until
// someone opens it again, and a service worker that stays alive would fail for good (issue 14,
// finding 11). `healing` wraps the background's handlers: when one fails with a storage error, the
// database is closed and reopened (one reopen at a time, with back-off) and the handler runs again
// (every write is idempotent, and a failed transaction wrote nothing). When it still fails, the
// sender gets a StorageUnavailableError: a typed answer the page can say plainly.
import type { Dexie } from 'dexie';
import { StorageUnavailableError } from '../protocol/errors';

/** Error names that mean "the database is unusable now", not "this message is wrong". */
const STORAGE_FAILURES = new Set([
  'DatabaseClosedError', 'OpenFailedError', 'QuotaExceededError', 'UnknownError', 'InvalidStateError', 'AbortError',
  'TransactionInactiveError',
]);

/** True when `error` (or the error Dexie wrapped) is a storage failure that a reopen may cure. */
export function isStorageFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && STORAGE_FAILURES.has(name)) return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Options of `healing`. */
export interface HealOptions {
  /** Waits before each reopen, in ms (default 0, 250, 1000: about 1.3 s before the sender is told). */
  delaysMs?: readonly number[];
  /** How to wait (tests pass an instant one). */
  sleep?: (ms: number) => Promise<void>;
  /** The reader's sentence for "cannot save now" (localised by the caller). */
  message?: () => string;
}

/** Handlers by message name, as the router calls them. */
type AnyHandlers<S> = { [name: string]: (data: unknown, sender: S) => Promise<unknown> };

/** Wraps every handler of `handlers` so that a storage failure reopens `db` and runs it again. */
export function healing<S, H extends AnyHandlers<S>>(db: Dexie, handlers: H, options: HealOptions = {}): H {
  const delays = options.delaysMs ?? [0, 250, 1000];
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const message = options.message ?? (() => 'Liveblog Lens cannot save right now (the disk may be full). Nothing saved before is lost.');
  let reopening: Promise<void> | null = null;

  /** Closes and opens the database once, shared by every message that failed meanwhile. */
  const reopen = (): Promise<void> => {
    reopening ??= (async () => {
      try {
        db.close();
        await db.open();
      } finally {
        reopening = null;
      }
    })();
    return reopening;
  };

  const out: AnyHandlers<S> = {};
  for (const [name, run] of Object.entries(handlers)) {
    out[name] = async (data, sender) => {
      let last: unknown;
      try {
        return await run(data, sender);
      } catch (error) {
        if (!isStorageFailure(error)) throw error;
        last = error;
      }
      for (const delay of delays) {
        await sleep(delay);
        try {
          await reopen();
          return await run(data, sender);
        } catch (error) {
          if (!isStorageFailure(error)) throw error;
          last = error;
        }
      }
      throw new StorageUnavailableError(message(), { cause: last });
    };
  }
  return out as H;
}
