// The panel's "Quotes" list in the shipped build, in Chromium, on the Guardian-shaped panel
// fixture: follow a speaker, save one of the quotes the speaker finder attributed to them with one
// click, and find it (whole text, speaker, entry) in the extension's own database.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension, requireBuild, startFixtureServer, trackPageErrors, waitForMarkedEntries,
  type FixtureServer, type LaunchedBrowser,
} from './harness';
import { readDb } from './reading-helpers';

const BASE = 'https://www.theguardian.com/business/live/2026/dec/03/harbour-trade-talks-live';
const NEWEST_KELLER_ENTRY = 'block-6930f1a28f08e40b7a31c101'; // 15.40, the newest entry quoting her

let server: FixtureServer;
let browser: LaunchedBrowser;
const pages: Page[] = [];

beforeAll(async () => {
  requireBuild();
  server = await startFixtureServer({ [BASE]: 'tests/fixtures/panel/guardian-live.html' });
  browser = await launchWithExtension({ hosts: ['www.theguardian.com'], port: server.port, headed: false });
});
afterAll(async () => Promise.all([browser?.close(), server?.close()]));
afterEach(async () => void (await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)))));

describe('panel quotes', () => {
  it('saves a quote found for the followed speaker with one click, whole and attributed', async () => {
    const page = await browser.context.newPage();
    pages.push(page);
    const errors = trackPageErrors(page);
    await page.goto(BASE, { waitUntil: 'load' });
    await waitForMarkedEntries(page, { count: 8 });
    const panel = page.locator('liveblog-lens-panel aside');
    if (!(await panel.isVisible())) await page.click('[data-lbl-action="panel"]');
    await panel.waitFor({ state: 'visible' });
    // Not following anyone: no quotes list.
    expect(await panel.getByRole('region', { name: 'Quotes' }).count()).toBe(0);

    await page.locator('[data-lbl-speaker="Anna Keller"]').click();
    const quotes = panel.getByRole('region', { name: 'Quotes' });
    await quotes.waitFor({ state: 'visible' });
    const first = quotes.locator('li').first();
    expect(await first.innerText()).toContain('Anna Keller · 15.40');
    // Newest first, and only hers.
    const labels = await quotes.locator('[data-lbl-action="save-found-quote"]').evaluateAll((els) => els.map((b) => b.getAttribute('aria-label')));
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['Save quote by Anna Keller']));
    const blockquote = first.locator('blockquote');
    const shownText = (await blockquote.getAttribute('title')) ?? (await blockquote.innerText());

    const save = first.getByRole('button', { name: 'Save quote by Anna Keller' });
    await save.click();
    const saved = first.locator('[data-lbl-action="save-found-quote"]');
    await expect.poll(() => saved.innerText()).toBe('Saved');
    expect(await saved.isDisabled()).toBe(true);
    await expect.poll(() => quotes.locator('[aria-live="polite"]').innerText()).toBe('Quote by Anna Keller saved.');

    const rows = () => readDb(browser.context, browser.extensionId, 'quotes');
    await expect.poll(async () => (await rows()).filter((q) => q.blog === BASE).length).toBe(1);
    const [row] = (await rows()).filter((q) => q.blog === BASE);
    expect(row?.speaker).toBe('Anna Keller');
    expect(row?.entry).toBe(NEWEST_KELLER_ENTRY);
    expect(String(row?.text).replace(/\s+/g, ' ').trim()).toBe(shownText.replace(/\s+/g, ' ').trim());
    expect(errors).toEqual([]);
  });
});
