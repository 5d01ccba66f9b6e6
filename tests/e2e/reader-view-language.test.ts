// The reader view in the reader's language, in Chromium set to Polish (`--lang=pl`) on the English
// 4-page Guardian-style fixture: the panel's button, the frame's title, the view's page (its lang and
// title), the loading line and counts with Polish plurals, the filters, a repeat's stub; the blog's
// own words stay marked English for screen readers. Nothing of our English is left.
import { describe, expect, it } from 'vitest';
import { ACTION, SELECT } from '../../lib/page-contract';
import { GUARDIAN_BLOG, GUARDIAN_KEY_EVENTS, guardianRoutes } from '../fixtures/blogs/paginated-guardian';
import { openPanel } from './page';
import { countsOf, viewFrame, waitForWholeBlog } from './reader-view-page';
import { useLens } from './setup';

/** English a reader of the Polish interface must not meet in the view. */
const ENGLISH = ['Reader view', 'Showing', 'entries', 'The whole blog', 'Key events', 'Unread', 'Starred', 'Search', 'Newest', 'Oldest', 'Repeated', 'Open on the site', 'Filters'];

const lens = useLens({ routes: guardianRoutes(), launch: { lang: 'pl' } });

describe('the reader view in Polish (Chromium with --lang=pl)', () => {
  it('speaks Polish with Polish plurals, and keeps the blog\'s words marked English', async () => {
    const page = await lens.open(GUARDIAN_BLOG, { count: 6 });
    await openPanel(page);
    const button = page.locator(SELECT.action(ACTION.reader));
    expect(await button.textContent()).toBe('Widok czytania: cała relacja');
    await button.click();
    const view = await viewFrame(page);
    await waitForWholeBlog(view);
    // The frame sits in a closed shadow root; Playwright hands its element over all the same.
    const frame = await view.frameElement();
    expect(await frame.evaluate((f) => [(f as HTMLIFrameElement).title, (f as HTMLIFrameElement).lang])).toEqual(['Widok czytania Liveblog Lens', 'pl']);
    expect(await view.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['pl', 'Widok czytania Liveblog Lens']);
    // 4 pages: "few"; 20 entries: "many" (genitive plural).
    expect(await view.locator('.load').innerText()).toBe('Cała relacja: 4 strony, 20 wpisów');
    expect(await countsOf(view)).toBe('Pokazano wszystkie wpisy (20)');
    await view.locator(SELECT.action(ACTION.keyEvents)).click();
    expect(await countsOf(view)).toBe(`Pokazano ${GUARDIAN_KEY_EVENTS.length} z 20 wpisów`);
    expect(await view.getByRole('button', { name: 'Usuń filtr: Kluczowe wydarzenia' }).count()).toBe(1);
    await view.locator(SELECT.action(ACTION.keyEvents)).click();
    // The list is windowed: the repeat's stub is drawn once it is near the screen.
    const repeat = view.locator('.stream > [data-lbl-duplicate-of]');
    await repeat.scrollIntoViewIfNeeded();
    await expect.poll(() => repeat.locator('.stub').textContent()).toContain('Powtórzenie: to samo co');
    expect(await view.locator('.entry-body').first().getAttribute('lang')).toBe('en');
    const text = (await view.locator('.reader').textContent()) ?? '';
    for (const word of ENGLISH) expect(text).not.toContain(word);
  });
});
