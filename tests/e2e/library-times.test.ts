// Times as the blog printed them, in the shipped build, in Chromium (issue 13, point 7's last gap):
// a quote saved from a Guardian-shaped entry that says "12.20 BST" (11:20 UTC, a summer day) keeps
// that label in the store, and the library shows it beside the reader's own time, so a reader
// never wonders why the library says 11:20 where the blog said 12.20.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, SELECT } from '../../lib/page-contract';
import { ROOT } from './harness';
import { readDb } from './extension-db';
import { useLens } from './setup';

const BLOG = 'https://www.theguardian.com/politics/live/2026/jul/02/summer-statement-live-updates';
const QUOTING = 'block-6931a0000000000000004444';
// The budget fixture with the quoting entry moved to a summer morning, printed as the Guardian prints it.
const PAGE = readFileSync(resolve(ROOT, 'tests/fixtures/blogs/budget-reading-state.html'), 'utf8').replace(
  '<time dateTime="2026-12-02T10:00:00.000Z" data-relativeformat="med" class="dcr-12uy8dn">10.00</time><span class="dcr-u0h1qy">10.00&#160;GMT</span>',
  '<time dateTime="2026-07-02T11:20:00.000Z" data-relativeformat="med" class="dcr-12uy8dn">12.20</time><span class="dcr-u0h1qy">12.20&#160;BST</span>',
);

const lens = useLens({ routes: { [BLOG]: PAGE } });

describe('times as the blog printed them', () => {
  it('a quote saved from a "12.20 BST" entry shows "12.20 BST on the blog" beside the reader’s time in the library', async () => {
    expect(PAGE).toContain('12.20&#160;BST');
    const page = await lens.open(BLOG, { count: 14 });
    const quote = page.locator(`${SELECT.entry(QUOTING)} blockquote p`).first();
    await quote.scrollIntoViewIfNeeded();
    await quote.click({ clickCount: 3 });
    await page.locator(SELECT.action(ACTION.saveQuote)).click();
    const stored = async () => (await readDb(lens.context, lens.browser.extensionId, 'quotes')).filter((q) => q.blog === BLOG);
    await expect.poll(stored).toHaveLength(1);
    expect((await stored())[0]).toMatchObject({ entry: QUOTING, entryTime: '2026-07-02T11:20:00.000Z', entryTimeLabel: '12.20 BST' });

    const library = await lens.open(`chrome-extension://${lens.browser.extensionId}/library.html`);
    const row = library.locator('.lbl-list > li').filter({ hasText: 'We will not borrow' });
    await row.waitFor();
    const time = (await row.locator('time').first().textContent())!.replace(/[\u2068\u2069]/g, '');
    // The blog's label, then the reader's time in their zone ("Jul 2, 2026, 11:20 AM UTC" here).
    expect(time).toMatch(/^12\.20 BST on the blog · your time: Jul 2, 2026, \d{1,2}:20\s[AP]M \S+$/);
  });
});
