// Save quote's edge cases in the shipped build, in Chromium (issue 13, point 3): a triple click
// (whose selection runs on into the next block and our chips) gets its button; a second selection
// right after a save gets its own at once; a selection across two entries says why it cannot be
// saved; the button and the "Who said this?" form never cover the selected words. And the privacy
// check that decides whether saved quotes are highlighted in the page: a highlight registered from
// an isolated world (as a content script's) is readable by the page's own scripts through
// `CSS.highlights`, so Liveblog Lens registers none (issue 14: privacy wins over highlighting).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, UI } from '../../lib/page-contract';
import { BUILD_DIR, ROOT } from './harness';
import { readDb } from './extension-db';
import { servePages } from './page';
import { useLens } from './setup';

const BASE = 'https://www.theguardian.com/politics/live/2026/dec/02/autumn-budget-2026-live-updates-quotes';
const V1 = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-reading-state.html'), 'utf8');
const QUOTING = 'block-6931a0000000000000004444'; // quotes Helen Marsh; right after NO_SPEAKER in the page
const NO_SPEAKER = 'block-6931a0000000000000005555';
const SAVE = SELECT.action(ACTION.saveQuote);

const pages = new Map<string, string>();
const lens = useLens({ routes: { '/': '<!doctype html><title>not a fixture</title>' }, hosts: ['www.theguardian.com'] });
beforeAll(() => servePages(lens.context, pages));

async function visit(slug: string): Promise<Page> {
  const url = `${BASE}-${slug}`;
  pages.set(url, V1);
  const page = await lens.open(url, { count: 14, before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }) });
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}
const quotesOf = async (slug: string) => (await readDb(lens.context, lens.browser.extensionId, 'quotes')).filter((q) => q.blog === `${BASE}-${slug}`);

/** True when `selector`'s box overlaps none of the selection's line boxes. */
const clearOfSelection = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const b = el.getBoundingClientRect();
    const lines = [...getSelection()!.getRangeAt(0).getClientRects()].filter((r) => r.width > 2 && r.height > 2);
    return lines.length > 0 && lines.every((r) => b.right <= r.left || b.left >= r.right || b.bottom <= r.top || b.top >= r.bottom);
  });

