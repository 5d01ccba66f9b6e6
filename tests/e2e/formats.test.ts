// The structural check as shipped: the detector's cheap check finds a page worth a closer look
// (a live-looking URL or title, several times), the background injects structure.js, and only a
// page it finds live gets the reader. Fixtures served at real news addresses in a real Chromium.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { parseHtml } from '../../tools/dom';
import {
  ROOT,
  elementPath,
  launchWithExtension,
  readMutations,
  recordMutations,
  requireBuild,
  startFixtureServer,
  trackPageErrors,
  waitForMarkedEntries,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';

// Syndicated "The Latest" on a local site of the curated list; no schema.org LiveBlogPosting.
const LATEST_URL = 'https://www.chicagotribune.com/2026/03/14/the-latest-storm-knocks-out-power-to-thousands/';
// Reader comments under a how-to, at a live-looking URL so that the structural check runs.
const COMMENTS_URL = 'https://www.huffpost.com/entry/live-how-to-bleed-a-radiator_n_65f2';
// A 24liveblog blog that its script draws into the holder after the page has loaded, at an address and under a title that do not say live.
const LATE_URL = 'https://www.chicagotribune.com/2024/11/05/election-night-district-9/';
const FIXTURES: Record<string, string> = {
  [LATEST_URL]: 'tests/fixtures/generic/ap-the-latest.html',
  [COMMENTS_URL]: 'tests/fixtures/generic/neg-comments.html',
  [LATE_URL]: 'tests/fixtures/generic/platform-24liveblog-late.html',
};

let server: FixtureServer;
let browser: LaunchedBrowser;
beforeAll(async () => {
  requireBuild();
  server = await startFixtureServer(FIXTURES);
  browser = await launchWithExtension({ hosts: ['www.chicagotribune.com', 'www.huffpost.com'], port: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, record = false): Promise<Page> {
  const page = await browser.context.newPage();
  trackPageErrors(page);
  if (record) await recordMutations(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

describe('the structural check in its own script', () => {
  it('finds AP "The Latest" (a flat stream, no schema.org) and marks the entries the CLI finds', async () => {
    const html = readFileSync(resolve(ROOT, FIXTURES[LATEST_URL]!), 'utf8');
    const expected = analyzeDocument(parseHtml(html), LATEST_URL).entries.map((e) => ({ id: e.id, path: elementPath(e.element) }));
    expect(expected).toHaveLength(5);
    const page = await open(LATEST_URL);
    expect(await waitForMarkedEntries(page, { count: 5 })).toEqual(expected);
    await page.close();
  });

  it('finds a platform\'s blog that its script draws after the check ran, with the entries of the page drawn at once', async () => {
    const drawn = readFileSync(resolve(ROOT, 'tests/fixtures/generic/platform-24liveblog.html'), 'utf8');
    const expected = analyzeDocument(parseHtml(drawn), LATE_URL).entries.map((e) => e.id);
    expect(expected).toHaveLength(5);
    const page = await open(LATE_URL);
    expect((await waitForMarkedEntries(page, { count: 5, timeout: 15_000 })).map((e) => e.id)).toEqual(expected);
    await page.close();
  });

  it('leaves reader comments untouched, though the page was worth the closer look', async () => {
    const page = await open(COMMENTS_URL, true);
    await page.waitForTimeout(2_000);
    expect(await readMutations(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-lbl-entry]').length)).toBe(0);
    await page.close();
  });
});
