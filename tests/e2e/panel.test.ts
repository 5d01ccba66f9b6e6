// The speaker-filter panel in the shipped build, in Chromium, on a Guardian-shaped live blog served
// at a real Guardian address (tests/fixtures/blogs/trade-talks-three-speakers.html): open and close
// it every way, follow one speaker and then two, reset, reorder and back, take live updates, keep
// the site's CSS out (tests/fixtures/blogs/hostile-site.css), stay clear of the text; repeats and
// dark mode on the demo page. The panel's open state is per site, so each test opens it if needed.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, TAG, UI } from '../../lib/page-contract';
import type { TabProtocol } from '../../lib/protocol/messages';
import { envelope } from '../../lib/protocol/wire';
import { guardianBlock } from '../fixtures/blogs/guardian-block';
import { ROOT } from './harness';
import { markedEntries, openPanel, panelOf, speakerButton, waitForMarkedEntries } from './page';
import { useLens } from './setup';

const BASE = 'https://www.theguardian.com/business/live/2026/dec/03/harbour-trade-talks-live';
const HOSTILE = 'https://www.theguardian.com/business/live/2026/dec/04/harbour-trade-talks-day-two-live';
const DEMO = 'https://www.theguardian.com/lens-demo/live/2026/nov/29/northern-sea-summit-live';
const FIXTURE = 'tests/fixtures/blogs/trade-talks-three-speakers.html';
const html = readFileSync(resolve(ROOT, FIXTURE), 'utf8');
// The same page with the worst stylesheet a site could ship, linked like any site stylesheet.
const hostileHtml = html.replace('</head>', '<link rel="stylesheet" href="/panel-fixture/hostile.css">\n</head>');

const id = (hex: string) => `block-6930${hex}`;
const ALL = ['f1a28f08e40b7a31c101', 'ee118f0822aea9d1c102', 'ea7c8f08c4e6961ec103', 'e6d48f089152201cc104',
  'e32b8f08e408b75fc105', 'df958f08e40b7a31c106', 'dbf18f0822aea9d1c107', 'd8628f08c4e6961ec108'].map(id);
const [E1540, E1510, , E1420, E1355, , E1300, E1230] = ALL as [string, string, string, string, string, string, string, string];
const KELLER = [E1540, E1420, E1230];
const WIERZBA = [E1510, E1300];
const DARROW = [E1420, E1355];
const TAB = SELECT.action(ACTION.panel);

const lens = useLens({
  routes: {
    [BASE]: FIXTURE, [HOSTILE]: hostileHtml, [DEMO]: 'tests/fixtures/demo/liveblog.html',
    '/panel-fixture/hostile.css': 'tests/fixtures/blogs/hostile-site.css',
    '/lens-demo/img/harbour.svg': 'tests/fixtures/demo/harbour.svg', '/lens-demo/img/summit.svg': 'tests/fixtures/demo/summit.svg',
  },
});

async function open(url = BASE, count: number | 'settle' = 8): Promise<Page> {
  const page = await lens.open(url, { count, before: (p) => p.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' }) });
  await page.waitForSelector(TAB, { state: 'attached' });
  return page;
}
const panel = panelOf;
const shown = (page: Page, open: boolean) => panel(page).waitFor({ state: open ? 'visible' : 'detached' });
const speaker = speakerButton;
const counts = (page: Page) => page.locator(`${TAG.panel} [role="status"]`).innerText();

/** Stream entries (not pinned) the reader can see, top to bottom as drawn on screen. */
const visible = (page: Page): Promise<string[]> =>
  page.evaluate(
    ({ entry, hidden }) =>
      Array.from(document.querySelectorAll(`#liveblog-body > article[${entry}]`))
        .filter((el) => !el.hasAttribute(hidden) && el.getClientRects().length > 0)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((el) => el.getAttribute(entry) ?? ''),
    { entry: ATTR.entry, hidden: ATTR.hidden },
  );
const hiddenIds = (page: Page): Promise<string[]> =>
  page.$$eval(`[${ATTR.hidden}]`, (els, entry) => els.map((el) => el.getAttribute(entry) ?? ''), ATTR.entry);

/** Channel values differing visibly (by > 24) between two screenshots: antialiasing may shift a unit, a site style more. */
async function pixelsApart(shots: Buffer[]): Promise<number> {
  const page = await lens.context.newPage();
  return page.evaluate(async (urls) => {
    const [x, y] = await Promise.all(urls.map(async (url) => {
      const img = Object.assign(new Image(), { src: url });
      await img.decode();
      const g = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height }).getContext('2d')!;
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height).data;
    }));
    if (!x || !y || x.length !== y.length) return Infinity;
    let apart = 0;
    for (let i = 0; i < x.length; i++) if (i % 4 !== 3 && Math.abs(x[i]! - y[i]!) > 24) apart++;
    return apart;
  }, shots.map((s) => `data:image/png;base64,${s.toString('base64')}`));
}

