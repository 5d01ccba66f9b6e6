// New entries and the reader's privacy, in Chromium (issue 14, finding 7; issue 13, points 5 and 6).
// The ordinary build: a page that looks everywhere it can (every open root, our hosts' sizes)
// finds no trace of what is new or read: the panel's reading section and the "n new" marker are
// behind closed roots, in a box of one size. The LBL_TEST=1 build (roots open) shows what the
// reader gets: the marker beside the tab jumps to the new entries, the toolbar badge counts them
// for the tab, entries that arrive while reading are counted too, and "Mark all read" in the
// panel clears both. Fixtures: tests/fixtures/blogs/budget-reading-state.html (+ three new entries).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, UI } from '../../lib/page-contract';
import { guardianBlock } from '../fixtures/blogs/guardian-block';
import { ROOT, ensureTestBuild, type LaunchedBrowser } from './harness';
import { readDb } from './extension-db';
import { servePages } from './page';
import { useLens } from './setup';

const BASE = 'https://www.theguardian.com/politics/live/2026/dec/02/autumn-budget-2026-live-updates';
const V1 = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-reading-state.html'), 'utf8');
const NEW_BLOCKS = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-three-new-entries.html'), 'utf8');
const V2 = V1.replace('<div id="top-of-blog"></div>\n', `<div id="top-of-blog"></div>\n${NEW_BLOCKS}`);
const FIRST_NEW = 'block-6931a000000000000006ccc6';
const ENTRIES = 14;
const TAB = SELECT.action(ACTION.panel);

const pages = new Map<string, string>();
const lens = useLens({ routes: { '/': '<!doctype html><title>not a fixture</title>' }, hosts: ['www.theguardian.com'] });
beforeAll(() => servePages(lens.context, pages));

async function visit(url: string, html: string, count: number, browser?: LaunchedBrowser): Promise<Page> {
  pages.set(url, html);
  const page = await lens.open(url, { count, browser, before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
  await page.waitForSelector(TAB, { state: 'attached' });
  return page;
}
async function openPanelHere(page: Page): Promise<void> {
  const aside = page.locator(`${SELECT.ui(UI.panel)} aside`);
  if (!(await aside.isVisible())) await page.click(TAB);
  await aside.waitFor({ state: 'visible' });
}
/** A first visit, stored, then the site posts three entries: the second visit. */
async function revisit(url: string, browser?: LaunchedBrowser): Promise<{ first: Page; again: Page }> {
  const first = await visit(url, V1, ENTRIES, browser);
  const context = (browser ?? lens.browser).context;
  const id = (browser ?? lens.browser).extensionId;
  await expect.poll(async () => (await readDb(context, id, 'blogs')).some((b) => b.key === url), { timeout: 8_000 }).toBe(true);
  const again = await visit(url, V2, ENTRIES + 3, browser);
  return { first, again };
}
/** The toolbar badges of the tabs showing `url` (its first visit's and its revisit's), joined. */
const badge = (browser: LaunchedBrowser, url: string) =>
  browser.context.serviceWorkers()[0]!.evaluate(async (u) => {
    const { tabs, action } = (globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getBadgeText(d: object): Promise<string> } };
    }).chrome;
    const texts = await Promise.all((await tabs.query({ url: `${u}*` })).map((tab) => action.getBadgeText({ tabId: tab.id })));
    return texts.filter(Boolean).join(',');
  }, url);

/** Everything a page script can read of our UI: text in every open root, our hosts' sizes. */
const whatThePageSees = (page: Page) =>
  page.evaluate((ui) => {
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          texts.push(el.shadowRoot.textContent ?? '');
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    const ours = [...document.querySelectorAll(`[${ui}]`)].map((el) => `${el.getAttribute(ui)} ${el.shadowRoot ? 'open' : 'closed'} ${el.getBoundingClientRect().width}x${el.getBoundingClientRect().height} ${el.scrollHeight}`);
    return { text: texts.join(' '), ours: ours.sort() };
  }, ATTR.ui);

