// The reader view (issue 11) in the shipped build, in Chromium, on the project's own paginated
// fixtures served at their real addresses: a Guardian-style blog of 4 pages and a BBC-style blog of
// 3. Every entry of every page appears once, in the reader's order across pages; the speaker list
// counts the whole blog; key events only; a live entry appears while the view is open, with its
// "n new" marker; closing returns the page to the entry the reader was at.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION, SELECT, TAG } from '../../lib/page-contract';
import type { TabProtocol } from '../../lib/protocol/messages';
import { envelope } from '../../lib/protocol/wire';
import { BBC_IDS, BBC_KEY_EVENTS, bbcRoutes, BBC_BLOG, BBC_SPEAKERS } from '../fixtures/blogs/paginated-bbc';
import {
  GUARDIAN_BLOG, GUARDIAN_IDS, GUARDIAN_KEY_EVENTS, GUARDIAN_PAGE_IDS, GUARDIAN_REPEAT_PAIR, GUARDIAN_SPEAKERS, guardianRoutes,
} from '../fixtures/blogs/paginated-guardian';
import { guardianBlock } from '../fixtures/blogs/guardian-block';
import { countsOf, openReaderView, viewFrame, viewIds } from './reader-view-page';
import { useLens } from './setup';

const lens = useLens({ routes: { ...guardianRoutes(), ...bbcRoutes() } });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe over the whole view, colour contrast included (it needs real rendering). */
async function axeViolations(view: Frame): Promise<string[]> {
  await view.evaluate(axeSource);
  return view.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(n: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  });
}

