// The extension as shipped (.output/chrome-mv3, from `npm run build`) in a real Chromium, on
// fixtures served at real news addresses: live blogs get their entries marked with the same ids
// the command-line analyser finds, live updates are marked once, other pages are never touched,
// and LBL_PERF builds expose their User Timing measures to the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { ATTR, MEASURE, SELECT } from '../../lib/page-contract';
import { parseHtml } from '../../tools/dom';
import { guardianBlock } from '../fixtures/blogs/guardian-block';
import { ROOT, ensurePerfBuild, type LaunchedBrowser } from './harness';
import { elementPath, markedEntries, measures, readMutations, waitForMarkedEntries, type MarkedEntry } from './page';
import { useLens } from './setup';

const LIVE_URL = 'https://www.theguardian.com/world/live/2026/nov/29/harbour-city-floods-live';
const GUARDIAN_ARTICLE_URL = 'https://www.theguardian.com/world/2026/nov/29/harbour-city-counts-cost-flood-waters-recede';
const BBC_ARTICLE_URL = 'https://www.bbc.co.uk/news/articles/c9lens2e2e0o';
const FIXTURES: Record<string, string> = {
  [LIVE_URL]: 'tests/fixtures/blogs/floods-pinned-repeat.html',
  [GUARDIAN_ARTICLE_URL]: 'tests/fixtures/blogs/not-live-guardian-article.html',
  [BBC_ARTICLE_URL]: 'tests/fixtures/blogs/not-live-bbc-article.html',
};
const NOT_LIVE = [GUARDIAN_ARTICLE_URL, BBC_ARTICLE_URL];
const TIMINGS = [MEASURE.detect, MEASURE.pipeline];

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
const block = (id: string, time: string, text: string) =>
  guardianBlock({ id, blog: LIVE_URL, time: `2026-11-29T${time}:00.000Z`, paragraphs: [text] });

const lens = useLens({ routes: FIXTURES });

describe('the shipped build', () => {

  it('(a) marks every entry of a Guardian live blog with the ids the CLI finds, pinned copy included', async () => {
    const expected = nodeEntries(readFileSync(resolve(ROOT, FIXTURES[LIVE_URL]!), 'utf8'), LIVE_URL);
    // Guard the fixture itself: the pinned copy first, under its original's id, then the stream.
    expect(expected.map((e) => e.id)).toEqual([PINNED_ORIGINAL, ...STREAM_IDS]);

    const page = await lens.open(LIVE_URL);
    const marked = await waitForMarkedEntries(page, { count: expected.length });
    expect(marked).toEqual(expected);
    const blocks = await page.evaluate(() => document.querySelectorAll('#liveblog-body article.block').length);
    expect(blocks).toBe(marked.length);
  });

  it('(b) marks entries the site inserts later, within 2 s, without re-processing the others', async () => {
    const page = await lens.open(LIVE_URL, { record: true, count: 7 });

    const started = Date.now();
    // A live update lands at the top of the stream, as the site's own script puts it there.
    await page.evaluate(
      (html) => document.getElementById('top-of-blog')!.insertAdjacentHTML('afterend', html),
      block('block-692ae9d08f08a1b2c3d4e5f6', '14:02', 'The river level at the harbour gauge has dropped by 20cm in the last hour.'),
    );
    // Waits longer than the bound, so a slow mark fails below with its real latency, not a timeout.
    await page.waitForSelector(SELECT.entry('block-692ae9d08f08a1b2c3d4e5f6'), { state: 'attached', timeout: 5_000 });
    const latencyMs = Date.now() - started;

    // "Older posts" arrive as several blocks at once at the bottom.
    await page.evaluate(
      (html) => document.querySelector('gu-island[name="LiveBlogEpic"]')!.insertAdjacentHTML('beforebegin', html),
      block('block-692ac9f18f08e408b75f0a01', '11:02', 'Flood sirens sounded across the lower town shortly after 11am.') +
        block('block-692ac6a28f08e408b75f0a00', '10:55', 'We will be bringing you the latest on the floods throughout the day.'),
    );
    await waitForMarkedEntries(page, { count: 10, timeout: 5_000 });

    // Each element got its mark written exactly once: nothing was re-read or re-marked.
    const writes = (await readMutations(page)).filter((r) => r.type === 'attributes' && r.attribute === ATTR.entry);
    const perElement = new Map<string, number>();
    for (const w of writes) perElement.set(w.target, (perElement.get(w.target) ?? 0) + 1);
    expect(perElement.size).toBe(10);
    expect([...perElement.values()].every((n) => n === 1)).toBe(true);

    // After the updates the browser still agrees with the CLI run on the page as it now is.
    expect(await markedEntries(page)).toEqual(nodeEntries(await page.content(), LIVE_URL));
    expect(latencyMs, 'ms from insertion to mark').toBeLessThan(2_000);
  });

  it.each(NOT_LIVE)('(c) leaves a page that is not a live blog untouched: %s', async (url) => {
    const page = await lens.open(url, { record: true });
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
    const live = await lens.open(LIVE_URL, { count: 7 });
    const article = await lens.open(GUARDIAN_ARTICLE_URL);
    await article.waitForTimeout(1_000);
    const none = { [MEASURE.detect]: 0, [MEASURE.pipeline]: 0 };
    expect(await measures(live, TIMINGS)).toEqual(none);
    expect(await measures(article, TIMINGS)).toEqual(none);
  });
});

describe('(d) the LBL_PERF=1 build', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await lens.launch({ extensionDir: ensurePerfBuild() });
  }, 180_000);

  const count = (page: Page, name: string) =>
    page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout: 5_000 });

  it('measures detect and pipeline on a live blog, visible from the page', async () => {
    const page = await lens.open(LIVE_URL, { browser, count: 7 });
    await count(page, MEASURE.detect);
    await count(page, MEASURE.pipeline).catch(() => {
      throw new Error(`no ${MEASURE.pipeline} measure: the reader does not record it in LBL_PERF builds`);
    });
    expect(await measures(page, TIMINGS)).toEqual({ [MEASURE.detect]: 1, [MEASURE.pipeline]: 1 });
  });

  it.each(NOT_LIVE)('measures detect only, and still changes nothing, on %s', async (url) => {
    const page = await lens.open(url, { browser, record: true });
    await count(page, MEASURE.detect);
    await page.waitForTimeout(500);
    expect(await measures(page, TIMINGS)).toEqual({ [MEASURE.detect]: 1, [MEASURE.pipeline]: 0 });
    expect(await readMutations(page)).toEqual([]);
  });
});
