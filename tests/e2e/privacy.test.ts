// Issue 14, findings 6 and 7, in the shipped build in Chromium. Finding 7's probe: a site serves
// a blog, the reader stars one entry and reads some; on the next visit three entries are new. The
// page then looks at everything it can reach of every entry (its element's attributes and style,
// our host's attributes and box, what is in light DOM) and must find every entry alike: it cannot
// tell new, read, starred or plain apart. Finding 6: page scripts that click our controls
// (synthetic events, even through the open roots of the LBL_TEST=1 build) act for nobody.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, TAG, UI } from '../../lib/page-contract';
import { ROOT, ensureTestBuild, type LaunchedBrowser } from './harness';
import { openPanel, servePages } from './page';
import { useLens } from './setup';
import { readDb } from './extension-db';

const BASE = 'https://www.theguardian.com/politics/live/2026/dec/02/autumn-budget-2026-live-updates';
const V1 = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-reading-state.html'), 'utf8');
const NEW_BLOCKS = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-three-new-entries.html'), 'utf8');
const V2 = V1.replace('<div id="top-of-blog"></div>\n', `<div id="top-of-blog"></div>\n${NEW_BLOCKS}`);
const ENTRIES = 14;
const TOP = 'block-6931a000000000000000dddd';
const QUOTING = 'block-6931a0000000000000004444';

const pages = new Map<string, string>();
const lens = useLens({ routes: { '/': '<!doctype html><title>not a fixture</title>' }, hosts: ['www.theguardian.com'] });
beforeAll(() => servePages(lens.context, pages));

/**
 * Opens `url`; `tall`: in a window as tall as the blog. Controls are drawn for the entries near the
 * viewport, so only there does every entry have its host for the page to look at.
 */
async function visit(url: string, html: string, count: number, browser?: LaunchedBrowser, tall = false): Promise<Page> {
  pages.set(url, html);
  const page = await lens.open(url, { count, browser, before: (p) => (tall ? p.setViewportSize({ width: 1280, height: 4000 }) : undefined) });
  await page.waitForSelector(SELECT.ui(UI.entryTools), { state: 'attached' });
  return page;
}
const tools = (page: Page, id: string) => page.locator(`${SELECT.entry(id)} > ${SELECT.ui(UI.entryTools)}`);
const entryRow = async (url: string, id: string) =>
  (await readDb(lens.context, lens.browser.extensionId, 'entries')).find((r) => r.blog === url && r.id === id);

/** Everything the page can reach of each entry that could carry the reader's state. */
const probe = (page: Page) =>
  page.evaluate(
    ({ entry, ui, tools, speaker }) =>
      Array.from(document.querySelectorAll(`[${entry}]`), (el) => {
        const style = getComputedStyle(el);
        const host = el.querySelector(`:scope > [${ui}="${tools}"]`) as HTMLElement | null;
        const box = host?.getBoundingClientRect();
        const own = Array.from(el.attributes, (a) => a.name).filter((n) => ![entry, speaker, 'id', 'class'].includes(n));
        return {
          id: el.getAttribute(entry),
          print: JSON.stringify({
            own,
            look: [style.opacity, style.filter, style.visibility, style.color, style.backgroundColor],
            host: host && {
              attrs: Array.from(host.attributes, (a) => `${a.name}=${a.value}`),
              box: [box!.width, box!.height],
              root: host.shadowRoot === null ? 'closed' : 'open',
              light: host.childNodes.length,
            },
            pressed: el.querySelectorAll('[aria-pressed]').length,
          }),
        };
      }),
    { entry: ATTR.entry, ui: ATTR.ui, tools: UI.entryTools, speaker: ATTR.speaker },
  );

describe("the page cannot read the reader's state (finding 7)", () => {
  it('new, read, starred and plain entries look the same to the page', async () => {
    const url = `${BASE}-probe`;
    const first = await visit(url, V1, ENTRIES);
    // A trusted click on the star (at its place in the closed root: the right end of the host).
    await tools(first, TOP).click({ position: { x: 72, y: 16 } });
    await expect.poll(async () => typeof (await entryRow(url, TOP))?.starred, { timeout: 5_000 }).toBe('number');
    // Reading: the top entries stay on screen past the dwell time.
    await expect.poll(async () => typeof (await entryRow(url, TOP))?.read, { timeout: 8_000 }).toBe('number');
    await first.close();

    const again = await visit(url, V2, ENTRIES + 3, undefined, true);
    await again.waitForTimeout(1_500); // the state loaded and drawn (what the page sees must not change with it)
    const seen = await probe(again);
    expect(seen).toHaveLength(ENTRIES + 3);
    expect(new Set(seen.map((e) => e.print)).size).toBe(1);
    expect(JSON.parse(seen[0]!.print)).toMatchObject({ own: [], host: { root: 'closed', light: 0 }, pressed: 0 });
    // The state exists all the same (the extension's store): a starred and a read entry among them.
    expect(typeof (await entryRow(url, TOP))?.starred).toBe('number');
    // No attribute anywhere in the page's DOM names a reading state (as the old read and new marks did).
    const named = await again.evaluate(() =>
      Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes, (a) => a.name)).filter((n) => /^data-lbl-.*(read|new|star)/.test(n)),
    );
    expect(named).toEqual([]);
  });
});

describe('only the reader acts for the reader (finding 6)', () => {
  let testBrowser: LaunchedBrowser;
  beforeAll(async () => {
    testBrowser = await lens.launch({ extensionDir: ensureTestBuild() });
    await servePages(testBrowser.context, pages);
  }, 180_000);

  it('synthetic clicks on a star or a chip, even inside open roots, do nothing', async () => {
    const url = `${BASE}-synthetic`;
    const page = await visit(url, V1, ENTRIES, testBrowser, true);
    const star = page.locator(`${SELECT.entry(TOP)} ${SELECT.action(ACTION.star)}`);
    await openPanel(page);
    // The page's scripts: click() and dispatched events on our buttons and hosts, with keys too.
    await page.evaluate(({ entry, star, chips, ui, tools }) => {
      const el = document.querySelector(`[${entry}]`)!;
      const host = el.querySelector(`:scope > [${ui}="${tools}"]`)!;
      const button = host.shadowRoot!.querySelector(star) as HTMLElement;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      for (const chip of document.querySelectorAll(chips)) chip.shadowRoot?.querySelector('button')?.click();
    }, { entry: ATTR.entry, star: SELECT.action(ACTION.star), chips: TAG.chips, ui: ATTR.ui, tools: UI.entryTools });
    await page.waitForTimeout(1_000);
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    expect(await readDb(testBrowser.context, testBrowser.extensionId, 'entries').then((rows) => rows.filter((r) => r.blog === url && r.starred))).toEqual([]);
    expect(await page.locator(`[${ATTR.hidden}]`).count()).toBe(0); // no speaker followed: nothing filtered
    // The reader's own click works.
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    await page.locator(`${SELECT.entry(QUOTING)} ${TAG.chips} button`).first().click();
    await expect.poll(() => page.locator(`[${ATTR.hidden}]`).count()).toBeGreaterThan(0);
  });
});
