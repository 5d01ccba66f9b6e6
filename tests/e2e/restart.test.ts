// Everything survives a closed browser: a star and a saved quote made in one browser session are
// there after Chromium is shut down completely and started again on the same profile, both on
// the page (the star is pressed) and in the extension's database, read from the new service worker.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACTION, SELECT, UI } from '../../lib/page-contract';
import { ensureTestBuild, type LaunchedBrowser } from './harness';
import { selectInQuote } from './page';
import { useLens } from './setup';
import { keptProfile, readDb, type KeptProfile } from './extension-db';

const URL_ = 'https://www.theguardian.com/politics/live/2026/dec/02/autumn-budget-2026-live-updates';
const ENTRIES = 14;
const TOP = 'block-6931a000000000000000dddd';
const QUOTING = 'block-6931a0000000000000004444';
const WORDS = 'We will not borrow to pay for day-to-day spending, and we';
const STAR = SELECT.action(ACTION.star);

// Each session is a browser of its own on one kept profile.
const lens = useLens({ routes: { [URL_]: 'tests/fixtures/blogs/budget-reading-state.html' }, launch: false });
let profile: KeptProfile;
let browser: LaunchedBrowser | undefined;
beforeAll(() => void (profile = keptProfile()));
// This hook runs before useLens's own (after-hooks run in reverse): close the second browser first,
// or Chromium is still writing into the profile while it is removed.
afterAll(async () => {
  await browser?.close();
  profile?.remove();
});

// The LBL_TEST=1 build: the star is inside each entry's private root, open only in that build.
const launch = () => lens.launch({ userDataDir: profile.dir, extensionDir: ensureTestBuild() });

async function visit(b: LaunchedBrowser): Promise<Page> {
  const page = await lens.open(URL_, { browser: b, count: ENTRIES });
  await page.waitForSelector(`${SELECT.ui(UI.entryTools)} ${STAR}`, { state: 'attached' });
  return page;
}

const star = (page: Page, id: string) => page.locator(`${SELECT.entry(id)} ${STAR}`).first();
const starredRow = async (b: LaunchedBrowser) =>
  (await readDb(b.context, b.extensionId, 'entries')).find((r) => r.blog === URL_ && r.id === TOP && typeof r.starred === 'number');
const quoteRow = async (b: LaunchedBrowser) =>
  (await readDb(b.context, b.extensionId, 'quotes')).find((q) => q.blog === URL_ && q.text === WORDS);

it('keeps a star and a saved quote after the browser is closed and started again', async () => {
  // First session: star an entry and save a quote.
  browser = await launch();
  const first = browser;
  const page = await visit(first);
  await star(page, TOP).click();
  await expect.poll(() => star(page, TOP).getAttribute('aria-pressed')).toBe('true');
  // The quoting entry's tools are drawn as it comes near the viewport (its text flows round them):
  // a reader selects words that have settled.
  await page.locator(SELECT.entry(QUOTING)).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.locator(`${SELECT.entry(QUOTING)} ${SELECT.ui(UI.entryTools)}`).first().waitFor({ state: 'attached' });
  await selectInQuote(page, QUOTING, WORDS.length);
  const save = page.locator(SELECT.action(ACTION.saveQuote));
  await save.waitFor({ state: 'visible', timeout: 3_000 });
  await save.click();
  await expect.poll(() => save.textContent()).toContain('Saved');
  await expect.poll(() => starredRow(first)).toBeDefined();
  await expect.poll(() => quoteRow(first)).toBeDefined();

  // Close the browser completely; the profile stays.
  await first.close();
  browser = undefined;
  expect(existsSync(profile.dir)).toBe(true);

  // Second session on the same profile: the page shows the star, the database has both rows.
  browser = await launch();
  const second = browser;
  expect(second.extensionId).toBe(first.extensionId);
  const again = await visit(second);
  await expect.poll(() => star(again, TOP).getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
  expect(await again.locator(`${STAR}[aria-pressed="true"]`).count()).toBe(1);
  expect(second.context.serviceWorkers().some((w) => w.url().startsWith(`chrome-extension://${second.extensionId}/`))).toBe(true);
  expect(await starredRow(second)).toBeDefined();
  expect(await quoteRow(second)).toMatchObject({ speaker: 'Helen Marsh', entry: QUOTING, site: 'guardian' });
});
