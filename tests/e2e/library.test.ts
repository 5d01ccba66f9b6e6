// The library page in the shipped build (.output/chrome-mv3): quotes saved on a fixture live blog
// appear in an already open library without a reload, with their speakers; search narrows;
// delete and undo; export JSON → clear → import gives back the same library; the Markdown export
// matches its expected file; axe finds nothing in light or dark; and 10,000 quotes load and
// search quickly (figures printed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT } from '../../lib/page-contract';
import { ROOT } from './harness';
import { trackPageErrors } from './page';
import { useLens } from './setup';

// Printed times depend on the zone; Chromium inherits it from the environment it is launched with.
process.env.TZ = 'UTC';

const LIVE_URL = 'https://www.theguardian.com/world/live/2026/nov/29/harbour-city-floods-live';
const VARN = { entry: 'block-692ae4c18f08e40b7a31c0d2', text: 'Nobody goes home to a flooded house tonight.', speaker: 'Ilse Varn' };
const ODUYA = { entry: 'block-692ad6f28f08e7793c0a4be1', text: 'The gates did exactly what they were designed to do.', speaker: 'Maren Oduya' };
const EXPECTED_MD = resolve(ROOT, 'tests/fixtures/library/expected-e2e-export.md');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const lens = useLens({ routes: { [LIVE_URL]: 'tests/fixtures/blogs/floods-pinned-repeat.html' } });
let library: Page;

// One library page for the whole file (the tests go on from one another), opened once.
beforeAll(async () => {
  library = await lens.context.newPage();
  trackPageErrors(library);
  await library.goto(`chrome-extension://${lens.browser.extensionId}/library.html`);
  await library.getByText('0 quotes').waitFor();
});

const rows = (page: Page = library) => page.locator('.lbl-list > li');
const status = (page: Page = library) => page.locator('.lbl-status');

/** Selects `phrase` inside the (last, i.e. stream) element of entry `id`, as a reader's drag would. */
async function selectPhrase(page: Page, id: string, phrase: string): Promise<void> {
  const ok = await page.evaluate(
    ([selector, words]) => {
      const els = document.querySelectorAll(selector!);
      const el = els[els.length - 1];
      if (!el) return false;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
      return false;
    },
    [SELECT.entry(id), phrase] as const,
  );
  expect(ok, `"${phrase}" in ${id}`).toBe(true);
}

/** Saves a quote with the page's own "Save quote" button, naming the speaker if it asks. */
async function saveQuoteOnPage(page: Page, q: typeof VARN): Promise<void> {
  await selectPhrase(page, q.entry, q.text);
  const button = page.locator(SELECT.action(ACTION.saveQuote));
  await button.waitFor({ state: 'visible', timeout: 5_000 });
  await button.click();
  const field = page.locator(`[${ATTR.field}="speaker"]`);
  // Either the speaker was recognised and the quote is saved, or the page asks who said it.
  const asked = await field.waitFor({ state: 'visible', timeout: 1_500 }).then(() => true, () => false);
  if (asked) {
    await field.fill(q.speaker);
    await page.locator(SELECT.action(ACTION.saveQuoteConfirm)).click();
  }
  // The button says "Saved" for a moment, then goes; only then does a new selection get one.
  await button.waitFor({ state: 'hidden', timeout: 10_000 });
}

async function download(page: Page, scope: RegExp, format: 'Markdown' | 'CSV' | 'JSON'): Promise<string> {
  const menu = page.locator('details.lbl-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Export / import').click();
  await page.getByRole('radio', { name: scope }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format, exact: true }).click()]);
  return readFileSync(await (file as Download).path(), 'utf8');
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(n: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  });
  expect(violations).toEqual([]);
}

