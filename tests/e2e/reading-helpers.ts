// Helpers of the reading e2e tests: serve changing blog pages, and read the extension's database
// from inside the extension's origin (its service worker, or an extension page when the worker is
// asleep), with IndexedDB directly rather than through our own store code.
import type { BrowserContext, Page, Worker } from 'playwright-core';

/** A row of the store, as plain data. */
export type Row = Record<string, unknown>;

/**
 * Serves `pages` (URL without query -> HTML) to every page of `context`; the map may change
 * between visits, as a live blog's server does. Other requests go to the network (the fixture server).
 */
export async function servePages(context: BrowserContext, pages: ReadonlyMap<string, string>): Promise<void> {
  await context.route('https://www.theguardian.com/**', async (route) => {
    const u = new URL(route.request().url());
    const html = pages.get(`${u.origin}${u.pathname}`);
    if (html === undefined) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html, headers: { 'cache-control': 'no-store' } });
  });
}

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

/** A Guardian stream block shaped like the fixture's, for generated long blogs (entry `i`, ids in order). */
export function guardianBlock(url: string, i: number): string {
  const id = `block-${(0x6931b0000000 + i).toString(16).padStart(24, '0')}`;
  const time = new Date(Date.UTC(2026, 11, 2, 8, 0, 0) + i * 60_000).toISOString();
  return (
    `<article id="${id}" class="block"><header><div><a href="${url}?page=with:${id}#${id}"><time dateTime="${time}">${i}m</time>` +
    `<span>${time.slice(11, 16)}&#160;GMT</span></a></div><h2>Update ${i}</h2></header>` +
    `<p>Entry ${i}: ministers, councils and unions responded to the statement over the course of the day.</p>` +
    `<p>Markets, charities and business groups gave their own verdicts on item ${i} of the package.</p><footer></footer></article>\n`
  );
}

/** Selects the first `length` characters of the first quote paragraph of an entry, as a reader would. */
export async function selectInQuote(page: Page, entryId: string, length: number): Promise<void> {
  await page.evaluate(
    ({ id, length }) => {
      const text = document.querySelector(`[data-lbl-entry="${id}"] blockquote p`)!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { id: entryId, length },
  );
}
