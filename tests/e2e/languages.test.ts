// The interface in the browser's language, in Chromium set to Italian (`--lang=it`, as a reader's
// Italian Chromium would be): the repeat stub names the kept entry by the time the blog printed,
// in Italian; the panel and its tab speak Italian; the library page too, with `lang="it"`. Nothing
// the reader sees is left in English.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, toReport } from '../../lib/analyze';
import { ACTION, SELECT, TAG, UI } from '../../lib/page-contract';
import { parseHtml } from '../../tools/dom';
import { ROOT } from './harness';
import { openPanel, panelOf } from './page';
import { useLens } from './setup';

const URL = 'https://www.theguardian.com/lens-demo/live/2026/nov/29/northern-sea-summit-live';
const FILE = 'tests/fixtures/demo/liveblog.html';
const report = toReport(analyzeDocument(parseHtml(readFileSync(resolve(ROOT, FILE), 'utf8')), URL));
const STUB = SELECT.ui(UI.repeatStub);
/** English a reader of the Italian interface must not meet in the panel or on a stub. */
const ENGLISH = ['Repeated', 'same as', 'Speakers', 'All speakers', 'Reading order', 'Show repeats', 'Repeats', 'Showing', 'entries', 'Close'];

const lens = useLens({ routes: { [URL]: FILE }, launch: { lang: 'it' } });

describe('the interface in Italian (Chromium with --lang=it)', () => {
  it('names a repeat in Italian, keeping the time as the blog printed it, and opens it with "Mostra"', async () => {
    const page = await lens.open(URL, { count: report.entries.length });
    const stub = page.locator(STUB).first();
    // The stub's words are inside its shadow root (a page copying its markup copies none of them).
    const words = () => stub.evaluate((host) => host.shadowRoot?.textContent ?? '');
    await expect.poll(words).toContain('Ripetuto: uguale al post delle 13.45');
    const button = stub.locator('button');
    expect(await button.textContent()).toBe('Mostra');
    // Marked Italian for screen readers (this blog is English: the page's own lang would be wrong).
    expect(await stub.locator('span').getAttribute('lang')).toBe('it');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Nascondi');
    const texts = await page.locator(STUB).evaluateAll((hosts) => hosts.map((host) => host.shadowRoot?.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) for (const word of ENGLISH) expect(text).not.toContain(word);
  });

  it('draws the panel and its tab in Italian', async () => {
    const page = await lens.open(URL, { count: report.entries.length });
    const tab = page.locator(SELECT.action(ACTION.panel));
    expect(await tab.getAttribute('aria-label')).toMatch(/^(Apri|Chiudi) il pannello di Liveblog Lens$/);
    await openPanel(page);
    const panel = panelOf(page);
    // The demo's repeats are collapsed, so fewer entries show than it has.
    expect(await page.locator(`${TAG.panel} [role="status"]`).innerText()).toMatch(/^Post visibili: \d+ su \d+$/);
    // textContent: innerText would give the headings as the CSS shows them (upper case).
    const text = (await panel.textContent()) ?? '';
    for (const heading of ['Chi parla', 'Ordine di lettura', 'Doppioni']) expect(text).toContain(heading);
    expect(text).toContain('Tutte le persone');
    expect(text).toContain('Mostra i doppioni');
    expect(await panel.getByRole('button', { name: 'Chiudi il pannello' }).count()).toBe(1);
    for (const word of ENGLISH) expect(text).not.toContain(word);
  });

  it('opens the library in Italian, its page language and title included', async () => {
    const page = await lens.context.newPage();
    await page.goto(`chrome-extension://${lens.browser.extensionId}/library.html`);
    await page.getByRole('heading', { level: 1, name: 'Raccolta di Liveblog Lens' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['it', 'Raccolta di Liveblog Lens']);
    expect(await page.getByRole('searchbox', { name: 'Cerca' }).count()).toBe(1);
    await page.getByText(/Ancora nessuna citazione salvata/).waitFor();
    await page.close();
  });
});
