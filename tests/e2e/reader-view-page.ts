// Helpers for the reader view in real Chromium: open it from the panel's button, find its frame
// (an extension page; Playwright reaches frames whatever shadow root holds them), wait until the
// whole blog is read, and read what the view shows.
import type { Frame, Page } from 'playwright-core';
import { ACTION, ATTR, SELECT } from '../../lib/page-contract';
import { openPanel } from './page';

/** The reader view's frame in `page`, once it exists. */
export async function viewFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const end = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => /\/reader-view\.html/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > end) throw new Error('the reader view never opened');
    await page.waitForTimeout(50);
  }
}

/** Opens the view from the panel's button and waits until it has read the whole blog. */
export async function openReaderView(page: Page): Promise<Frame> {
  await openPanel(page);
  await page.click(SELECT.action(ACTION.reader));
  const frame = await viewFrame(page);
  await waitForWholeBlog(frame);
  return frame;
}

/** Waits until the view is done reading pages (its feed is no longer busy) and shows entries. */
export async function waitForWholeBlog(frame: Frame, timeout = 20_000): Promise<void> {
  await frame.waitForSelector('.stream[aria-busy="false"]', { timeout });
  await frame.waitForSelector(SELECT.entry(), { timeout });
}

/** The ids of the entries the view shows, top to bottom. */
export function viewIds(frame: Frame): Promise<string[]> {
  return frame.$$eval(`.stream > ${SELECT.entry()}`, (els, attr) => els.map((el) => el.getAttribute(attr) ?? ''), ATTR.entry);
}

/** The text of the view's counts line ("Showing 3 of 20 entries"). */
export const countsOf = (frame: Frame) => frame.locator('.counts').innerText();