describe('the page cannot read what is new or read (ordinary build)', () => {
  it('finds no count, no reading section and no marker; our hosts look the same with or without new entries', async () => {
    const url = `${BASE}-privacy`;
    const { first, again } = await revisit(url);
    await expect.poll(() => badge(lens.browser, url)).toBe('3'); // the reader's toolbar says so; the page cannot see it
    await openPanelHere(first);
    await openPanelHere(again);
    const [before, after] = [await whatThePageSees(first), await whatThePageSees(again)];
    expect(after.text).not.toMatch(/since your last visit|new entr|\d+ new|unread|Mark all read/i);
    expect(after.text).toContain('Speakers'); // the open root is readable, as the public contract says
    expect(after.ours.filter((o) => o.startsWith(UI.panelReading) || o.startsWith(UI.readingLayerPrivate))).toEqual([
      expect.stringMatching(/^panel-reading closed /),
      expect.stringMatching(/^reading-layer-private closed /),
    ]);
    // The page-level hosts (per-entry ones come with the entries, which differ in number).
    const pageLevel = (ours: string[]) => ours.filter((o) => /^(panel|panel-reading|reading-layer|reading-layer-private|filter-bar) /.test(o));
    expect(pageLevel(after.ours)).toEqual(pageLevel(before.ours));
    expect(await again.locator(`${SELECT.ui(UI.panel)} input[type="checkbox"]`).count()).toBe(0); // no unread / starred filters
  });
});

describe('new entries, for the reader (LBL_TEST=1 build)', () => {
  let test: LaunchedBrowser;
  beforeAll(async () => {
    test = await lens.launch({ extensionDir: ensureTestBuild() });
    await servePages(test.context, pages);
  }, 180_000);

  it('"3 new" beside the tab jumps to them; the badge counts them; a live update adds one; Mark all read in the panel clears all', async () => {
    const url = `${BASE}-marker`;
    const { again } = await revisit(url, test);
    const marker = again.locator(`${SELECT.ui(UI.readingLayerPrivate)} ${SELECT.action(ACTION.jumpNew)}`);
    await expect.poll(() => marker.getAttribute(ATTR.newCount), { timeout: 5_000 }).toBe('3');
    expect(await marker.textContent()).toBe('3 new');
    expect(await marker.getAttribute('aria-label')).toBe('3 new entries since your last visit');
    await expect.poll(() => badge(test, url)).toBe('3');

    await again.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await marker.click();
    await expect.poll(() => again.locator(SELECT.entry(FIRST_NEW)).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(120);

    // The site posts one more while the reader is at the bottom of the page.
    await again.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const late = guardianBlock({ id: 'block-6931a000000000000006ddd7', blog: url, time: '2026-12-02T16:40:00.000Z', title: 'Late', paragraphs: ['The Treasury has published the full costings.'] });
    await again.evaluate((m) => document.getElementById('top-of-blog')!.insertAdjacentHTML('afterend', m), late);
    await expect.poll(() => marker.getAttribute('aria-label'), { timeout: 5_000 }).toMatch(/1 new entry since you opened the page/);
    await expect.poll(() => badge(test, url)).toMatch(/^[1-4]$/); // some of the first three may have been read by now

    await openPanelHere(again);
    const reading = again.locator(`${SELECT.ui(UI.panelReading)} section.reading`);
    await reading.waitFor({ state: 'visible' });
    await again.locator(`${SELECT.ui(UI.panelReading)} ${SELECT.action(ACTION.markAllRead)}`).click();
    await expect.poll(() => marker.count(), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => badge(test, url), { timeout: 5_000 }).toBe('');
    expect(await reading.textContent()).toContain('No new entries since your last visit');
  });

  it('Jump to latest in the panel goes to the newest entry', async () => {
    const url = `${BASE}-latest`;
    const page = await visit(url, V2, ENTRIES + 3, test);
    await openPanelHere(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.locator(`${SELECT.ui(UI.panelReading)} ${SELECT.action(ACTION.jumpLatest)}`).click();
    await expect.poll(() => page.locator(`[${ATTR.current}]`).getAttribute(ATTR.entry)).toBe(FIRST_NEW);
  });
});
