// Reading state and saved quotes in the shipped build, in a real Chromium: stars survive a
// reload and agree across tabs, entries on screen long enough become read (and only those), a
// revisit marks what appeared since as new, a selection is saved as a quote with its speaker, and
// none of it lands in the news site's own storage. The store is checked in the extension's origin.
// Reading state is drawn inside private shadow roots the page cannot open, so these tests run on
// the LBL_TEST=1 build, whose private roots are open (privacy.test.ts proves, on the ordinary
// build, that the page cannot tell them apart).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION, ATTR, MEASURE, SELECT, UI } from '../../lib/page-contract';
import { numberedBlock } from '../fixtures/blogs/guardian-block';
import { ROOT, ensurePerfBuild, ensureTestBuild, type LaunchedBrowser } from './harness';
import { selectInQuote, servePages, waitForMarkedEntries } from './page';
import { useLens } from './setup';
import { readDb } from './extension-db';

const BASE = 'https://www.theguardian.com/politics/live/2026/dec/02/autumn-budget-2026-live-updates';
const V1 = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-reading-state.html'), 'utf8');
const NEW_BLOCKS = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-three-new-entries.html'), 'utf8');
/** The same blog after three live updates landed at the top of the stream. */
const V2 = V1.replace('<div id="top-of-blog"></div>\n', `<div id="top-of-blog"></div>\n${NEW_BLOCKS}`);
const NEW_IDS = ['block-6931a000000000000006ccc6', 'block-6931a000000000000006bbb5', 'block-6931a000000000000006aaa4'];
const ENTRIES = 14;
// Stream order (newest first): the top entry, the one quoting the chancellor, one without speakers, the last.
const TOP = 'block-6931a000000000000000dddd';
const MIDDLE = 'block-6931a0000000000000007777';
const QUOTING = 'block-6931a0000000000000004444';
const NO_SPEAKER = 'block-6931a0000000000000005555';
const BOTTOM = 'block-6931a0000000000000000000';
const MARSH_QUOTE = 'We will not borrow to pay for day-to-day spending, and we will not raise income tax, national insurance or VAT on working people.';
const STAR = SELECT.action(ACTION.star);

/** One blog per test, so no test sees another's state (all share one browser profile). */
const blog = (slug: string) => `${BASE}-${slug}`;
const pages = new Map<string, string>();

// The fixture server gives the browser its host mapping; blog pages are served from `pages`, so a
// test can change what the "site" serves between visits.
const lens = useLens({ routes: { '/': '<!doctype html><title>not a fixture</title>' }, hosts: ['www.theguardian.com'] });
let testBrowser: LaunchedBrowser;
beforeAll(async () => {
  testBrowser = await lens.launch({ extensionDir: ensureTestBuild() });
  await servePages(testBrowser.context, pages);
}, 180_000);

async function visit(url: string, html = V1, count = ENTRIES): Promise<Page> {
  pages.set(url, html);
  const page = await lens.open(url, {
    browser: testBrowser,
    count,
    before: (p) => void p.on('console', (m) => m.text().includes('Liveblog Lens') && console.log(`[page] ${m.text()}`)),
  });
  await page.waitForSelector(`${SELECT.ui(UI.entryTools)} ${STAR}`, { state: 'attached' });
  return page;
}

const star = (page: Page, id: string) => page.locator(`${SELECT.entry(id)} ${STAR}`).first();
/** Ids of the entries whose private tools show this status mark ('read' or 'new'). */
const marked = (page: Page, status: 'read' | 'new') =>
  page.evaluate(
    ({ entry, ui, tools, badge, status }) =>
      Array.from(document.querySelectorAll(`[${entry}]`))
        .filter((el) => el.querySelector(`:scope > [${ui}="${tools}"]`)?.shadowRoot?.querySelector(`[${badge}="${status}"]`))
        .map((el) => el.getAttribute(entry)),
    { entry: ATTR.entry, ui: ATTR.ui, tools: UI.entryTools, badge: ATTR.badge, status },
  );
const db = (store: 'entries' | 'blogs' | 'quotes') => readDb(testBrowser.context, testBrowser.extensionId, store);
const entryRow = async (url: string, id: string) => (await db('entries')).find((r) => r.blog === url && r.id === id);

