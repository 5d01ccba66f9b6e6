// The extension as shipped (.output/chrome-mv3, from `npm run build`) in a real Chromium, on
// fixtures served at real news addresses: live blogs get their entries marked with the same ids
// the command-line analyser finds, live updates are marked once, other pages are never touched,
// and LBL_PERF builds expose their User Timing measures to the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { parseHtml } from '../../tools/dom';
import {
  ROOT,
  ensurePerfBuild,
  elementPath,
  launchWithExtension,
  markedEntries,
  measures,
  readMutations,
  recordMutations,
  requireBuild,
  startFixtureServer,
  trackPageErrors,
  waitForMarkedEntries,
  type FixtureServer,
  type LaunchedBrowser,
  type MarkedEntry,
} from './harness';

const LIVE_URL = 'https://www.theguardian.com/world/live/2026/nov/29/harbour-city-floods-live';
const GUARDIAN_ARTICLE_URL = 'https://www.theguardian.com/world/2026/nov/29/harbour-city-counts-cost-flood-waters-recede';
const BBC_ARTICLE_URL = 'https://www.bbc.co.uk/news/articles/c9lens2e2e0o';
const FIXTURES: Record<string, string> = {
  [LIVE_URL]: 'tests/fixtures/e2e/guardian-live.html',
  [GUARDIAN_ARTICLE_URL]: 'tests/fixtures/e2e/guardian-article.html',
  [BBC_ARTICLE_URL]: 'tests/fixtures/e2e/bbc-article.html',
};
const HOSTS = ['www.theguardian.com', 'www.bbc.co.uk'];
const NOT_LIVE = [GUARDIAN_ARTICLE_URL, BBC_ARTICLE_URL];

// The fixture's pinned post repeats this stream block and has no id of its own.
const PINNED_ORIGINAL = 'block-692ad6f28f08e7793c0a4be1';
const STREAM_IDS = [
  'block-692ae4c18f08e40b7a31c0d2',
  'block-692ae1f08f0822aea9d1f3a7',
  'block-692adb6a8f08c4e6961e22b5',
  PINNED_ORIGINAL,
  'block-692ad2358f089152201c9d40',
  'block-692ace108f08e408b75f0a11',
];

/** What the command-line pipeline (linkedom in Node) finds on the same HTML. */
function nodeEntries(html: string, url: string): MarkedEntry[] {
  return analyzeDocument(parseHtml(html), url).entries.map((e) => ({ id: e.id, path: elementPath(e.element) }));
}

/** A stream block as the Guardian's own script inserts it on a live update. */
function guardianBlock(id: string, time: string, text: string): string {
  const href = `${LIVE_URL}?page=with:${id}#${id}`;
  return (
    `<article id="${id}" class="block dcr-1r02hz5"><header class="dcr-1ruaxm7"><div class="dcr-zs1hqa">` +
    `<a href="${href}" data-ignore="global-link-styling"><time dateTime="2026-11-29T${time}:00.000Z" data-relativeformat="med">now</time>` +
    `<span>${time.replace(':', '.')}&#160;GMT</span></a></div></header><p class="dcr-wwfw9f">${text}</p><footer></footer></article>`
  );
}

let server: FixtureServer;
const pages: Page[] = [];

beforeAll(async () => {
  requireBuild(); // fails with "Run `npm run build` first" when .output/chrome-mv3 is missing
  server = await startFixtureServer(FIXTURES);
});
afterAll(async () => server?.close());
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
});