describe('save quote', () => {
  it('a triple click on a quote gets its button (with the speaker), clear of the words', async () => {
    const page = await visit('triple');
    const quote = page.locator(`${SELECT.entry(QUOTING)} blockquote p`).first();
    await quote.scrollIntoViewIfNeeded();
    await quote.click({ clickCount: 3 });
    // The browser's triple-click selection ends past the paragraph (the next block, our chips).
    expect(await page.evaluate(() => getSelection()!.getRangeAt(0).endContainer.nodeName)).not.toBe('#text');
    const button = page.locator(SAVE);
    await button.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await button.textContent()).toBe('Save quote · Helen Marsh');
    expect(await clearOfSelection(page, SAVE)).toBe(true);
    await button.click();
    await expect.poll(() => quotesOf('triple')).toHaveLength(1);
    const [row] = await quotesOf('triple');
    expect(row).toMatchObject({ speaker: 'Helen Marsh', entry: QUOTING });
    expect(String(row!.text)).toMatch(/^We will not borrow to pay for day-to-day spending/);
    expect(String(row!.text)).not.toMatch(/Share|Helen Marsh\n|f$/); // nothing of the next block or our controls

    // A second selection right away (the first still says "Saved") gets its own button at once.
    await expect.poll(() => button.textContent()).toContain('Saved');
    const other = page.locator(`${SELECT.entry(QUOTING)} p`).first();
    await other.click({ clickCount: 3 });
    await expect.poll(() => button.textContent(), { timeout: 1_000 }).toMatch(/^Save quote/);
    expect(await button.isEnabled()).toBe(true);
  });

  it('saves the words selected when the button is pressed, though the selection changed after it was drawn', async () => {
    const page = await visit('moved');
    const select = (whole: boolean) =>
      page.locator(`${SELECT.entry(QUOTING)} blockquote p`).first().evaluate((p, all) => {
        p.scrollIntoView({ block: 'center' });
        const text = p.firstChild!;
        const range = document.createRange();
        range.setStart(text, all ? 0 : 12); // "borrow"
        range.setEnd(text, all ? text.textContent!.length : 18);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, whole);
    await select(false);
    const button = page.locator(SAVE);
    await button.waitFor({ state: 'visible', timeout: 3_000 });
    // The page swallows selection changes from now on (as a triple click's last press can outrun
    // them): the button drawn for one word stays, while the reader selects the whole quote.
    await page.evaluate(() => addEventListener('selectionchange', (e) => e.stopImmediatePropagation(), true));
    await select(true);
    await button.click();
    await expect.poll(() => quotesOf('moved')).toHaveLength(1);
    const [row] = await quotesOf('moved');
    expect(row).toMatchObject({ speaker: 'Helen Marsh', entry: QUOTING });
    expect(String(row!.text)).toBe('We will not borrow to pay for day-to-day spending, and we will not raise income tax, national insurance or VAT on working people.');
  });

  it('a selection across two entries says why it cannot be saved, and saves nothing', async () => {
    const page = await visit('across');
    // From the last paragraph of one entry into the first of the next (as a drag would select).
    await page.evaluate(([from, to, ui]) => {
      const a = document.querySelector(from!)!.querySelectorAll(`:scope > p:not([${ui}])`); // the site's, not our see-also line
      const start = a[a.length - 1]!.firstChild!;
      const end = document.querySelector(to!)!.querySelector(':scope > p')!.firstChild!;
      (start.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(start, 0);
      range.setEnd(end, 20);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, [SELECT.entry(NO_SPEAKER), SELECT.entry(QUOTING), ATTR.ui]);
    const note = page.locator(`[${ATTR.ui}="reading-layer"] .note`);
    await note.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await note.textContent()).toBe('Select words within one entry to save them as a quote.');
    expect(await page.locator(SAVE).count()).toBe(0);
    // Our controls may still be drawn in the entries above as the words are selected: the note ends clear of them.
    await expect.poll(() => clearOfSelection(page, `[${ATTR.ui}="reading-layer"] .note`)).toBe(true);
  });

  it('the button follows its words when a live entry is inserted above them', async () => {
    const page = await visit('follows');
    const quote = page.locator(`${SELECT.entry(QUOTING)} blockquote p`).first();
    await quote.evaluate((p) => {
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, 20);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const button = page.locator(SAVE);
    await button.waitFor({ state: 'visible', timeout: 3_000 });
    await expect.poll(() => clearOfSelection(page, SAVE)).toBe(true);
    /** The button's top less the selection's bottom, in page pixels. */
    const gap = () => button.evaluate((b) => b.getBoundingClientRect().top - getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
    const before = await gap();
    // The site puts a new, tall entry at the top of its list, above the selected words.
    await page.evaluate((first) => {
      const entry = document.querySelector(first)!;
      const fresh = document.createElement('div');
      fresh.style.height = '600px';
      fresh.textContent = 'A new post';
      entry.parentElement!.insertBefore(fresh, entry);
    }, SELECT.entry(NO_SPEAKER));
    await expect.poll(gap).toBeCloseTo(before, 0);
    expect(await clearOfSelection(page, SAVE)).toBe(true);
  });

  it('the "Who said this?" form sits clear of the selected words, even at the bottom of the window', async () => {
    const page = await visit('prompt');
    const paragraph = page.locator(`${SELECT.entry(NO_SPEAKER)} p`).first();
    // Its entry's star is drawn as it comes near the viewport (the text flows round it): the reader
    // selects lines that have settled.
    await paragraph.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.locator(`${SELECT.entry(NO_SPEAKER)} > ${SELECT.ui(UI.entryTools)}`).waitFor({ state: 'attached' });
    // The paragraph at the very bottom of the window: no room below it.
    await paragraph.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 4));
    const box = (await paragraph.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 4, { steps: 8 });
    await page.mouse.up();
    await page.locator(SAVE).waitFor({ state: 'visible' });
    expect(await clearOfSelection(page, SAVE)).toBe(true);
    // The form's text field takes the focus (and with it the page's selection): compare with the lines as selected.
    const lines = await page.evaluate(() => [...getSelection()!.getRangeAt(0).getClientRects()].filter((r) => r.width > 2 && r.height > 2).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })));
    await page.locator(SAVE).click();
    const form = page.locator(`[${ATTR.ui}="reading-layer"] form`);
    await form.waitFor({ state: 'visible' });
    const f = (await form.boundingBox())!;
    expect(lines.length).toBeGreaterThan(0);
    for (const r of lines) expect(f.x + f.width <= r.left || f.x >= r.right || f.y + f.height <= r.top || f.y >= r.bottom).toBe(true);
    expect(f.y).toBeGreaterThanOrEqual(0);
    expect(f.y + f.height).toBeLessThanOrEqual(900); // on screen
  });
});

describe('highlighting saved quotes: privacy first', () => {
  it('a highlight set from an isolated world is readable by page scripts, so the reader sets none', async () => {
    const page = await visit('highlight');
    // An isolated world, as a content script has one, registers a highlight over a quote.
    const cdp = await lens.context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'lens-probe' });
    const set = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      returnByValue: true,
      expression: `(() => {
        const p = document.querySelector('${SELECT.entry(QUOTING)} blockquote p');
        const range = document.createRange();
        range.selectNodeContents(p);
        CSS.highlights.set('saved-quote-probe', new Highlight(range));
        return CSS.highlights.size;
      })()`,
    });
    expect(set.result.value).toBe(1);
    // The page's own world reads the registry: the name, and the very words.
    const seen = await page.evaluate(() => [...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => (r as Range).toString().slice(0, 30))]));
    expect(seen).toEqual([['saved-quote-probe', ['We will not borrow to pay for ']]]);
    await cdp.detach();
  });

  it('with a saved quote, the page finds no highlight, and the shipped reader registers none', async () => {
    const page = await visit('no-highlight');
    const quote = page.locator(`${SELECT.entry(QUOTING)} blockquote p`).first();
    await quote.scrollIntoViewIfNeeded();
    await quote.click({ clickCount: 3 });
    await page.locator(SAVE).click();
    await expect.poll(() => quotesOf('no-highlight')).toHaveLength(1);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(SELECT.entry(QUOTING) + `[${ATTR.entry}]`, { state: 'attached' });
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const scripts = readdirSync(resolve(BUILD_DIR, 'content-scripts')).map((f) => readFileSync(resolve(BUILD_DIR, 'content-scripts', f), 'utf8'));
    expect(scripts.some((s) => /CSS\.highlights|new Highlight\(/.test(s))).toBe(false);
  });
});