/** A stream block as the Guardian's script inserts it on a live update. */
const block = (hex: string, time: string, lead: string, quote: string) =>
  guardianBlock({ id: id(hex), blog: BASE, time: `2026-12-03T${time}:00.000Z`, title: `Update at ${time}`, paragraphs: [lead], quote });
const insertTop = (page: Page, markup: string) =>
  page.evaluate((m) => document.getElementById('top-of-blog')!.insertAdjacentHTML('afterend', m), markup);

describe('the speaker-filter panel', () => {
  it('opens and closes from the tab, the toolbar, Alt+Shift+S and Escape, remembered per site', async () => {
    const page = await open();
    const tab = page.locator(TAB);
    // The tab is in the light DOM: a plain document query finds it.
    expect(await page.evaluate(([tab, tag]) => document.querySelector(tab!)?.closest(tag!) !== null, [TAB, TAG.panel])).toBe(true);
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot !== null, TAG.panel)).toBe(true);
    expect(await tab.getAttribute('aria-expanded')).toBe('false');
    await tab.click();
    await shown(page, true);
    expect(await tab.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await shown(page, false);
    await page.keyboard.press('Alt+Shift+KeyS');
    await shown(page, true);
    // Remembered for the site: a reload opens it again.
    await page.waitForTimeout(300);
    await page.reload({ waitUntil: 'load' });
    await shown(page, true);
    // The toolbar button's message, as the background sends it (Node's tsconfig lacks `chrome` types).
    const message = envelope<TabProtocol, 'togglePanel'>('togglePanel', null);
    const toolbar = () => lens.context.serviceWorkers()[0]!.evaluate(async ({ url, message }) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      await tabs.sendMessage((await tabs.query({ url }))[0]!.id, message);
    }, { url: `${BASE}*`, message });
    await toolbar();
    await shown(page, false);
    await toolbar();
    await shown(page, true);
    await tab.click();
    await shown(page, false);
    await page.waitForTimeout(300);
    await page.reload({ waitUntil: 'load' });
    await waitForMarkedEntries(page, { count: 8 });
    await page.waitForTimeout(500); // the reader has started, and left the panel closed
    expect(await panel(page).count()).toBe(0);
  });

  it('follows one speaker, then two, and All resets; entries are hidden in place, never removed', async () => {
    const page = await open();
    await openPanel(page);
    const names = await page.locator(SELECT.speaker()).evaluateAll((els, attr) => els.map((e) => e.getAttribute(attr)), ATTR.speaker);
    expect(names[0]).toBe('Anna Keller');
    expect([...names].sort()).toEqual(['Anna Keller', 'Ines Darrow', 'Tomasz Wierzba']);
    expect(await speaker(page, 'Anna Keller').getAttribute('aria-label')).toBe('Anna Keller, 3 entries');
    const before = await markedEntries(page);
    await speaker(page, 'Anna Keller').click();
    expect(await visible(page)).toEqual(KELLER);
    expect(await counts(page)).toBe('Showing 3 of 8 entries');
    expect(await speaker(page, 'Anna Keller').getAttribute('aria-pressed')).toBe('true');
    await speaker(page, 'Tomasz Wierzba').click();
    expect(await visible(page)).toEqual(ALL.filter((e) => KELLER.includes(e) || WIERZBA.includes(e)));
    expect(await counts(page)).toBe('Showing 5 of 8 entries');
    await page.locator(`${TAG.panel} button`, { hasText: 'All speakers' }).click();
    expect(await visible(page)).toEqual(ALL);
    expect(await hiddenIds(page)).toEqual([]);
    expect(await markedEntries(page)).toEqual(before);
  });

  it('a chip on an entry filters by that speaker (and opens the panel); again resets', async () => {
    const page = await open();
    const chip = page.locator(`#${E1355} ${SELECT.chip('Ines Darrow')}`);
    await chip.click();
    expect(await visible(page)).toEqual(DARROW);
    await panel(page).waitFor({ state: 'visible' });
    expect(await speaker(page, 'Ines Darrow').getAttribute('aria-pressed')).toBe('true');
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await chip.click();
    expect(await visible(page)).toEqual(ALL);
  });

  it('oldest first reverses the stream on screen without moving the site’s nodes, and back', async () => {
    const page = await open();
    await openPanel(page);
    const dom = await markedEntries(page);
    await page.locator(`${TAG.panel} input[type="radio"][value="oldest-first"]`).check();
    await expect.poll(() => visible(page)).toEqual([...ALL].reverse());
    expect(await markedEntries(page)).toEqual(dom);
    // The site's script still inserts at its marker; the new entry shows at the end, where it belongs.
    const late = id('f5008f08e40b7a31c109');
    await insertTop(page, block(late.slice(10), '16:00', 'The talks have ended for the day.', 'We will be back at eight tomorrow morning.'));
    await expect.poll(() => visible(page)).toEqual([...ALL].reverse().concat(late));
    await page.locator(`${TAG.panel} input[type="radio"][value="site"]`).check();
    await expect.poll(() => visible(page)).toEqual([late, ...ALL]);
    expect(await page.locator(`[${ATTR.order}], [${ATTR.orderBox}]`).count()).toBe(0);
  });

  it('live updates land in the counts and obey the active filter', async () => {
    const page = await open();
    await openPanel(page);
    await speaker(page, 'Anna Keller').click();
    const [keller, other] = [id('f6008f08e40b7a31c110'), id('f6108f08e40b7a31c111')];
    await insertTop(page, block('f6108f08e40b7a31c111', '16:10', 'Speaking in Oslo, Marta Olsen said:', 'Norway will not join a deal that ignores the northern fleets.') +
      block('f6008f08e40b7a31c110', '16:05', 'Leaving the building, Anna Keller said:', 'We are closer than we were this morning, but not close enough.'));
    await page.waitForSelector(SELECT.entry(other), { state: 'attached' });
    await expect.poll(() => counts(page)).toBe('Showing 4 of 10 entries');
    expect(await visible(page)).toEqual([keller, ...KELLER]);
    expect(await hiddenIds(page)).toContain(other);
    await speaker(page, 'Marta Olsen').waitFor();
    expect(await speaker(page, 'Anna Keller').getAttribute('aria-label')).toBe('Anna Keller, 4 entries');
  });

  it('j / k step through the visible entries, never while the reader types in a field', async () => {
    const page = await open();
    await openPanel(page);
    await speaker(page, 'Tomasz Wierzba').click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const current = () => page.evaluate(([cur, entry]) => document.querySelector(`[${cur}]`)?.getAttribute(entry!) ?? null, [ATTR.current, ATTR.entry]);
    await page.keyboard.press('j');
    expect(await current()).toBe(E1510);
    await page.keyboard.press('j');
    expect(await current()).toBe(E1300);
    await page.keyboard.press('k');
    expect(await current()).toBe(E1510);
    await page.evaluate(() => document.querySelector('h1')!.insertAdjacentHTML('afterend', '<input id="site-search" type="text">'));
    await page.focus('#site-search');
    await page.keyboard.type('jk');
    expect(await page.inputValue('#site-search')).toBe('jk');
    expect(await current()).toBe(E1510);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+KeyS');
    expect(await panel(page).isVisible()).toBe(true);
  });

  it('the site’s stylesheet changes nothing in the panel, its tab or the chips', async () => {
    const [shots, styles]: [Record<string, Buffer[]>, unknown[]] = [{ panel: [], tab: [] }, []];
    for (const url of [BASE, HOSTILE]) {
      const page = await open(url);
      await page.setViewportSize({ width: 1280, height: 900 });
      await openPanel(page);
      await speaker(page, 'Ines Darrow').click();
      await page.mouse.move(0, 0);
      styles.push(await page.evaluate(({ panelTag, chipsTag, tab }) => {
        const props = ['display', 'font-size', 'font-family', 'color', 'background-color', 'width', 'height', 'padding-top', 'margin-top', 'opacity', 'transform', 'content'];
        const root = document.querySelector(panelTag)!.shadowRoot!;
        const chips = document.querySelector(chipsTag)!.shadowRoot!;
        const els = [document.querySelector(panelTag)!, document.querySelector(tab)!,
          ...root.querySelectorAll('aside, h2, h3, button, input, label, p'), ...chips.querySelectorAll('button')];
        return els.map((el) => props.map((p) => getComputedStyle(el).getPropertyValue(p)).concat(getComputedStyle(el, '::before').content));
      }, { panelTag: TAG.panel, chipsTag: TAG.chips, tab: TAB }));
      // Reading state (what the earlier tests read, how many are left) differs between two visits.
      shots.panel!.push(await panel(page).screenshot({ mask: [page.locator(SELECT.ui(UI.panelReading))] }));
      shots.tab!.push(await page.locator(TAB).screenshot());
    }
    expect(styles[1]).toEqual(styles[0]);
    expect(await pixelsApart(shots.tab!), 'tab pixels').toBe(0);
    expect(await pixelsApart(shots.panel!), 'panel pixels').toBe(0);
  });

  it.each([1280, 1024])('docks at %ipx without covering the text; overlays only on narrow screens', async (width) => {
    const page = await open();
    await page.setViewportSize({ width, height: 900 });
    await openPanel(page);
    const box = (await panel(page).boundingBox())!;
    // Flush with the right edge of the viewport (left of the page's scrollbar, if it has one).
    expect(box.x + box.width).toBeCloseTo(await page.evaluate(() => document.documentElement.clientWidth), 0);
    const rights = await page.evaluate(() => Array.from(document.querySelectorAll('#liveblog-body p, #liveblog-body h2, h1'), (el) => el.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(box.x);
    await page.setViewportSize({ width: 600, height: 900 });
    // Narrow: no room to give, so the panel overlays (the page keeps its full width).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).paddingRight)).toBe('0px');
    expect(await panel(page).isVisible()).toBe(true);
  });

  it('counts collapsed repeats, shows them with its switch, and follows light or dark (demo page)', async () => {
    const page = await open(DEMO, 'settle');
    await openPanel(page);
    // The demo's 15.58 entry re-posts 13.10 (see the fixture's comment).
    const repost = () => page.locator('#block-692b0f2a8f08c4e6961e23c7').isVisible();
    const toggle = page.locator(`${TAG.panel} [role="switch"]`);
    await expect.poll(() => panel(page).innerText()).toContain('2 repeated entries collapsed.');
    expect(await repost()).toBe(false);
    await toggle.click();
    await expect.poll(repost).toBe(true);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await panel(page).innerText()).toContain('2 repeated entries shown in full.');
    await toggle.click(); // a global setting: back as the other tests expect it
    await expect.poll(repost).toBe(false);
    const background = () => panel(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(30, 31, 34)');
  });

  it('leaves a screenshot of the panel following the most quoted speaker in .lbl/panel.png', async () => {
    const page = await open(DEMO, 'settle');
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPanel(page);
    // Following the most quoted speaker shows what the panel is for: the picture must show that.
    const top = page.locator(SELECT.speaker()).first();
    const name = await top.getAttribute(ATTR.speaker);
    expect(name).toBeTruthy();
    await top.click();
    expect(await top.getAttribute('aria-pressed')).toBe('true');
    const [shownCount, total] = (/Showing (\d+) of (\d+) entries/.exec(await counts(page)) ?? []).slice(1).map(Number);
    expect(shownCount).toBeGreaterThan(0);
    expect(shownCount).toBeLessThan(total!);
    await panel(page).getByRole('region', { name: 'Quotes' }).waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    const file = resolve(ROOT, '.lbl/panel.png');
    mkdirSync(resolve(ROOT, '.lbl'), { recursive: true });
    const png = await page.screenshot({ path: file });
    // A PNG of the viewport: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    expect(statSync(file).size).toBe(png.length);
  });
});
