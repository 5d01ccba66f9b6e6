// The store listing's screenshots (store/listing.md names them), taken by `npm start` on the demo
// blog in the built extension at the stores' 1280x800: repeats collapsed, the speaker panel with
// one speaker followed, and the library with the demo's saved quotes (imported from a JSON export,
// the way a reader would bring quotes back). Each shot is best effort: one that cannot be taken
// is reported and the others are still written.
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type LaunchedBrowser } from './harness';

export const STORE_SCREENSHOT_DIR = resolve(ROOT, 'store/screenshots');
export const STORE_SCREENSHOTS = ['1-repeats.png', '2-speaker-panel.png', '3-library.png'] as const;
const SIZE = { width: 1280, height: 800 };
const LIBRARY_IMPORT = resolve(ROOT, 'tests/fixtures/demo/library.json');
const WAIT = { timeout: 10_000 };

/** Scrolls so `selector`'s first match sits a third down the viewport (the page's own scroll). */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'attached', ...WAIT });
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3);
  }, selector);
}

const shots: Record<(typeof STORE_SCREENSHOTS)[number], (browser: LaunchedBrowser, page: Page) => Promise<Page>> = {
  // The pinned copy collapsed into its one-line stub near the top of the stream.
  '1-repeats.png': async (_browser, page) => {
    await scrollTo(page, '[data-lbl-duplicate-of]');
    return page;
  },
  // The panel open with its first (most-quoted) speaker followed: the stream shows only their entries.
  '2-speaker-panel.png': async (_browser, page) => {
    const panel = page.locator('liveblog-lens-panel aside');
    if (!(await panel.isVisible())) await page.click('[data-lbl-action="panel"]');
    await panel.waitFor({ state: 'visible', ...WAIT });
    await page.locator('liveblog-lens-panel [data-lbl-speaker]').first().click(WAIT);
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollTo(page, '[data-lbl-entry]:not([data-lbl-hidden])');
    return page;
  },
  '3-library.png': async (browser, page) => {
    const library = await browser.context.newPage();
    await library.setViewportSize(SIZE);
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('#lbl-import').setInputFiles(LIBRARY_IMPORT);
    await library.locator('.lbl-list > li').nth(5).waitFor(WAIT);
    // The import report is a dialog over the list; the listing shows the list.
    await library.getByRole('button', { name: 'Close' }).click({ timeout: 2_000 }).catch(() => undefined);
    await page.bringToFront();
    return library;
  },
};

/** Writes the store screenshots of the demo `page` into `dir` (store/screenshots) and returns the files written. */
export async function writeStoreScreenshots(browser: LaunchedBrowser, page: Page, dir = STORE_SCREENSHOT_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize(SIZE);
  const written: string[] = [];
  for (const name of STORE_SCREENSHOTS) {
    try {
      const shown = await shots[name](browser, page);
      await shown.screenshot({ path: join(dir, name) });
      written.push(join(dir, name));
    } catch (error) {
      console.error(`store screenshot ${name} not taken: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  console.log(`wrote ${written.length} of ${STORE_SCREENSHOTS.length} store screenshots to ${relative(process.cwd(), dir) || '.'}/`);
  return written;
}