describe('reading state', () => {
  it('stars an entry from the keyboard; the star survives a reload', async () => {
    const url = blog('star');
    const page = await visit(url);
    const button = star(page, TOP);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await button.getAttribute('aria-label')).toMatch(/^Star this entry/);
    // The fixture's own CSS gives every button a pink 20px padding: ours stays a 32px icon button.
    expect(await button.evaluate((b) => [getComputedStyle(b).width, getComputedStyle(b).height])).toEqual(['32px', '32px']);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => typeof (await entryRow(url, TOP))?.starred).toBe('number');

    await page.reload({ waitUntil: 'load' });
    await waitForMarkedEntries(page, { count: ENTRIES });
    await expect.poll(() => star(page, TOP).getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    expect(await page.locator(`${STAR}[aria-pressed="true"]`).count()).toBe(1);

    // The site re-renders the entry's contents from its own HTML: one working star comes back.
    await page.locator(SELECT.entry(TOP)).evaluate((el) => (el.innerHTML = el.innerHTML));
    await expect.poll(() => page.locator(`${SELECT.entry(TOP)} ${STAR}`).count()).toBe(1);
    await page.waitForTimeout(200);
    expect(await page.locator(`${SELECT.entry(TOP)} ${STAR}`).count()).toBe(1);

    // And unstarring sticks too.
    await star(page, TOP).click();
    await expect.poll(() => star(page, TOP).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await entryRow(url, TOP))?.starred).toBeUndefined();
  });

  it('marks entries read after they were on screen, and only those', async () => {
    const url = blog('read');
    const page = await visit(url);
    // At the top for a while: the first entries are read; then straight to the bottom.
    await expect.poll(() => marked(page, 'read'), { timeout: 6_000 }).toContain(TOP);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => marked(page, 'read'), { timeout: 6_000 }).toContain(BOTTOM);
    const read = await marked(page, 'read');
    // Scrolled past in an instant: never on screen long enough.
    expect(read).not.toContain(MIDDLE);
    expect(read.length).toBeLessThan(ENTRIES / 2);
    // A sliver at the bottom edge is not reading, however long it shows (waiting longer only makes this stricter).
    await page.locator(SELECT.entry(MIDDLE)).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight + 8));
    await page.waitForTimeout(3_000);
    expect(await marked(page, 'read')).not.toContain(MIDDLE);
    // Nothing on the site's own element says it was read (the page could read it): not dimmed.
    expect(await page.locator(SELECT.entry(BOTTOM)).evaluate((el) => getComputedStyle(el).opacity)).toBe('1');

    // Batched writes reach the store within a couple of seconds, with read times.
    await expect.poll(async () => typeof (await entryRow(url, BOTTOM))?.read, { timeout: 6_000 }).toBe('number');
    expect(typeof (await entryRow(url, TOP))?.read).toBe('number');
    expect((await entryRow(url, MIDDLE))?.read).toBeUndefined();

    // A reload keeps them read (from the store, before any dwell could).
    await page.reload({ waitUntil: 'load' });
    await waitForMarkedEntries(page, { count: ENTRIES });
    // Each entry's mark is drawn as the entry comes near the viewport: at the top, then at the bottom.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => marked(page, 'read'), { timeout: 3_000 }).toContain(TOP);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => marked(page, 'read'), { timeout: 3_000 }).toContain(BOTTOM);
  });

  it('marks the entries that appeared since the last visit as new', async () => {
    const url = blog('new');
    const first = await visit(url);
    await expect.poll(async () => (await db('blogs')).some((b) => b.key === url)).toBe(true);
    expect(await marked(first, 'new')).toEqual([]); // nothing is new on a first visit
    await first.close();

    // The site has posted three entries since.
    const again = await visit(url, V2, ENTRIES + 3);
    await expect.poll(() => marked(again, 'new'), { timeout: 5_000 }).toEqual(NEW_IDS);
    const summary = again.locator(`[${ATTR.newCount}]`);
    await expect.poll(() => summary.getAttribute(ATTR.newCount)).toBe('3');
    // The marker beside the tab says "3 new"; its name says since when.
    expect(await summary.getAttribute('aria-label')).toContain('3 new entries since your last visit');

    // Jump to first: from the bottom of the page back to the first new entry.
    await again.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await again.locator(SELECT.action(ACTION.jumpNew)).click();
    await expect
      .poll(() => again.locator(SELECT.entry(NEW_IDS[0]!)).evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThan(100);
  });

  it('saves a selected quote with the speaker the pipeline attributed it to', async () => {
    const url = blog('quote');
    const page = await visit(url);
    const words = MARSH_QUOTE.slice(0, 57); // "We will not borrow to pay for day-to-day spending, and we"
    await selectInQuote(page, QUOTING, words.length);
    const button = page.locator(SELECT.action(ACTION.saveQuote));
    await button.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await button.textContent()).toContain('Helen Marsh');
    await button.click();
    await expect.poll(() => button.textContent()).toContain('Saved');

    const quotes = await db('quotes');
    const row = quotes.find((q) => q.blog === url);
    expect(row).toMatchObject({
      text: words,
      speaker: 'Helen Marsh',
      entry: QUOTING,
      entryTime: '2026-12-02T10:00:00.000Z',
      site: 'guardian',
    });
    expect(row?.permalink).toBe(`${BASE}?page=with:${QUOTING}#${QUOTING}`);
  });

  it('asks for the speaker when the entry names none; Escape cancels, Enter saves', async () => {
    const url = blog('ask');
    const page = await visit(url);
    // A real mouse selection across the first paragraph.
    const paragraph = page.locator(`${SELECT.entry(NO_SPEAKER)} p`).first();
    await paragraph.scrollIntoViewIfNeeded();
    // Its entry's star is drawn as it comes near (the text flows round it): select settled lines.
    await page.locator(`${SELECT.entry(NO_SPEAKER)} > ${SELECT.ui(UI.entryTools)}`).waitFor({ state: 'attached' });
    await paragraph.scrollIntoViewIfNeeded();
    const box = (await paragraph.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 4, { steps: 5 });
    await page.mouse.up();
    const selected = await page.evaluate(() => getSelection()!.toString().trim());
    expect(selected.length).toBeGreaterThan(40);

    await page.locator(SELECT.action(ACTION.saveQuote)).click();
    const field = page.locator(`[${ATTR.field}="speaker"]`);
    await expect.poll(() => field.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'detached' });

    await page.locator(`${SELECT.entry(NO_SPEAKER)} h2`).click(); // clear, then select again
    await page.mouse.move(box.x + 1, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 4, { steps: 8 });
    await page.mouse.up();
    await page.locator(SELECT.action(ACTION.saveQuote)).click();
    await field.fill('A Treasury spokesperson');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await db('quotes')).filter((q) => q.blog === url).length).toBe(1);
    const [row] = (await db('quotes')).filter((q) => q.blog === url);
    expect(row).toMatchObject({ speaker: 'A Treasury spokesperson', entry: NO_SPEAKER });
    expect(selected.startsWith(String(row!.text).slice(0, 30))).toBe(true);
  });

  it("keeps nothing in the news site's own storage", async () => {
    const page = await visit(blog('storage'));
    await star(page, TOP).click();
    await expect.poll(async () => typeof (await entryRow(blog('storage'), TOP))?.starred).toBe('number');
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  it('agrees across two tabs of the same blog', async () => {
    const url = blog('tabs');
    const a = await visit(url);
    const b = await visit(url);
    await star(a, MIDDLE).click();
    await expect.poll(() => star(b, MIDDLE).getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    await b.bringToFront();
    await star(b, MIDDLE).click();
    await expect.poll(() => star(a, MIDDLE).getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('false');
    await expect.poll(async () => (await entryRow(url, MIDDLE))?.starred).toBeUndefined();
  });
});

describe('figures (LBL_PERF=1 build, a 1,000-entry blog)', () => {
  let perfBrowser: LaunchedBrowser;
  beforeAll(async () => {
    perfBrowser = await lens.launch({ extensionDir: ensurePerfBuild() });
    await servePages(perfBrowser.context, pages);
  }, 180_000);

  const durations = (page: Page, name: string) =>
    page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((m) => Math.round(m.duration)), name);
  const recorded = (page: Page, name: string, timeout: number) =>
    page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout });

  it('loads the state of a 1,000-entry blog and records reads quickly', async () => {
    const url = blog('thousand');
    const blocks = Array.from({ length: 1000 }, (_, i) => numberedBlock(url, 999 - i)).join('');
    pages.set(url, V1.replace(/<div id="top-of-blog"><\/div>[\s\S]*<gu-island/, `<div id="top-of-blog"></div>\n${blocks}<gu-island`));
    const page = await lens.open('about:blank', { browser: perfBrowser });
    const figures: Record<string, number[]> = {};
    for (const round of ['first visit', 'revisit']) {
      await page.goto(url, { waitUntil: 'load' });
      await waitForMarkedEntries(page, { count: 1000, timeout: 20_000 });
      await recorded(page, MEASURE.openBlog, 20_000);
      await recorded(page, MEASURE.starTools, 20_000);
      figures[`open-blog (${round})`] = await durations(page, MEASURE.openBlog);
      figures[`star-tools (${round})`] = await durations(page, MEASURE.starTools);
      figures[`pipeline (${round})`] = await durations(page, MEASURE.pipeline);
    }
    // Entries in the middle (unread so far) are read after the dwell; the batch is sent within FLUSH_MS.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await recorded(page, MEASURE.markRead, 10_000);
    figures['mark-read (batch round trip)'] = await durations(page, MEASURE.markRead);
    // A focus re-reads the state (as when the reader comes back from another tab), on an idle page.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await recorded(page, MEASURE.getState, 10_000);
    figures['get-state (refresh)'] = await durations(page, MEASURE.getState);
    console.log('[reading figures, ms]', JSON.stringify(figures));
    // Generous bounds on a shared 2-core machine: they catch a regression of an order of magnitude.
    expect(figures['open-blog (revisit)']![0]).toBeLessThan(3_000);
    expect(figures['get-state (refresh)']![0]).toBeLessThan(1_000);
    expect(figures['mark-read (batch round trip)']![0]).toBeLessThan(1_000);
    expect(figures['star-tools (revisit)']![0]).toBeLessThan(1_000);
  });
});