const open = (url: string, count: number) =>
  lens.open(url, { count, before: (p) => p.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' }) });

describe('the reader view on a Guardian-style blog of 4 pages', () => {
  it('shows every entry of every page once, newest first across pages, then oldest first', async () => {
    const page = await open(GUARDIAN_BLOG, 6);
    const view = await openReaderView(page);
    expect(await viewIds(view)).toEqual(GUARDIAN_IDS);
    expect(await countsOf(view)).toBe('Showing all 20 entries');
    await view.getByLabel('Oldest first').check();
    expect(await viewIds(view)).toEqual([...GUARDIAN_IDS].reverse());
    await view.getByLabel('Newest first').check();
  });

  it('counts each speaker over the whole blog and filters by them', async () => {
    const page = await open(GUARDIAN_BLOG, 6);
    const view = await openReaderView(page);
    const quist = view.locator(SELECT.speaker('Mara Quist'));
    expect(await quist.getAttribute('aria-label')).toBe('Mara Quist, 3 entries');
    await quist.click();
    expect(await viewIds(view)).toEqual(GUARDIAN_SPEAKERS['Mara Quist']);
    expect(await countsOf(view)).toBe('Showing 3 of 20 entries');
    await view.locator(SELECT.action(ACTION.clearFilters)).click();
    expect(await viewIds(view)).toHaveLength(20);
  });

  it('shows key events only, from every page', async () => {
    const page = await open(GUARDIAN_BLOG, 6);
    const view = await openReaderView(page);
    await view.locator(SELECT.action(ACTION.keyEvents)).click();
    expect(await viewIds(view)).toEqual(GUARDIAN_KEY_EVENTS);
    expect(await view.locator(SELECT.action(ACTION.keyEvents)).getAttribute('aria-pressed')).toBe('true');
  });

  it('collapses a repeat across pages into a stub', async () => {
    const page = await open(GUARDIAN_BLOG, 6);
    const view = await openReaderView(page);
    const stubs = await view.$$eval('.stream > [data-lbl-duplicate-of]', (els) => els.map((el) => [el.getAttribute('data-lbl-entry'), el.getAttribute('data-lbl-duplicate-of')]));
    expect(stubs).toHaveLength(1);
    expect([...stubs[0]!].sort()).toEqual([...GUARDIAN_REPEAT_PAIR].sort());
  });

  it('adds a live entry in place while open, with an "n new" marker that jumps to it', async () => {
    const page = await open(GUARDIAN_BLOG, 6);
    const view = await openReaderView(page);
    await view.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const id = 'block-6935c1218f08e40b7a31c121';
    const html = guardianBlock({ id, blog: GUARDIAN_BLOG, time: '2026-12-07T18:05:00.000Z', label: '18.05', title: 'Union accepts invitation', paragraphs: ['The union said it would attend Monday’s talks.'] });
    await page.evaluate((block) => {
      const t = document.createElement('template');
      t.innerHTML = block;
      document.getElementById('top-of-blog')!.after(t.content);
    }, html);
    const marker = view.locator(SELECT.action(ACTION.jumpNewEntries));
    await marker.waitFor();
    expect(await marker.innerText()).toContain('1 new entry');
    expect((await viewIds(view))[0]).toBe(id);
    await marker.click();
    await view.waitForFunction((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight / 2;
    }, SELECT.entry(id));
  });

  it('closes with Escape back to the page, at the entry the reader was at', async () => {
    const page = await open(GUARDIAN_BLOG, 6);
    const view = await openReaderView(page);
    // The third entry of the open page: the page is long enough to bring it to the top.
    const target = GUARDIAN_PAGE_IDS[0]![2]!;
    await view.locator(SELECT.entry(target)).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await view.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await page.locator(TAG.reader).waitFor({ state: 'detached' });
    const top = await page.locator(SELECT.entry(target)).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
  });
});

describe('the reader view for every reader', () => {
  it.each(['light', 'dark'] as const)('has no axe violations in %s, at 1280 and at 390 px with the filters open', async (scheme) => {
    const page = await lens.open(GUARDIAN_BLOG, { count: 6, before: (p) => p.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }) });
    const view = await openReaderView(page);
    await view.locator(SELECT.speaker('Devan Holt')).click();
    expect(await axeViolations(view)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await view.getByRole('button', { name: /^Filters/ }).click();
    expect(await axeViolations(view)).toEqual([]);
    // Nothing runs off the side at 390 px: the text wraps inside the screen.
    expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('opens and closes from the toolbar command as well (the tab message)', async () => {
    const page = await open(GUARDIAN_BLOG, 6);
    // The command's message, as the background sends it (Node's tsconfig lacks `chrome` types).
    const message = envelope<TabProtocol, 'toggleReaderView'>('toggleReaderView', null);
    const toggle = () => lens.context.serviceWorkers()[0]!.evaluate(async ({ url, message }) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      await tabs.sendMessage((await tabs.query({ url }))[0]!.id, message);
    }, { url: `${GUARDIAN_BLOG}*`, message });
    await page.bringToFront();
    await toggle();
    await viewFrame(page);
    await page.locator(TAG.reader).waitFor({ state: 'attached' });
    await toggle();
    await page.locator(TAG.reader).waitFor({ state: 'detached' });
  });
});

describe('the reader view on a BBC-style blog of 3 pages', () => {
  it('reads all three pages: every post once, oldest first across pages, breaking posts as key events', async () => {
    const page = await open(BBC_BLOG, 4);
    const view = await openReaderView(page);
    expect(await viewIds(view)).toEqual(BBC_IDS);
    await view.getByLabel('Oldest first').check();
    expect(await viewIds(view)).toEqual([...BBC_IDS].reverse());
    await view.getByLabel('Newest first').check();
    await view.locator(SELECT.action(ACTION.keyEvents)).click();
    expect(await viewIds(view)).toEqual(BBC_KEY_EVENTS);
  });

  it('counts a speaker quoted on pages 1 and 3', async () => {
    const page = await open(BBC_BLOG, 4);
    const view = await openReaderView(page);
    const hale = view.locator(SELECT.speaker('Ffion Hale'));
    expect(await hale.getAttribute('aria-label')).toBe('Ffion Hale, 2 entries');
    await hale.click();
    expect(await viewIds(view)).toEqual(BBC_SPEAKERS['Ffion Hale']);
  });
});
