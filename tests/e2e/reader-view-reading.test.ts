// Read, starred and saved in the reader view, through the same store as the page (issue 11): a
// star on an entry of another page, a quote saved with its speaker, entries read as they are read,
// the unread and starred filters, and the reading settings remembered. Checked in the extension's
// own database, as the library reads it.
import { describe, expect, it } from 'vitest';
import { ACTION, SELECT } from '../../lib/page-contract';
import { GUARDIAN_BLOG, GUARDIAN_IDS, GUARDIAN_PAGE_IDS, GUARDIAN_SPEAKERS, guardianRoutes } from '../fixtures/blogs/paginated-guardian';
import { readDb, type Row } from './extension-db';
import { openReaderView, viewIds } from './reader-view-page';
import { useLens } from './setup';

const lens = useLens({ routes: guardianRoutes() });

async function waitForRow(store: 'entries' | 'quotes', test: (row: Row) => boolean, timeout = 10_000): Promise<Row> {
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    const row = (await readDb(lens.context, lens.browser.extensionId, store)).find(test);
    if (row) return row;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no matching ${store} row`);
}

describe('reading state in the reader view', () => {
  it('stars an entry of page 3 into the store, with its title, and filters by stars', async () => {
    const page = await lens.open(GUARDIAN_BLOG, { count: 6 });
    const view = await openReaderView(page);
    const id = GUARDIAN_PAGE_IDS[2]![1]!;
    const star = view.locator(`${SELECT.entry(id)} ${SELECT.action(ACTION.star)}`);
    await star.scrollIntoViewIfNeeded();
    await star.click();
    await view.waitForSelector(`${SELECT.entry(id)} ${SELECT.action(ACTION.star)}[aria-pressed="true"]`);
    const row = await waitForRow('entries', (r) => r.id === id && r.starred !== undefined);
    await waitForRow('entries', (r) => r.id === id && r.title === 'Chief executive apologises');
    expect(row.blog).toBe(GUARDIAN_BLOG);
    await view.locator(SELECT.action(ACTION.starredOnly)).click();
    expect(await viewIds(view)).toEqual([id]);
  });

  it('saves a selected quote with the speaker the pipeline found', async () => {
    const page = await lens.open(GUARDIAN_BLOG, { count: 6 });
    const view = await openReaderView(page);
    const id = GUARDIAN_SPEAKERS['Mara Quist']![2]!; // on page 4
    await view.locator(SELECT.entry(id)).scrollIntoViewIfNeeded();
    await view.evaluate((sel) => {
      const text = document.querySelector(`${sel} .entry-body blockquote p`)!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 30);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, SELECT.entry(id));
    const button = view.locator(SELECT.action(ACTION.saveQuote));
    await button.waitFor();
    expect(await button.innerText()).toContain('Mara Quist');
    await button.click();
    const quote = await waitForRow('quotes', (r) => r.entry === id);
    expect(quote).toMatchObject({ speaker: 'Mara Quist', text: 'This is about guards on trains', blog: GUARDIAN_BLOG });
    expect(String(quote.permalink)).toContain(`#${id}`);
  });

  it('saves the words selected when its button is pressed, though the selection changed after it was drawn', async () => {
    const page = await lens.open(GUARDIAN_BLOG, { count: 6 });
    const view = await openReaderView(page);
    const id = GUARDIAN_SPEAKERS['Mara Quist']![2]!;
    await view.locator(SELECT.entry(id)).scrollIntoViewIfNeeded();
    const select = (start: number, end: number) =>
      view.evaluate(([sel, from, to]) => {
        const text = document.querySelector(`${sel} .entry-body blockquote p`)!.firstChild!;
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, [SELECT.entry(id), start, end] as const);
    await select(0, 13); // "This is about"
    const button = view.locator(SELECT.action(ACTION.saveQuote));
    await button.waitFor();
    // From now on the view does not hear of selection changes (as when a triple click's last press
    // outruns them): the button drawn for three words stays while the reader selects others.
    await view.evaluate(() => addEventListener('selectionchange', (e) => e.stopImmediatePropagation(), true));
    await select(14, 30);
    await button.click();
    const quote = await waitForRow('quotes', (r) => r.entry === id && !String(r.text).startsWith('This is about'));
    expect(quote).toMatchObject({ speaker: 'Mara Quist', text: 'guards on trains', blog: GUARDIAN_BLOG });
  });

  it('marks entries read as they are read, and "unread only" leaves the rest', async () => {
    const page = await lens.open(GUARDIAN_BLOG, { count: 6 });
    const view = await openReaderView(page);
    // An entry of page 3, which only the view shows: read after the dwell time, sent after the flush.
    const id = GUARDIAN_PAGE_IDS[2]![3]!;
    const before = await readDb(lens.context, lens.browser.extensionId, 'entries');
    expect(before.find((r) => r.id === id)?.read).toBeUndefined();
    await view.locator(SELECT.entry(id)).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await waitForRow('entries', (r) => r.id === id && r.read !== undefined, 15_000);
    await view.locator(SELECT.action(ACTION.unreadOnly)).click();
    const unread = await viewIds(view);
    expect(unread).not.toContain(id);
    expect(unread.length).toBeGreaterThan(5);
    expect(unread.every((e) => GUARDIAN_IDS.includes(e))).toBe(true);
  });

  it('remembers the reading settings', async () => {
    const page = await lens.open(GUARDIAN_BLOG, { count: 6 });
    const view = await openReaderView(page);
    await view.getByRole('button', { name: 'Reading settings' }).click();
    await view.getByLabel('Sepia').check();
    await view.getByRole('button', { name: 'Larger text' }).click();
    await page.close();
    const again = await lens.open(GUARDIAN_BLOG, { count: 6 });
    const next = await openReaderView(again);
    expect(await next.locator('.reader').getAttribute('data-theme')).toBe('sepia');
    expect(await next.locator('.entry-body').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe('19px');
  });
});
