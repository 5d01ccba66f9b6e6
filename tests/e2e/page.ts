// Helpers for one page of the built extension in Chromium: the entries it marked (and their paths,
// comparable with the analyser's in Node), waits that say what went wrong, the page's own errors,
// a record of every DOM mutation, the User Timing measures, and a reader's text selection.
import type { BrowserContext, Page } from 'playwright-core';
import { ACTION, ATTR, SELECT, TAG } from '../../lib/page-contract';

/** A marked element: its `data-lbl-entry` and its path from <body> (`tag#id:index>…`), comparable with Node's. */
export interface MarkedEntry { id: string; path: string }

/**
 * Structural path of an element from <body> over the site's own elements (our `data-lbl-ui`
 * stubs and rows are not counted); the in-page twin is in `markedEntries`.
 */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  const own = (p: Element) => Array.prototype.filter.call(p.children, (c: Element) => !c.hasAttribute(ATTR.ui));
  for (let n: Element | null = el; n && n.tagName !== 'BODY'; n = n.parentElement) {
    const index = n.parentElement ? own(n.parentElement).indexOf(n) : 0;
    parts.unshift(`${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}:${index}`);
  }
  return parts.join('>');
}

// Written as plain JS source, not a function: serialising a transpiled function can drag in
// helpers (esbuild's __name) that do not exist in the page.
const MARKED_ENTRIES = `Array.from(document.querySelectorAll('${SELECT.entry()}'), (el) => {
  const parts = [];
  const own = (p) => Array.prototype.filter.call(p.children, (c) => !c.hasAttribute('${ATTR.ui}'));
  for (let n = el; n && n.tagName !== 'BODY'; n = n.parentElement) {
    const index = n.parentElement ? own(n.parentElement).indexOf(n) : 0;
    parts.unshift(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + ':' + index);
  }
  return { id: el.getAttribute('${ATTR.entry}') || '', path: parts.join('>') };
})`;

/** Every marked entry element in document order. */
export async function markedEntries(page: Page): Promise<MarkedEntry[]> {
  return (await page.evaluate(MARKED_ENTRIES)) as MarkedEntry[];
}

const pageErrors = new WeakMap<Page, string[]>();

/** The uncaught errors of a page that `trackPageErrors` watches (every page `lens.open` opens). */
export const errorsOf = (page: Page): readonly string[] => pageErrors.get(page) ?? [];

/** Keeps the page's uncaught errors (content scripts' included) for `waitForMarkedEntries` to report. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return errors;
}

/**
 * Waits until entries are marked: at least `count` of them when given, else until the number of
 * marks has stopped changing for `settleMs` (the reader marks a page in one pass, then batches).
 */
export async function waitForMarkedEntries(page: Page, options: { count?: number; timeout?: number; settleMs?: number } = {}): Promise<MarkedEntry[]> {
  const { count, timeout = 10_000, settleMs = 300 } = options;
  const selector = SELECT.entry();
  const marks = ([n, s]: [number, string]) => document.querySelectorAll(s).length >= n;
  await page.waitForFunction(marks, [count ?? 1, selector] as [number, string], { timeout }).catch(async (error: Error) => {
    // A bare timeout says nothing; how many marks there were and what threw says where to look.
    const found = await page.evaluate((s) => document.querySelectorAll(s).length, selector).catch(() => '?');
    const errors = pageErrors.get(page) ?? [];
    throw new Error(`${found} of ${count ?? '≥1'} entries marked on ${page.url()} after ${timeout} ms (${error.message.split('\n')[0]})` +
      (errors.length ? `\nPage errors:\n${errors.join('\n')}` : ''));
  });
  if (count === undefined) {
    let last = -1;
    for (const end = Date.now() + timeout; Date.now() < end; ) {
      const now = await page.evaluate((s) => document.querySelectorAll(s).length, selector);
      if (now === last) break;
      last = now;
      await page.waitForTimeout(settleMs);
    }
  }
  return markedEntries(page);
}