async function open(browser: LaunchedBrowser, url: string, { record = false } = {}): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  trackPageErrors(page);
  if (record) await recordMutations(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

describe('the shipped build', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ hosts: HOSTS, port: server.port });
  });
  afterAll(async () => browser?.close());

  it('(a) marks every entry of a Guardian live blog with the ids the CLI finds, pinned copy included', async () => {
    const expected = nodeEntries(readFileSync(resolve(ROOT, FIXTURES[LIVE_URL]!), 'utf8'), LIVE_URL);
    // Guard the fixture itself: the pinned copy first, under its original's id, then the stream.
    expect(expected.map((e) => e.id)).toEqual([PINNED_ORIGINAL, ...STREAM_IDS]);

    const page = await open(browser, LIVE_URL);
    const marked = await waitForMarkedEntries(page, { count: expected.length });
    expect(marked).toEqual(expected);
    const blocks = await page.evaluate(() => document.querySelectorAll('#liveblog-body article.block').length);
    expect(blocks).toBe(marked.length);
  });

  it('(b) marks entries the site inserts later, within 2 s, without re-processing the others', async () => {
    const page = await open(browser, LIVE_URL, { record: true });
    await waitForMarkedEntries(page, { count: 7 });

    const started = Date.now();
    // A live update lands at the top of the stream, as the site's own script puts it there.
    await page.evaluate(
      (html) => document.getElementById('top-of-blog')!.insertAdjacentHTML('afterend', html),
      guardianBlock('block-692ae9d08f08a1b2c3d4e5f6', '14:02', 'The river level at the harbour gauge has dropped by 20cm in the last hour.'),
    );
    // Waits longer than the bound, so a slow mark fails below with its real latency, not a timeout.
    await page.waitForSelector('[data-lbl-entry="block-692ae9d08f08a1b2c3d4e5f6"]', { state: 'attached', timeout: 5_000 });
    const latencyMs = Date.now() - started;

    // "Older posts" arrive as several blocks at once at the bottom.
    await page.evaluate(
      (html) => document.querySelector('gu-island[name="LiveBlogEpic"]')!.insertAdjacentHTML('beforebegin', html),
      guardianBlock('block-692ac9f18f08e408b75f0a01', '11:02', 'Flood sirens sounded across the lower town shortly after 11am.') +
        guardianBlock('block-692ac6a28f08e408b75f0a00', '10:55', 'We will be bringing you the latest on the floods throughout the day.'),
    );
    await waitForMarkedEntries(page, { count: 10, timeout: 5_000 });

    // Each element got its mark written exactly once: nothing was re-read or re-marked.
    const writes = (await readMutations(page)).filter((r) => r.type === 'attributes' && r.attribute === 'data-lbl-entry');
    const perElement = new Map<string, number>();
    for (const w of writes) perElement.set(w.target, (perElement.get(w.target) ?? 0) + 1);
    expect(perElement.size).toBe(10);
    expect([...perElement.values()].every((n) => n === 1)).toBe(true);

    // After the updates the browser still agrees with the CLI run on the page as it now is.
    expect(await markedEntries(page)).toEqual(nodeEntries(await page.content(), LIVE_URL));
    expect(latencyMs, 'ms from insertion to mark').toBeLessThan(2_000);
  });

  it.each(NOT_LIVE)('(c) leaves a page that is not a live blog untouched: %s', async (url) => {
    const page = await open(browser, url, { record: true });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.waitForTimeout(2_000);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(before);
    expect(await readMutations(page)).toEqual([]);
    const traces = await page.evaluate(() =>
      Array.from(document.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('data-lbl'))),
    );
    expect(traces).toEqual([]);
  });

  it('(d) records no User Timing measures without LBL_PERF', async () => {
    const live = await open(browser, LIVE_URL);
    await waitForMarkedEntries(live, { count: 7 });
    const article = await open(browser, GUARDIAN_ARTICLE_URL);
    await article.waitForTimeout(1_000);
    const names = ['liveblog-lens:detect', 'liveblog-lens:pipeline'];
    expect(await measures(live, names)).toEqual({ 'liveblog-lens:detect': 0, 'liveblog-lens:pipeline': 0 });
    expect(await measures(article, names)).toEqual({ 'liveblog-lens:detect': 0, 'liveblog-lens:pipeline': 0 });
  });
});

describe('(d) the LBL_PERF=1 build', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ extensionDir: ensurePerfBuild(), hosts: HOSTS, port: server.port });
  }, 180_000);
  afterAll(async () => browser?.close());

  const count = (page: Page, name: string) =>
    page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout: 5_000 });

  it('measures detect and pipeline on a live blog, visible from the page', async () => {
    const page = await open(browser, LIVE_URL);
    await waitForMarkedEntries(page, { count: 7 });
    await count(page, 'liveblog-lens:detect');
    await count(page, 'liveblog-lens:pipeline').catch(() => {
      throw new Error('no liveblog-lens:pipeline measure: the reader does not record it in LBL_PERF builds');
    });
    expect(await measures(page, ['liveblog-lens:detect', 'liveblog-lens:pipeline'])).toEqual({
      'liveblog-lens:detect': 1,
      'liveblog-lens:pipeline': 1,
    });
  });

  it.each(NOT_LIVE)('measures detect only, and still changes nothing, on %s', async (url) => {
    const page = await open(browser, url, { record: true });
    await count(page, 'liveblog-lens:detect');
    await page.waitForTimeout(500);
    expect(await measures(page, ['liveblog-lens:detect', 'liveblog-lens:pipeline'])).toEqual({
      'liveblog-lens:detect': 1,
      'liveblog-lens:pipeline': 0,
    });
    expect(await readMutations(page)).toEqual([]);
  });
});
