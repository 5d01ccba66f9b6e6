// At 390 px the closed tab covers none of the site's text, wherever the reader has scrolled (issue
// 13, point 4's last gap), in the shipped build, in Chromium: at each of several scroll positions,
// no line box of the page's text intersects anything of ours that is drawn (the tab, and any other
// box of ours fixed over the page), and the tab can still be reached and opens the panel.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, TAG, UI } from '../../lib/page-contract';
import { ensureTestBuild, ROOT } from './harness';
import { readDb } from './extension-db';
import { panelOf, servePages } from './page';
import { useLens } from './setup';

const BASE = 'https://www.theguardian.com/business/live/2026/dec/03/harbour-trade-talks-live';
// A blog visited once, then again after the site posted three entries: the "3 new" marker shows.
const BUDGET = 'https://www.theguardian.com/politics/live/2026/dec/02/autumn-budget-2026-live-updates-narrow';
const V1 = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-reading-state.html'), 'utf8');
const V2 = V1.replace('<div id="top-of-blog"></div>\n', `<div id="top-of-blog"></div>\n${readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-three-new-entries.html'), 'utf8')}`);
const lens = useLens({ routes: { [BASE]: 'tests/fixtures/blogs/trade-talks-three-speakers.html' } });
const TAB = SELECT.action(ACTION.panel);

type Box = { x: number; y: number; width: number; height: number };

/** The page's text line boxes in the viewport that a visible box of ours (or one of `extra`) intersects, described. */
const coveredLines = (page: Page, extra: Box[] = []) =>
  page.evaluate(
    ({ tab, panelTag, ui, extra }) => {
      const ours = (n: Node | null) => !!(n instanceof Element ? n : n?.parentElement)?.closest(`${panelTag}, [${ui}]`);
      // Our drawn boxes: the tab, and every element of ours the page shows fixed over its content.
      const boxes = [document.querySelector(tab), ...document.querySelectorAll(`${panelTag}, [${ui}]`)]
        .filter((el): el is Element => !!el && (el === document.querySelector(tab) || getComputedStyle(el).position === 'fixed'))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 1 && r.height > 1)
        .concat(extra.map((b) => new DOMRect(b.x, b.y, b.width, b.height)));
      const hits: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim() || ours(n)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const line of range.getClientRects()) {
          if (line.bottom <= 0 || line.top >= innerHeight || line.width < 1) continue;
          for (const b of boxes) {
            const x = Math.min(b.right, line.right) - Math.max(b.left, line.left);
            const y = Math.min(b.bottom, line.bottom) - Math.max(b.top, line.top);
            if (x > 0.5 && y > 0.5) hits.push(`"${n.textContent.trim().slice(0, 30)}" at ${Math.round(line.left)},${Math.round(line.top)}`);
          }
        }
      }
      return hits;
    },
    { tab: TAB, panelTag: TAG.panel, ui: ATTR.ui, extra },
  );

/** Scrolls to several positions (top to end) and collects what our boxes cover at each. */
async function coveredWhileScrolling(page: Page, extra: () => Promise<Box[]> = async () => []): Promise<Array<{ at: number; covered: string[] }>> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  expect(height).toBeGreaterThan(844); // a blog several screens long
  const out = [];
  for (const at of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * at));
    await page.waitForTimeout(50);
    out.push({ at, covered: await coveredLines(page, await extra()) });
  }
  return out;
}

describe('the closed tab at 390 px', () => {
  it('covers no line of the site’s text at any scroll position, and still opens the panel', async () => {
    const page = await lens.open(BASE, { count: 8, before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector(TAB, { state: 'visible' });
    for (const step of await coveredWhileScrolling(page)) expect(step).toEqual({ at: step.at, covered: [] });
    // Smaller, not gone: a 24 px target a thumb can still reach, within the screen.
    const tab = (await page.locator(TAB).boundingBox())!;
    expect(Math.min(tab.width, tab.height)).toBeGreaterThanOrEqual(24);
    expect(tab.x + tab.width).toBeLessThanOrEqual(390);
    await page.locator(TAB).click();
    await panelOf(page).waitFor({ state: 'visible' });
  });

  it('nor does the "n new" marker above it (LBL_TEST=1 build, where the marker can be found)', async () => {
    const test = await lens.launch({ extensionDir: ensureTestBuild() });
    const pages = new Map([[BUDGET, V1]]);
    await servePages(test.context, pages);
    const open = async () => {
      const page = await lens.open(BUDGET, { browser: test, count: 'settle', before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
      await page.setViewportSize({ width: 390, height: 844 });
      return page;
    };
    const first = await open();
    await expect.poll(async () => (await readDb(test.context, test.extensionId, 'blogs')).some((b) => b.key === BUDGET), { timeout: 8_000 }).toBe(true);
    await first.close();
    pages.set(BUDGET, V2); // the site posted three entries
    const page = await open();
    const marker = page.locator(`${SELECT.ui(UI.readingLayerPrivate)} ${SELECT.action(ACTION.jumpNew)}`);
    await marker.waitFor({ state: 'visible', timeout: 8_000 });
    const markerBox = async () => [(await marker.boundingBox())!];
    for (const step of await coveredWhileScrolling(page, markerBox)) expect(step).toEqual({ at: step.at, covered: [] });
    // Above the tab, not on it.
    const [m] = await markerBox();
    const tab = (await page.locator(TAB).boundingBox())!;
    expect(m!.y + m!.height).toBeLessThanOrEqual(tab.y);
  });
});
