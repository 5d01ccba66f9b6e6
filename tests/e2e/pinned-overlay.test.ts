// Issue 13, point 2, in the shipped build in Chromium: the Guardian fades its pinned post out under
// its own "Show more" overlay (`#pinned-post-overlay`, absolutely placed over the bottom of the
// post, taking the clicks there). The pinned copy of an entry collapses into a stub right under
// that overlay: the stub must be seen and take the reader's first click, as must every other stub.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { analyzeDocument, toReport } from '../../lib/analyze';
import { ATTR, SELECT, UI } from '../../lib/page-contract';
import { parseHtml } from '../../tools/dom';
import { ROOT } from './harness';
import { useLens } from './setup';

const URL = 'https://www.theguardian.com/world/live/2026/nov/29/harbour-city-floods-live';
const FILE = 'tests/fixtures/blogs/floods-pinned-overlay.html';
const report = toReport(analyzeDocument(parseHtml(readFileSync(resolve(ROOT, FILE), 'utf8')), URL));
const repeats = report.entries.filter((e) => e.duplicateOf);
const STUB = SELECT.ui(UI.repeatStub);

const lens = useLens({ routes: { [URL]: FILE } });

it("every stub, the pinned post's under the site's overlay included, opens with one click", async () => {
  expect(repeats.some((e) => e.pinned)).toBe(true); // the fixture plants a pinned copy: guard it
  const page = await lens.open(URL, { count: report.entries.length });
  await expect.poll(() => page.locator(STUB).count()).toBe(repeats.length);
  // The pinned stub really sits under the overlay: what the pointer would hit there, without the lift.
  const pinnedStub = page.locator(`#pinned-post ${STUB}`);
  const box = (await pinnedStub.boundingBox())!;
  const over = await page.evaluate(() => document.getElementById('pinned-post-overlay')!.getBoundingClientRect().toJSON() as DOMRect);
  expect(box.y + box.height / 2).toBeGreaterThan(over.top);
  expect(box.y + box.height / 2).toBeLessThan(over.bottom);

  for (const e of repeats) {
    const stub = page.locator(`${STUB}:has(+ ${SELECT.entry(e.id)})`);
    const entry = page.locator(SELECT.entry(e.id)).first();
    await stub.scrollIntoViewIfNeeded();
    expect(await entry.isVisible()).toBe(false);
    // A real pointer click at the stub's button: Playwright fails it if another element takes it.
    await stub.locator('button').click({ timeout: 5_000 });
    await expect.poll(() => entry.isVisible()).toBe(true);
    expect(await page.locator(`${SELECT.entry(e.id)}[${ATTR.collapsed}]`).count()).toBe(0);
  }
  // The site's own "Show more" still works (the overlay is not removed, only stepped over).
  expect(await page.locator('#pinned-post-overlay').isVisible()).toBe(true);
});
