// Everything survives a closed browser: a star and a saved quote made in one browser session are
// there after Chromium is shut down completely and started again on the same profile, both on
// the page (the star is pressed) and in the extension's database, read from the new service worker.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchWithExtension,
  requireBuild,
  startFixtureServer,
  trackPageErrors,
  waitForMarkedEntries,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';
import { keptProfile, type KeptProfile } from './profile';
import { readDb, selectInQuote } from './reading-helpers';

const URL_ = 'https://www.theguardian.com/politics/live/2026/dec/02/autumn-budget-2026-live-updates';
const ENTRIES = 14;
const TOP = 'block-6931a000000000000000dddd';
const QUOTING = 'block-6931a0000000000000004444';
const WORDS = 'We will not borrow to pay for day-to-day spending, and we';

let server: FixtureServer;
let profile: KeptProfile;
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  requireBuild();
  server = await startFixtureServer({ [URL_]: 'tests/fixtures/reading/guardian-live.html' });
  profile = keptProfile();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  profile?.remove();
});

const launch = () => launchWithExtension({ hosts: ['www.theguardian.com'], port: server.port, userDataDir: profile.dir });

async function visit(b: LaunchedBrowser): Promise<Page> {
  const page = await b.context.newPage();
  trackPageErrors(page);
  await page.goto(URL_, { waitUntil: 'load' });
  await waitForMarkedEntries(page, { count: ENTRIES });
  await page.waitForSelector('[data-lbl-ui="entry-tools"] [data-lbl-action="star"]', { state: 'attached' });
  return page;
}

const star = (page: Page, id: string) => page.locator(`[data-lbl-entry="${id}"] [data-lbl-action="star"]`).first();
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
  await selectInQuote(page, QUOTING, WORDS.length);
  const save = page.locator('[data-lbl-action="save-quote"]');
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
  expect(await again.locator('[data-lbl-action="star"][aria-pressed="true"]').count()).toBe(1);
  expect(second.context.serviceWorkers().some((w) => w.url().startsWith(`chrome-extension://${second.extensionId}/`))).toBe(true);
  expect(await starredRow(second)).toBeDefined();
  expect(await quoteRow(second)).toMatchObject({ speaker: 'Helen Marsh', entry: QUOTING, site: 'guardian' });
});
