// The page-level UI a first-time reader meets, in Chromium (issue 13, points 1, 4, 6 and 9): a
// filter shows on the tab and above the entries and the view moves to the first match; the
// panel's quotes go to their entries; "?" shows the keys, and the panel's shortcut is a browser
// command; the tab and the panel never cover the text (the page reflows at wide widths; at 390 px
// the panel is a bottom sheet below which the text can always be scrolled); axe finds nothing in
// the panel and the filter bar, light or dark. Leaves the README's screenshots in .lbl/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, TAG, UI } from '../../lib/page-contract';
import { BUILD_DIR, ROOT } from './harness';
import { openPanel, panelOf, speakerButton } from './page';
import { useLens } from './setup';

const BASE = 'https://www.theguardian.com/business/live/2026/dec/03/harbour-trade-talks-live';
const FIXTURE = 'tests/fixtures/blogs/trade-talks-three-speakers.html';
// The same page with its text as wide as the window: line ends reach the right edge.
const WIDE = 'https://www.theguardian.com/business/live/2026/dec/05/harbour-trade-talks-wide-live';
const wideHtml = readFileSync(resolve(ROOT, FIXTURE), 'utf8').replace('</head>', '<style>main { max-width: none !important; }</style>\n</head>');
const lens = useLens({ routes: { [BASE]: FIXTURE, [WIDE]: wideHtml } });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TAB = SELECT.action(ACTION.panel);
const BAR = SELECT.ui(UI.filterBar);
const KELLER_NEWEST = 'block-6930f1a28f08e40b7a31c101';
const KELLER_OLDEST = 'block-6930d8628f08c4e6961ec108';

async function open(url = BASE, width = 1280, height = 900): Promise<Page> {
  const page = await lens.open(url, { count: 8, before: (p) => p.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' }) });
  await page.setViewportSize({ width, height });
  await page.waitForSelector(TAB, { state: 'attached' });
  return page;
}
async function closePanel(page: Page): Promise<void> {
  if (await panelOf(page).isVisible()) await page.click(TAB);
  await panelOf(page).waitFor({ state: 'detached' });
}
const inView = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });

describe('an active filter is visible (point 1)', () => {
  it('shows on the tab and above the entries, moves the view to the first match, and Show all ends it', async () => {
    const page = await open();
    await openPanel(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)); // the reader is at the footer
    await speakerButton(page, 'Anna Keller').click();
    const bar = page.locator(BAR);
    await bar.waitFor({ state: 'visible' });
    expect(await page.locator(`${BAR} [role="status"]`).textContent()).toBe('Showing 3 of 8 entries · Anna Keller · Show all');
    await expect.poll(() => inView(page, BAR)).toBe(true);
    await expect.poll(() => inView(page, SELECT.entry(KELLER_NEWEST))).toBe(true);
    // Just above the first match: nothing the reader can see between them.
    expect(await page.evaluate(([bar, first]) => {
      const b = document.querySelector(bar!)!.getBoundingClientRect();
      const f = document.querySelector(first!)!.getBoundingClientRect();
      return f.top - b.bottom;
    }, [BAR, SELECT.entry(KELLER_NEWEST)])).toBeLessThan(40);

    // Closed, the panel leaves the filter in sight: on the tab and in the bar.
    await closePanel(page);
    const tab = page.locator(TAB);
    expect(await tab.innerText()).toBe('Lens · 3/8');
    expect(await tab.getAttribute(ATTR.action)).toBe(ACTION.panel);
    expect(await tab.getAttribute('aria-label')).toBe('Lens · 3/8: Open the Liveblog Lens panel (filter on)');
    expect(await tab.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(179, 38, 30)');
    expect(await bar.isVisible()).toBe(true);
    await page.locator(`${BAR} ${SELECT.action(ACTION.showAll)}`).click();
    await bar.waitFor({ state: 'detached' });
    expect(await page.locator(`[${ATTR.hidden}]`).count()).toBe(0);
    expect(await tab.innerText()).toBe('Lens');
  });
});

