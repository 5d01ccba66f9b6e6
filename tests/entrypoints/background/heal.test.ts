// Issue 14, finding 11: after a disk-full episode or a connection the browser closed, the
// background reopens its database by itself on the next message (no service-worker restart), and
// while it cannot write the sender gets a typed StorageUnavailableError with the reader's sentence,
// never resent, with nothing stored before lost. Failures are made with fake-indexeddb: a
// connection closed under Dexie, a write layer that answers QuotaExceededError, and an open that fails.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { isStorageUnavailable, STORAGE_UNAVAILABLE } from '../../../lib/protocol/errors';
import { isFinalError, sendWithRetry } from '../../../lib/protocol/retry';
import { createRouter, createSender, type Answer } from '../../../lib/protocol/wire';
import type { BackgroundProtocol } from '../../../lib/protocol/messages';
import type { LensDb } from '../../../lib/store/db';
import { BLOG, clock, openBlog, sampleEntries, testDb } from '../../unit/store/helpers';

type Sender = { tab: { id: number; incognito: boolean } };
const TAB: Sender = { tab: { id: 1, incognito: false } };
const SENTENCE = 'Cannot save now; what you saved is kept.';
const instant = () => Promise.resolve();

/** Makes every write fail with QuotaExceededError while `disk.full` is true (a DBCore layer, as Chrome's quota would). */
function withDisk(db: LensDb): { full: boolean } {
  const disk = { full: false };
  db.use({
    stack: 'dbcore',
    name: 'disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => (disk.full ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')) : table.mutate(req)),
        };
      },
    }),
  });
  return disk;
}

function setup(db: LensDb) {
  const handlers = createHandlers<Sender>(db, {
    isIncognito: () => false,
    storeIncognito: () => false,
    now: clock().now,
    heal: { sleep: instant, message: () => SENTENCE },
  });
  // Through the real router and sender, so the error's name is what a page receives.
  const route = createRouter<Sender>(handlers);
  const post = (message: unknown) => new Promise<Answer>((resolve) => route(structuredClone(message), TAB, resolve));
  const send = createSender<BackgroundProtocol>(post);
  return { handlers, send };
}

const blog = { url: BLOG, title: 'Live', site: 'guardian', entries: sampleEntries(3) };

describe('the background database heals itself', () => {
  it('reopens a connection that was closed under it, on the next message', async () => {
    const db = testDb();
    const { handlers, send } = setup(db);
    await openBlog(handlers, blog, TAB);
    // What Chrome does after a backing-store failure; Dexie then refuses every query.
    db.close();
    await expect(db.entries.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(await send('setStar', { blog: BLOG, entryId: 'block-1', starred: true })).toMatchObject({ stored: true });
    expect(db.isOpen()).toBe(true);
    expect((await db.entries.get([BLOG, 'block-1']))?.starred).toBeTypeOf('number');
  });

  it('answers a typed, final StorageUnavailableError while the disk is full, then writes once space is back', async () => {
    const db = testDb();
    const disk = withDisk(db);
    const { handlers, send } = setup(db);
    await openBlog(handlers, blog, TAB);
    await send('setStar', { blog: BLOG, entryId: 'block-0', starred: true });

    disk.full = true;
    let tries = 0;
    const error = await sendWithRetry(() => {
      tries++;
      return send('setStar', { blog: BLOG, entryId: 'block-2', starred: true });
    }, { sleep: instant }).catch((e: unknown) => e);
    expect(isStorageUnavailable(error)).toBe(true);
    expect((error as Error).name).toBe(STORAGE_UNAVAILABLE);
    expect((error as Error).message).toBe(SENTENCE);
    expect(isFinalError(error)).toBe(true);
    expect(tries).toBe(1); // the background already retried; the page is told at once
    // Nothing stored before is lost, and the failed star was not half-written.
    expect((await db.entries.get([BLOG, 'block-0']))?.starred).toBeTypeOf('number');
    expect((await db.entries.get([BLOG, 'block-2']))?.starred).toBeUndefined();

    disk.full = false;
    db.close(); // the browser also dropped the connection meanwhile
    expect(await send('setStar', { blog: BLOG, entryId: 'block-2', starred: true })).toMatchObject({ stored: true });
    expect((await db.entries.get([BLOG, 'block-2']))?.starred).toBeTypeOf('number');
  });

  it('retries an open that failed, and recovers when the store can be opened again', async () => {
    const real = new IDBFactory();
    const state = { broken: false };
    const factory = {
      open: (...args: Parameters<IDBFactory['open']>) => {
        if (state.broken) throw new DOMException('Internal error opening backing store', 'UnknownError');
        return real.open(...args);
      },
      deleteDatabase: (name: string) => real.deleteDatabase(name),
      databases: () => real.databases(),
      cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    } as unknown as IDBFactory;
    const db = testDb(factory);
    const { handlers, send } = setup(db);
    await openBlog(handlers, blog, TAB);
    db.close();
    state.broken = true;
    await expect(send('markRead', { blog: BLOG, entryIds: ['block-0'] })).rejects.toMatchObject({ name: STORAGE_UNAVAILABLE });
    state.broken = false;
    expect(await send('markRead', { blog: BLOG, entryIds: ['block-0'] })).toEqual({ changed: 1, stored: true });
  });

  it('still refuses a malformed message at once, without touching the database', async () => {
    const db = testDb();
    const { send } = setup(db);
    db.close();
    await expect(send('setStar', { blog: 'javascript:alert(1)', entryId: 'x', starred: true } as never)).rejects.toMatchObject({ name: 'ValidationError' });
    expect(db.isOpen()).toBe(false);
  });
});
