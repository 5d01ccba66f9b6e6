// The panel's "Quotes" list in the shipped build, in Chromium, on the Guardian-shaped panel
// fixture: follow a speaker, save one of the quotes the speaker finder attributed to them with one
// click, and find it (whole text, speaker, entry) in the extension's own database.
import { describe, expect, it } from 'vitest';
import { ACTION, SELECT } from '../../lib/page-contract';
import { errorsOf, openPanel, panelOf, speakerButton } from './page';
import { useLens } from './setup';
import { readDb } from './extension-db';

const BASE = 'https://www.theguardian.com/business/live/2026/dec/03/harbour-trade-talks-live';
const NEWEST_KELLER_ENTRY = 'block-6930f1a28f08e40b7a31c101'; // 15.40, the newest entry quoting her

const lens = useLens({ routes: { [BASE]: 'tests/fixtures/blogs/trade-talks-three-speakers.html' } });

describe('panel quotes', () => {
  it('saves a quote found for the followed speaker with one click, whole and attributed', async () => {
    const page = await lens.open(BASE, { count: 8 });
    await openPanel(page);
    const panel = panelOf(page);
    // Not following anyone: no quotes list.
    expect(await panel.getByRole('region', { name: 'Quotes' }).count()).toBe(0);

    await speakerButton(page, 'Anna Keller').click();
    const quotes = panel.getByRole('region', { name: 'Quotes' });
    await quotes.waitFor({ state: 'visible' });
    const first = quotes.locator('li').first();
    expect(await first.innerText()).toContain('Anna Keller · 15.40');
    // Newest first, and only hers.
    const labels = await quotes.locator(SELECT.action(ACTION.saveFoundQuote)).evaluateAll((els) => els.map((b) => b.getAttribute('aria-label')));
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['Save quote by Anna Keller']));
    const blockquote = first.locator('blockquote');
    const shownText = (await blockquote.getAttribute('title')) ?? (await blockquote.innerText());

    const save = first.getByRole('button', { name: 'Save quote by Anna Keller' });
    await save.click();
    const saved = first.locator(SELECT.action(ACTION.saveFoundQuote));
    await expect.poll(() => saved.innerText()).toBe('Saved');
    expect(await saved.isDisabled()).toBe(true);
    await expect.poll(() => quotes.locator('[aria-live="polite"]').innerText()).toBe('Quote by Anna Keller saved.');

    const rows = () => readDb(lens.context, lens.browser.extensionId, 'quotes');
    await expect.poll(async () => (await rows()).filter((q) => q.blog === BASE).length).toBe(1);
    const [row] = (await rows()).filter((q) => q.blog === BASE);
    expect(row?.speaker).toBe('Anna Keller');
    expect(row?.entry).toBe(NEWEST_KELLER_ENTRY);
    expect(String(row?.text).replace(/\s+/g, ' ').trim()).toBe(shownText.replace(/\s+/g, ' ').trim());
    expect(errorsOf(page)).toEqual([]);
  });
});
