// The toolbar popup and the options page in the shipped build, in Chromium. A test cannot open a
// real popup, so the popup page is opened in a tab with `?tab=<id>` naming the blog's tab (the
// popup asks that tab's reader instead of the active one's). On a Guardian-shaped live blog it
// shows the reader's counts and its button opens the panel; on a page without a reader it says
// so; the options page lists a site the reader turned on and turns it off; axe finds nothing in
// either page, light and dark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { markedEntries, panelOf } from './page';
import { useLens } from './setup';

const BLOG = 'https://www.theguardian.com/business/live/2026/dec/03/harbour-trade-talks-live';
const DEMO = 'https://www.theguardian.com/lens-demo/live/2026/nov/29/northern-sea-summit-live';
const ARTICLE = 'https://www.theguardian.com/business/2026/dec/03/harbour-trade-talks-explained';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const lens = useLens({
  routes: {
    [BLOG]: 'tests/fixtures/blogs/trade-talks-three-speakers.html',
    [DEMO]: 'tests/fixtures/demo/liveblog.html',
    [ARTICLE]: '<!doctype html><html lang="en"><head><title>Explainer</title></head><body><article><h1>Explainer</h1><p>Plain text.</p></article></body></html>',
    '/lens-demo/img/harbour.svg': 'tests/fixtures/demo/harbour.svg',
    '/lens-demo/img/summit.svg': 'tests/fixtures/demo/summit.svg',
  },
});

const page = (url: string, count: number | 'settle' = 0) =>
  lens.open(url, { count, before: (p) => p.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' }) });

/** The id of the tab showing `url`, as the background knows it (Node's tsconfig lacks `chrome` types). */
const tabIdOf = (url: string) =>
  lens.context.serviceWorkers()[0]!.evaluate(async (url) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await tabs.query({ url }))[0]!.id;
  }, url);

/** The popup page, asking the reader of the tab showing `url`. */
async function popupFor(url: string): Promise<Page> {
  return page(`chrome-extension://${lens.browser.extensionId}/popup.html?tab=${await tabIdOf(url)}`);
}

const countsOf = (popup: Page) => popup.getByRole('list', { name: 'On this page' }).getByRole('listitem').allInnerTexts();

async function expectNoAxeViolations(p: Page): Promise<void> {
  await p.evaluate(axeSource);
  const violations = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(n: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  });
  expect(violations).toEqual([]);
}

describe('the toolbar popup', () => {
  it('on a live blog shows the counts, and its button opens and closes the panel', async () => {
    const blog = await page(BLOG, 8);
    const popup = await popupFor(BLOG);
    await popup.getByText('This page is a live blog.').waitFor();
    await expect.poll(() => countsOf(popup)).toEqual(['8 entries', '0 repeats', '3 speakers']);
    expect(await panelOf(blog).count()).toBe(0);
    await popup.getByRole('button', { name: 'Open or close the panel' }).click();
    await panelOf(blog).waitFor({ state: 'visible' });
    await popup.getByRole('button', { name: 'Open or close the panel' }).click();
    await panelOf(blog).waitFor({ state: 'detached' });
    // A news site on the curated list: on, and the reader may turn it off (tests/e2e/reader-choices.test.ts).
    expect(await popup.getByText('On for www.theguardian.com: it is one of the news sites on the list.').count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Turn off for this site' }).count()).toBe(1);
  });

  it('counts the repeats the reader collapsed', async () => {
    const demo = await page(DEMO, 'settle');
    const entries = (await markedEntries(demo)).length;
    const popup = await popupFor(DEMO);
    await expect.poll(() => countsOf(popup)).toContain('2 repeats');
    expect((await countsOf(popup))[0]).toBe(`${entries} entries`);
  });

  it('on a page without a reader says so and offers no panel', async () => {
    await page(ARTICLE);
    const popup = await popupFor(ARTICLE);
    await popup.getByText('Not a live blog, or Liveblog Lens is not active on this page.').waitFor();
    expect(await popup.getByRole('button', { name: 'Open or close the panel' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Open the library' }).count()).toBe(1);
  });

  it('has no axe violations, light and dark', async () => {
    await page(BLOG, 8);
    const popup = await popupFor(BLOG);
    await popup.getByText('This page is a live blog.').waitFor();
    await expectNoAxeViolations(popup);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(popup);
  });
});

describe('the options page', () => {
  const optionsUrl = () => `chrome-extension://${lens.browser.extensionId}/options.html`;

  it('shows the stored choices, saves a change, lists a chosen site and turns it off', async () => {
    // A site the reader turned on, as the storage module keeps it.
    await lens.context.serviceWorkers()[0]!.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await storage.local.set({ enabledSites: ['blog.example.org'] });
    });
    const options = await page(optionsUrl());
    const collapse = options.getByRole('checkbox', { name: 'Collapse repeated entries into a short line' });
    await expect.poll(() => collapse.isChecked()).toBe(true);
    await collapse.uncheck();
    const stored = () =>
      lens.context.serviceWorkers()[0]!.evaluate(async () => {
        const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome;
        return storage.local.get(['settings', 'enabledSites']);
      });
    await expect.poll(async () => ((await stored()).settings as { collapseRepeats?: boolean } | undefined)?.collapseRepeats).toBe(false);
    await collapse.check();
    await options.getByRole('button', { name: 'Turn off for blog.example.org' }).click();
    await options.getByText(/None yet/).waitFor();
    expect((await stored()).enabledSites).toEqual([]);
  });

  it('has no axe violations, light and dark', async () => {
    const options = await page(optionsUrl());
    await options.getByRole('heading', { name: 'Liveblog Lens settings' }).waitFor();
    await expectNoAxeViolations(options);
    await options.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(options);
  });
});
