// Repeated entries in the real browser, on the demo blog served at a Guardian address: the pinned
// copy and the re-post collapse into stubs that open and close in place, a repeat the site inserts
// later collapses too, and turning collapsing off is remembered across reloads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, toReport } from '../../lib/analyze';
import { ATTR, SELECT, UI } from '../../lib/page-contract';
import { parseHtml } from '../../tools/dom';
import { ROOT } from './harness';
import { waitForMarkedEntries } from './page';
import { useLens } from './setup';

// Evaluated inside the extension's service worker, where `chrome` is the extension API.
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const URL = 'https://www.theguardian.com/lens-demo/live/2026/nov/29/northern-sea-summit-live';
const FILE = 'tests/fixtures/demo/liveblog.html';
const html = readFileSync(resolve(ROOT, FILE), 'utf8');
const report = toReport(analyzeDocument(parseHtml(html), URL));
const repeats = report.entries.filter((e) => e.duplicateOf);
const STUB = SELECT.ui(UI.repeatStub);

const lens = useLens({ routes: { [URL]: FILE } });
const open = (): Promise<Page> => lens.open(URL, { count: report.entries.length });

const collapsedIds = (page: Page) =>
  page.$$eval(`[${ATTR.duplicateOf}]`, (els, [entry, of]) => els.map((el) => [el.getAttribute(entry!), el.getAttribute(of!)]), [ATTR.entry, ATTR.duplicateOf]);

describe('repeated entries', () => {
  it('collapses the pinned copy and the re-post into stubs, and no other entry', async () => {
    // The fixture plants exactly these two: guard it, so the browser assertions mean something.
    expect(repeats.map((e) => e.pinned)).toEqual([true, false]);
    const page = await open();
    await page.waitForSelector(STUB);
    expect(await collapsedIds(page)).toEqual(repeats.map((e) => [e.id, e.duplicateOf]));
    expect(await page.locator(STUB).count()).toBe(repeats.length);
    // The stub names the entry that stays open by its printed time.
    await expect.poll(() => page.locator(STUB).first().evaluate((host) => host.shadowRoot?.textContent)).toContain('Repeated: same as the 13.45');
    for (const e of repeats) {
      expect(await page.locator(`[${ATTR.duplicateOf}]${SELECT.entry(e.id)}`).isVisible()).toBe(false);
    }
    await page.close();
  });

  it('opens a stub in place and closes it again, by keyboard too', async () => {
    const page = await open();
    const repost = repeats.find((e) => !e.pinned)!;
    const entry = page.locator(`[${ATTR.duplicateOf}]${SELECT.entry(repost.id)}`);
    const button = page.locator(`${STUB} button`).nth(1);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => entry.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => entry.isVisible()).toBe(false);
    // The site's element is kept, only hidden: still in the page with its text.
    expect(await entry.count()).toBe(1);
    await page.close();
  });

  it('collapses a repeat that a live update inserts', async () => {
    const page = await open();
    const original = report.entries.find((e) => !e.duplicateOf && e.speakers.includes('Elena Marsh'))!;
    await page.evaluate(({ id, newId }) => {
      // The site re-posts an entry under a new id, at the top of the stream.
      const copy = document.getElementById(id)!.cloneNode(true) as Element;
      copy.id = newId;
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        for (const a of [...el.attributes]) if (a.name.startsWith('data-lbl')) el.removeAttribute(a.name);
      }
      copy.querySelectorAll('[data-lbl-ui]').forEach((n) => n.remove());
      document.getElementById('top-of-blog')?.after(copy) ?? document.querySelector('#liveblog-body article.block[id]')!.before(copy);
    }, { id: original.id, newId: 'block-692b20008f08e40b7a31dfff' });
    const copy = SELECT.entry('block-692b20008f08e40b7a31dfff');
    await page.waitForSelector(`${copy}[${ATTR.duplicateOf}]`, { state: 'attached', timeout: 5_000 });
    expect(await page.getAttribute(copy, ATTR.duplicateOf)).toBe(original.id);
    expect(await page.locator(STUB).count()).toBe(repeats.length + 1);
    await page.close();
  });

  it('shows every entry when the reader turns collapsing off, and remembers it', async () => {
    const page = await open();
    await page.waitForSelector(STUB);
    const worker = lens.context.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.storage.local.set({ settings: { collapseRepeats: false } }));
    await expect.poll(() => page.locator(STUB).count()).toBe(0);
    expect(await page.locator(`[${ATTR.duplicateOf}]`).count()).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await waitForMarkedEntries(page, { count: report.entries.length });
    await page.waitForTimeout(800);
    expect(await page.locator(STUB).count()).toBe(0);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { collapseRepeats: true } }));
    await expect.poll(() => page.locator(STUB).count()).toBe(repeats.length);
    await page.close();
  });
});
