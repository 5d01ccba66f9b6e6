// The extension's own data as a test reads it: rows of its database, read inside the extension's
// origin (its service worker, or an extension page while the worker sleeps) with IndexedDB itself
// rather than our store code; and a browser profile that outlives one launch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';

/** A row of the store, as plain data. */
export type Row = Record<string, unknown>;

// Plain JS source, not a function: a transpiled function can drag in helpers the worker lacks.
// Opening without a version opens the current one; a database that does not exist yet is not
// created (the upgrade is aborted), so reading never gets ahead of the extension's own schema.
const READ_STORE = `async (store) => {
  const db = await new Promise((ok, fail) => {
    const req = indexedDB.open('liveblog-lens');
    req.onupgradeneeded = () => req.transaction.abort();
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  }).catch(() => null);
  if (!db) return [];
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    return await new Promise((ok, fail) => {
      const req = db.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  } finally {
    db.close();
  }
}`;

function extensionWorker(context: BrowserContext, extensionId: string): Worker | undefined {
  return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
}

/** Every row of one object store of the extension's database ('blogs', 'entries', 'quotes'). */
export async function readDb(context: BrowserContext, extensionId: string, store: 'blogs' | 'entries' | 'quotes'): Promise<Row[]> {
  const worker = extensionWorker(context, extensionId);
  if (worker) {
    try {
      return (await worker.evaluate(`(${READ_STORE})(${JSON.stringify(store)})`)) as Row[];
    } catch {
      // The worker stopped between the lookup and the call: read from an extension page instead.
    }
  }
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    return (await page.evaluate(`(${READ_STORE})(${JSON.stringify(store)})`)) as Row[];
  } finally {
    await page.close();
  }
}

/** A browser profile that outlives one launch: pass `dir` as `userDataDir`, `remove()` it when done. */
export interface KeptProfile {
  dir: string;
  remove(): void;
}

export function keptProfile(): KeptProfile {
  const dir = mkdtempSync(join(tmpdir(), 'lbl-kept-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }) };
}