describe('the library page', () => {
  it('shows quotes saved on a live blog, with their speakers, without a reload', async () => {
    const blog = await lens.open(LIVE_URL, { count: 7 });
    await saveQuoteOnPage(blog, VARN);
    await library.getByText(VARN.text, { exact: true }).waitFor({ timeout: 10_000 });
    await saveQuoteOnPage(blog, ODUYA);
    await library.getByText(ODUYA.text, { exact: true }).waitFor({ timeout: 10_000 });
    await blog.close();

    await expect.poll(() => rows().count()).toBe(2);
    const speakers = await rows().evaluateAll((lis) =>
      Object.fromEntries(lis.map((li) => [li.querySelector('.lbl-text')!.textContent, li.querySelector('.lbl-speaker')!.textContent])),
    );
    expect(speakers).toEqual({ [ODUYA.text]: ODUYA.speaker, [VARN.text]: VARN.speaker });
    expect(await status().textContent()).toBe('2 quotes');
    const link = await rows().filter({ hasText: VARN.text }).getByRole('link', { name: /Open entry/ }).getAttribute('href');
    expect(link).toContain(`#${VARN.entry}`);
  });

  it('narrows as the reader types', async () => {
    await library.getByRole('searchbox', { name: 'Search' }).fill('FLOODED');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await status().textContent()).toBe('1 of 2 quotes');
    await library.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('deletes a quote and undoes the delete', async () => {
    await library.getByRole('button', { name: /Delete quote: Nobody goes home/ }).click();
    await expect.poll(() => rows().count()).toBe(1);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    await library.getByText(VARN.text, { exact: true }).waitFor();
  });

  it('exports Markdown that reads as the expected file', async () => {
    const md = await download(library, /Everything/, 'Markdown');
    // LBL_UPDATE_EXPECTED=1 rewrites the expected file (then read the diff before committing it).
    if (process.env.LBL_UPDATE_EXPECTED === '1') writeFileSync(EXPECTED_MD, md);
    expect(md).toBe(readFileSync(EXPECTED_MD, 'utf8'));
  });

  it('exports JSON, clears the library, imports the file: everything is back, identical', async () => {
    const before = JSON.parse(await download(library, /Everything/, 'JSON')) as Record<string, unknown>;
    expect(before).toMatchObject({ format: 'liveblog-lens', version: 1 });
    expect((before.quotes as unknown[]).length).toBe(2);

    await library.getByRole('button', { name: 'Select all shown' }).click();
    await library.getByRole('button', { name: 'Delete selected' }).click();
    await library.getByText(/No saved quotes yet/).waitFor();

    const json = `${JSON.stringify(before)}`;
    await library.locator('#lbl-import').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    const report = library.getByRole('status', { name: 'Import result' });
    await expect.poll(() => report.textContent()).toContain('Added 2 quotes and 0 starred entries.');
    await expect.poll(() => rows().count()).toBe(2);

    const after = JSON.parse(await download(library, /Everything/, 'JSON')) as Record<string, unknown>;
    expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
    await library.getByRole('button', { name: 'Close' }).click();
  });

  it('has no axe violations in light and dark', async () => {
    await library.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(library);
    await library.emulateMedia({ colorScheme: 'dark' });
    expect(await library.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 19, 22)');
    await expectNoAxeViolations(library);
    await library.emulateMedia({ colorScheme: 'light' });
  });

  it('loads, filters and searches 10,000 quotes without a visible pause', async () => {
    const base = JSON.parse(await download(library, /Everything/, 'JSON')) as { blogs: unknown[]; quotes: Array<Record<string, unknown>> };
    const template = base.quotes[0]!;
    const quotes = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `q-bench-${String(i).padStart(6, '0')}`,
      text: `Bench quote ${i}: the council will review flood defences, pumps and barriers at site ${i % 97}.`,
      speaker: `Speaker ${i % 40}`,
      savedAt: (template.savedAt as number) - (i + 1) * 60_000,
    }));
    const file = JSON.stringify({ format: 'liveblog-lens', version: 1, blogs: base.blogs, quotes, starred: [] });
    const started = Date.now();
    await library.locator('#lbl-import').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await library.getByText('10,002 quotes').waitFor({ timeout: 60_000 }); // a wait, not a speed check: a loaded machine is slow
    const importMs = Date.now() - started;

    // A fresh load: from navigation start to the list drawn with all 10,002 counted (numbers as the locale writes them).
    await library.reload();
    await library.getByText('10,002 quotes').waitFor({ timeout: 30_000 });
    const loadMs = await library.evaluate(() => performance.now());
    expect(await rows().count()).toBeLessThan(100);

    // Scrolling half-way draws the rows there (and only those); End jumps to the last one.
    await library.locator('.lbl-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await expect.poll(() => rows().first().getAttribute('data-index').then(Number)).toBeGreaterThan(3_000);
    expect(await rows().count()).toBeLessThan(100);
    await rows().first().focus();
    await library.keyboard.press('End');
    await expect.poll(() => library.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).toBe('10002');
    await library.locator('.lbl-scroller').evaluate((el) => el.scrollTo(0, 0));

    // Search and a speaker filter, timed in the page from the input event to the next frame.
    const timed = (action: string) =>
      library.evaluate(async (js) => {
        const t0 = performance.now();
        new Function(js)();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return performance.now() - t0;
      }, action);
    const type = (v: string) =>
      `const i = document.getElementById('lbl-search-input'); i.value = ${JSON.stringify(v)}; i.dispatchEvent(new Event('input', { bubbles: true }));`;
    const searchMs = [await timed(type('b')), await timed(type('ba')), await timed(type('barriers at site 42.'))];
    // i % 97 === 42 for 103 of the 10,000 (42, 139, ..., 9936).
    expect(await status().textContent()).toBe('103 of 10,002 quotes');
    await timed(type(''));
    const filterMs = await timed(
      `const s = document.getElementById('lbl-filter-speaker'); s.value = 'speaker 7'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
    );
    expect(await status().textContent()).toBe('250 of 10,002 quotes');
    console.log(
      `library, real Chromium, 10,002 quotes: import ${importMs} ms; load to list ${Math.round(loadMs)} ms; ` +
        `search keystrokes ${searchMs.map((m) => Math.round(m)).join('/')} ms; speaker filter ${Math.round(filterMs)} ms`,
    );

    // On a phone (390 px) the filters fold behind one button, the quotes come first, and the list
    // still draws only the rows near the screen (a scroller grown to its content drew all 10,002).
    await library.setViewportSize({ width: 390, height: 844 });
    try {
      await library.getByRole('button', { name: 'Filters' }).waitFor({ timeout: 10_000 });
      await expect.poll(() => rows().count()).toBeLessThan(100);
      const firstRow = await rows().first().boundingBox();
      expect(firstRow!.y).toBeLessThan(844);
      expect(await library.locator('.lbl-scroller').evaluate((el) => el.clientHeight)).toBeLessThanOrEqual(844);
    } finally {
      await library.setViewportSize({ width: 1280, height: 900 });
    }
  }, 120_000);

  it('keeps an unterminated right-to-left override inside the speaker name (issue 14, finding 13)', async () => {
    const blog = 'https://www.theguardian.com/world/live/2026/nov/30/rtl-check-live';
    const quote = {
      id: 'q-rtl-check-01', text: 'Words kept in order.', speaker: '\u202EEvil Speaker', blog, site: 'guardian', entry: 'block-1',
      entryTime: '2026-11-30T12:20:00Z', permalink: `${blog}#block-1`, savedAt: Date.UTC(2030, 0, 1),
    };
    const file = JSON.stringify({ format: 'liveblog-lens', version: 1, blogs: [{ key: blog, url: blog, title: 'Ordered blog title', site: 'guardian', firstVisit: quote.savedAt, lastVisit: quote.savedAt }], quotes: [quote], starred: [] });
    const clear = library.getByRole('button', { name: 'Clear filters' });
    if ((await clear.isVisible()) && (await clear.isEnabled())) await clear.click(); // shown but disabled when no filter is set
    await library.locator('#lbl-import').setInputFiles({ name: 'rtl.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const row = rows().filter({ hasText: 'Words kept in order.' });
    await row.waitFor();
    // Drawn left to right in this order: the name, the time, the blog title. Without isolation the
    // override reverses everything after the name, and the title lands left of the time.
    const x = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.x;
    const [name, time, title] = [await x(row.locator('.lbl-speaker')), await x(row.locator('.lbl-meta time')), await x(row.locator('.lbl-blog'))];
    expect(name).toBeLessThan(time);
    expect(time).toBeLessThan(title);
    await library.getByRole('button', { name: 'Close' }).click();
  });

});