describe('the panel’s quotes go to their entries (point 9)', () => {
  it('a click on a quote scrolls to its entry and marks it as the current one', async () => {
    const page = await open();
    await openPanel(page);
    await speakerButton(page, 'Anna Keller').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const quotes = panelOf(page).getByRole('region', { name: 'Quotes' });
    await quotes.locator(SELECT.action(ACTION.goToQuote)).last().click();
    await expect.poll(() => page.locator(`[${ATTR.current}]`).getAttribute(ATTR.entry)).toBe(KELLER_OLDEST);
    await expect.poll(() => inView(page, SELECT.entry(KELLER_OLDEST))).toBe(true);
    await speakerButton(page, 'Anna Keller').click();
  });
});

describe('keys are discoverable (point 6)', () => {
  it('"?" shows the keyboard help and Escape closes it; the panel’s shortcut is a browser command', async () => {
    const page = await open();
    await closePanel(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Slash');
    const help = page.locator(`${TAG.panel} [role="dialog"]`);
    await help.waitFor({ state: 'visible' });
    expect(await help.innerText()).toContain('Keyboard shortcuts');
    expect(await help.locator('dt').allInnerTexts()).toEqual(['j', 'k', 'Alt+Shift+S', '?', 'Esc']);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    // Listed (and rebindable) on the browser's shortcuts page, in the reader's language.
    const manifest = JSON.parse(readFileSync(resolve(BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['toggle-panel']).toEqual({ suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_manifest_commands_togglePanel__' });
  });
});

describe('nothing covers the text (point 4)', () => {
  it('at 1280 px the closed tab and the open panel stay clear of line ends and star buttons', async () => {
    const page = await open(WIDE);
    await closePanel(page);
    const rights = () => page.evaluate((tools) => Math.max(...Array.from(document.querySelectorAll(`#liveblog-body p, #liveblog-body h2, ${tools}`), (el) => el.getBoundingClientRect().right)), SELECT.ui(UI.entryTools));
    const tabLeft = (await page.locator(TAB).boundingBox())!.x;
    expect(await rights()).toBeLessThanOrEqual(tabLeft);
    await openPanel(page);
    const panelLeft = (await panelOf(page).boundingBox())!.x;
    expect(await rights()).toBeLessThanOrEqual(panelLeft);
    expect((await page.locator(TAB).boundingBox())!.x + 1).toBeLessThanOrEqual(panelLeft); // the tab rides on the panel's edge
  });

  it('at 390 px the panel is a bottom sheet; every line can be scrolled above it, and the tab sits clear of it', async () => {
    const page = await open(BASE, 390, 844);
    await openPanel(page);
    const sheet = (await panelOf(page).boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(await page.evaluate(() => document.documentElement.clientWidth)); // the whole width (but the scrollbar)
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    expect(sheet.height).toBeLessThanOrEqual(844 * 0.46);
    // Scrolled to the end, the last line of the blog is above the sheet.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const lastBottom = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('#liveblog-body p'), (p) => p.getBoundingClientRect().bottom)));
    expect(lastBottom).toBeLessThanOrEqual(sheet.y);
    // The tab sits in the sheet's header, clear of the close button: over no text of the page.
    const tab = (await page.locator(TAB).boundingBox())!;
    expect(tab.y).toBeGreaterThanOrEqual(sheet.y);
    const close = (await panelOf(page).getByRole('button', { name: 'Close panel' }).boundingBox())!;
    expect(tab.x + tab.width).toBeLessThanOrEqual(close.x);
    const title = (await panelOf(page).locator('h2').boundingBox())!;
    expect(tab.x).toBeGreaterThanOrEqual(title.x + title.width);
    await page.mouse.move(0, 0);
    mkdirSync(resolve(ROOT, '.lbl'), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await speakerButton(page, 'Anna Keller').click();
    await page.screenshot({ path: resolve(ROOT, '.lbl/bottom-sheet-390.png') });
    await speakerButton(page, 'Anna Keller').click();
    await closePanel(page);
  });
});

describe('axe (panel and filter bar)', () => {
  it.each(['light', 'dark'] as const)('finds no violations in the %s scheme', async (scheme) => {
    const page = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await openPanel(page);
    await speakerButton(page, 'Anna Keller').click();
    await page.locator(BAR).waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    if (scheme === 'light') await page.screenshot({ path: resolve(ROOT, '.lbl/panel-filter.png') });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async ([panel, bar]) => {
      const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe;
      const r = await axe.run({ include: [[panel!], [bar!]] }, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    }, [TAG.panel, BAR]);
    expect(violations).toEqual([]);
    await speakerButton(page, 'Anna Keller').click();
  });
});
