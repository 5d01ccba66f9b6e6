// Controls are drawn for the entries the reader can reach, in Chromium (issue 12: a 20,000-entry
// blog must be usable within seconds): on a 300-entry blog every entry is marked and every repeat
// is collapsed at once, wherever it is, but an entry far below has no star and no chips until the
// reader scrolls to it; the speaker filter hides non-matching entries all the way down, and the
// panel's "go to" a quote far below draws that entry's controls.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, TAG, UI } from '../../lib/page-contract';
import { generateGuardianBlog } from '../bench/generate';
import { openPanel, panelOf, speakerButton } from './page';
import { useLens } from './setup';

const URL = 'https://www.theguardian.com/world/live/2026/dec/03/lazy-controls-live';
const ENTRIES = 300;
/**
 * The bench's generated Guardian blog (every 25th entry a re-post), each speaker introduced and
 * quoted as the Guardian does it (the bench's own "X said:" lines name no one the pipeline trusts).
 */
const HTML = generateGuardianBlog(ENTRIES, URL).html.replace(
  /<p class="([^"]+)">Speaking to reporters, ([^<]+) said:<\/p><blockquote class="([^"]+)"><p>([^<]+)<\/p><\/blockquote>/g,
  '<p class="$1">The chief negotiator, <strong>$2</strong>, has left the session and spoken briefly to the press outside.</p>' +
    '<p class="$1">Speaking in Brussels, $2 said:</p><blockquote class="$3"><p>We will not sign a bad deal. $4</p></blockquote>',
);
const lens = useLens({ routes: { [URL]: HTML } });


const hasPart = (page: Page, id: string, part: string) =>
  page.evaluate(([sel, p]) => [...document.querySelector(sel!)!.children].some((c) => c.getAttribute('data-lbl-ui') === p), [SELECT.entry(id), part]);
const tools = (page: Page, id: string) => hasPart(page, id, UI.entryTools);
const chips = (page: Page, id: string) => hasPart(page, id, UI.chips);
const drawnTools = (page: Page) => page.locator(SELECT.ui(UI.entryTools)).count();

/** Repeats found, collapsed and given a stub, all over the page. */
const repeats = (page: Page) =>
  page.evaluate(([of, collapsed, stub]) => [of, collapsed, stub].map((sel) => document.querySelectorAll(sel!).length).join(' '),
    [`[${ATTR.duplicateOf}]`, `[${ATTR.collapsed}]`, SELECT.ui(UI.repeatStub)]);

/**
 * Opens the blog and waits until the reader is done with it: every entry marked, the top drawn,
 * and the repeats (the generator re-posts every 25th entry) collapsed, the same count for a second.
 */
async function open(): Promise<Page> {
  const page = await lens.open(URL, { count: ENTRIES, before: (p) => p.setViewportSize({ width: 1280, height: 800 }) });
  await expect.poll(async () => chips(page, await shown(page, 'first')), { timeout: 20_000 }).toBe(true);
  let last = '';
  await expect.poll(async () => {
    const now = await repeats(page);
    const same = now === last;
    last = now;
    const [found, collapsed, stubs] = now.split(' ').map(Number);
    return same && found! >= ENTRIES / 25 && found === collapsed && found === stubs;
  }, { timeout: 30_000, interval: 1_000 }).toBe(true);
  return page;
}
/** The first or the last entry of the page that is not a collapsed repeat. */
const shown = (page: Page, which: 'first' | 'last') =>
  page.evaluate(([sel, at]) => {
    const open = [...document.querySelectorAll(sel!)].filter((el) => !el.hasAttribute('data-lbl-collapsed'));
    return open[at === 'first' ? 0 : open.length - 1]!.getAttribute('data-lbl-entry')!;
  }, [SELECT.entry(), which]);

describe('controls near the viewport (issue 12)', () => {
  it('marks every entry and collapses every repeat at once, but draws a far entry’s controls only when it is reached', async () => {
    const page = await open();
    const [NEWEST, OLDEST] = [await shown(page, 'first'), await shown(page, 'last')];
    expect(await page.locator(SELECT.entry()).count()).toBe(ENTRIES);
    expect(await tools(page, NEWEST)).toBe(true);
    await page.waitForTimeout(1_000); // time enough to draw everything, were it drawn eagerly
    expect(await tools(page, OLDEST)).toBe(false);
    expect(await chips(page, OLDEST)).toBe(false);
    expect(await drawnTools(page)).toBeLessThan(ENTRIES / 3);

    await page.locator(SELECT.entry(OLDEST)).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(() => tools(page, OLDEST)).toBe(true);
    await expect.poll(() => chips(page, OLDEST)).toBe(true);
    // The reader's own click on the far entry's chip works as on any other.
    const speaker = await page.locator(`${SELECT.entry(OLDEST)} ${TAG.chips} [${ATTR.chip}]`).first().getAttribute(ATTR.chip);
    await page.locator(`${SELECT.entry(OLDEST)} ${SELECT.chip(speaker!)}`).click();
    await expect.poll(() => page.locator(`${SELECT.entry(OLDEST)} ${SELECT.chip(speaker!)}`).getAttribute('aria-pressed')).toBe('true');
  });

  it('the speaker filter hides every other entry down to the last, and a far match gets its controls when reached', async () => {
    const page = await open();
    const NEWEST = await shown(page, 'first');
    const speaker = (await page.locator(`${SELECT.entry(NEWEST)} ${TAG.chips} [${ATTR.chip}]`).first().getAttribute(ATTR.chip))!;
    await page.locator(`${SELECT.entry(NEWEST)} ${SELECT.chip(speaker)}`).click();
    // Which entries quote the speaker, read from the page's own text ("X said:").
    const expected = await page.evaluate(([sel, name]) => {
      const all = [...document.querySelectorAll(sel!)];
      const quoting = (el: Element) => (el.textContent ?? '').includes(`${name} said:`);
      return { hidden: all.filter((el) => !quoting(el) && !el.hasAttribute('data-lbl-collapsed')).length, lastMatch: all.filter((el) => quoting(el) && !el.hasAttribute('data-lbl-collapsed')).pop()!.getAttribute('data-lbl-entry')! };
    }, [SELECT.entry(), speaker]);
    await expect.poll(() => page.locator(`${SELECT.entry()}[${ATTR.hidden}]:not([${ATTR.collapsed}])`).count()).toBe(expected.hidden);
    expect(await page.locator(`${SELECT.entry(expected.lastMatch)}[${ATTR.hidden}]`).count()).toBe(0);
    expect(await tools(page, expected.lastMatch)).toBe(false);

    await page.locator(SELECT.entry(expected.lastMatch)).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(() => tools(page, expected.lastMatch)).toBe(true);
    await expect.poll(() => chips(page, expected.lastMatch)).toBe(true);
  });

  it('the panel’s “go to” a quote far below moves there and draws that entry’s controls', async () => {
    const page = await open();
    const NEWEST = await shown(page, 'first');
    await openPanel(page);
    const speaker = (await page.locator(`${SELECT.entry(NEWEST)} ${TAG.chips} [${ATTR.chip}]`).first().getAttribute(ATTR.chip))!;
    await speakerButton(page, speaker).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    // The entries drawn so far (the top of the page), read before the reader moves.
    const drawn = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((h) => h.parentElement!.getAttribute('data-lbl-entry')), SELECT.ui(UI.entryTools));
    const quotes = panelOf(page).getByRole('region', { name: 'Quotes' });
    // The last quote listed whose entry shows (a collapsed repeat's quote leads to its stub).
    const keys = await quotes.locator(`[${ATTR.quote}]`).evaluateAll((items) => items.map((li) => li.getAttribute('data-lbl-quote')!));
    const shownKeys = await page.evaluate((list) => list.filter((k) => !document.getElementById(k.split('#')[0]!)?.hasAttribute('data-lbl-collapsed')), keys);
    const last = shownKeys.pop()!;
    await quotes.locator(`[${ATTR.quote}="${last}"] ${SELECT.action(ACTION.goToQuote)}`).click();
    const target = page.locator(`[${ATTR.current}]`);
    await expect.poll(() => target.count()).toBe(1);
    const id = (await target.getAttribute(ATTR.entry))!;
    expect(id).toBe(last.split('#')[0]);
    expect(drawn).not.toContain(id);
    expect(await page.evaluate((sel) => [...document.querySelectorAll(sel)].findIndex((el) => el.hasAttribute('data-lbl-current')), SELECT.entry())).toBeGreaterThan(60);
    await expect.poll(() => tools(page, id)).toBe(true);
    await expect.poll(() => chips(page, id)).toBe(true);
  });
});