/** One DOM mutation seen by `recordMutations`. */
export interface MutationRecordLite {
  type: 'attributes' | 'childList' | 'characterData' | 'message';
  /** `<serial>:<tag>#<id>`: the serial is stable per node, so writes to one element can be counted. */
  target: string;
  attribute: string | null;
  /** The attribute's value when the record was delivered. */
  value: string | null;
  added: string[];
  removed: string[];
  /** False for what the HTML parser did before DOMContentLoaded, true for everything after. */
  afterParse: boolean;
}

// Runs at document_start in the page's main world. Parser insertions are also mutations, so they
// are flushed with takeRecords() at DOMContentLoaded and flagged; content scripts run at
// document_idle, after that listener, so anything they do is flagged `afterParse`.
const MUTATION_RECORDER = `(() => {
  if (window.__lblMutations) return;
  const records = [];
  const serials = new WeakMap();
  let next = 1;
  let parsed = false;
  const name = (n) => {
    if (!serials.has(n)) serials.set(n, next++);
    const tag = n.nodeType === 1 ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') : n.nodeName;
    return serials.get(n) + ':' + tag;
  };
  const push = (list) => {
    for (const r of list) {
      const value = r.attributeName && r.target.getAttribute ? r.target.getAttribute(r.attributeName) : null;
      records.push({ type: r.type, target: name(r.target), attribute: r.attributeName, value,
        added: Array.from(r.addedNodes, name), removed: Array.from(r.removedNodes, name), afterParse: parsed });
    }
  };
  // Messages posted to the window count as traces too (WXT's content-script context posts one).
  window.addEventListener('message', (e) => {
    records.push({ type: 'message', target: 'window', attribute: null, value: String(e.data && e.data.type || typeof e.data),
      added: [], removed: [], afterParse: parsed });
  }, true);
  const observer = new MutationObserver(push);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => { push(observer.takeRecords()); parsed = true; }, { capture: true, once: true });
  Object.defineProperty(window, '__lblMutations', { value: records });
})();`;

/** Records every DOM mutation of the pages `page` loads from now on (call before `goto`). */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript({ content: MUTATION_RECORDER });
}

/** The mutations recorded so far (only those after parsing unless `all`). */
export async function readMutations(page: Page, { all = false } = {}): Promise<MutationRecordLite[]> {
  const records = (await page.evaluate('window.__lblMutations || null')) as MutationRecordLite[] | null;
  if (!records) throw new Error('recordMutations(page) was not called before the page loaded');
  return all ? records : records.filter((r) => r.afterParse);
}

/** The page's User Timing measures with these names, read in the page (main world). */
export async function measures(page: Page, names: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (list) => Object.fromEntries(list.map((n) => [n, performance.getEntriesByName(n, 'measure').length])),
    names,
  );
}

/** Selects the first `length` characters of the first quote paragraph of an entry, as a reader would. */
export async function selectInQuote(page: Page, entryId: string, length: number): Promise<void> {
  const ok = await page.evaluate(
    ({ selector, length }) => {
      const text = document.querySelector(`${selector} blockquote p`)?.firstChild;
      if (!text) return false;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    },
    { selector: SELECT.entry(entryId), length },
  );
  if (!ok) throw new Error(`no quote paragraph in entry ${entryId}`);
}

/**
 * Serves `pages` (URL without query -> HTML) to every page of `context`, ahead of the fixture
 * server; the map may change between visits, as a live blog's server does.
 */
export async function servePages(context: BrowserContext, pages: ReadonlyMap<string, string>): Promise<void> {
  await context.route('https://www.theguardian.com/**', async (route) => {
    const u = new URL(route.request().url());
    const html = pages.get(`${u.origin}${u.pathname}`);
    if (html === undefined) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html, headers: { 'cache-control': 'no-store' } });
  });
}

/** The panel's contents (inside `<liveblog-lens-panel>`'s open root; Playwright's CSS pierces it). */
export const panelOf = (page: Page) => page.locator(`${TAG.panel} aside`);

/** Opens the panel from its tab unless it is open already (its state is remembered per site). */
export async function openPanel(page: Page): Promise<void> {
  if (!(await panelOf(page).isVisible())) await page.click(SELECT.action(ACTION.panel));
  await panelOf(page).waitFor({ state: 'visible' });
}

/** The panel's button for one speaker. */
export const speakerButton = (page: Page, name: string) => page.locator(SELECT.speaker(name));
