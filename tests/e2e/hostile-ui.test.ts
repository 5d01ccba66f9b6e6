// The page-level UI against a hostile page, in the shipped build in Chromium (issue 14): page
// scripts cannot act for the reader (finding 6), a page that takes or removes our panel element
// leaves the reader with panel, tab and chips (finding 5), j and k stay with a field in a page's
// closed shadow root (finding 8). Fixture: tests/fixtures/blogs/trade-talks-three-speakers.html.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ACTION, ATTR, SELECT, TAG, UI } from '../../lib/page-contract';
import { speakerButton } from './page';
import { useLens } from './setup';

const BASE = 'https://www.theguardian.com/business/live/2026/dec/03/harbour-trade-talks-live';
const FIXTURE = 'tests/fixtures/blogs/trade-talks-three-speakers.html';
const lens = useLens({ routes: { [BASE]: FIXTURE } });

const TAB = SELECT.action(ACTION.panel);
const PANEL_HOST = SELECT.ui(UI.panel);
const panel = (page: Page) => page.locator(`${PANEL_HOST} aside`);

async function open(init?: string): Promise<Page> {
  const page = await lens.open(BASE, {
    count: 8,
    before: async (p) => {
      await p.emulateMedia({ reducedMotion: 'reduce' });
      if (init) await p.addInitScript(init);
    },
  });
  await page.waitForSelector(TAB, { state: 'attached' });
  // Every test starts with the panel closed (its state is remembered per site).
  if (await panel(page).isVisible()) await page.click(TAB);
  await panel(page).waitFor({ state: 'detached' });
  return page;
}
const hiddenCount = (page: Page) => page.locator(`[${ATTR.hidden}]`).count();
const current = (page: Page) => page.locator(`[${ATTR.current}]`).count();

describe('a page script cannot act for the reader (finding 6)', () => {
  it('its clicks on the tab, the speakers and the switches, and its made-up keys, do nothing; the reader’s do', async () => {
    const page = await open();
    await page.evaluate(([tab]) => {
      (document.querySelector(tab!) as HTMLElement).click();
      const key = (init: KeyboardEventInit) => document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
      key({ key: 'S', code: 'KeyS', altKey: true, shiftKey: true });
      key({ key: 'j' });
      key({ key: '?' });
    }, [TAB]);
    await page.waitForTimeout(200);
    expect(await panel(page).count()).toBe(0);
    expect(await current(page)).toBe(0);

    await page.click(TAB); // the reader
    await panel(page).waitFor({ state: 'visible' });
    const acted = await page.evaluate(([host, speaker]) => {
      const root = document.querySelector(host!)!.shadowRoot!;
      (root.querySelector(speaker!) as HTMLElement).click();
      (root.querySelector('input[type="radio"][value="oldest-first"]') as HTMLElement).click();
      (root.querySelector('[role="switch"]') as HTMLElement).click();
      return (root.querySelector('input[type="radio"][value="oldest-first"]') as HTMLInputElement).checked;
    }, [PANEL_HOST, SELECT.speaker('Anna Keller')]);
    expect(acted).toBe(false); // not even the radio's own default action
    await page.waitForTimeout(200);
    expect(await hiddenCount(page)).toBe(0);
    expect(await page.locator(`[${ATTR.orderBox}]`).count()).toBe(0);
    expect(await speakerButton(page, 'Anna Keller').getAttribute('aria-pressed')).toBe('false');

    await speakerButton(page, 'Anna Keller').click(); // the reader
    await expect.poll(() => hiddenCount(page)).toBe(5);
    // The filter bar's "Show all" is no easier to press from the page.
    await page.evaluate((bar) => (document.querySelector(bar)!.shadowRoot!.querySelector('button') as HTMLElement).click(), SELECT.ui(UI.filterBar));
    await page.waitForTimeout(200);
    expect(await hiddenCount(page)).toBe(5);
    await page.locator(`${SELECT.ui(UI.filterBar)} button`).click();
    await expect.poll(() => hiddenCount(page)).toBe(0);
  });
});

describe('a page that takes or removes the panel element (finding 5)', () => {
  const TAKERS = {
    'defines <liveblog-lens-panel> itself': `customElements.define('${TAG.panel}', class extends HTMLElement {});`,
    'attaches a root to it first': `customElements.define('${TAG.panel}', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }); } });`,
  };
  it.each(Object.entries(TAKERS))('a page that %s still leaves the reader panel, tab and chips', async (_name, script) => {
    const page = await open(script);
    const host = page.locator(PANEL_HOST);
    expect(await host.evaluate((el) => el.tagName)).toBe('DIV');
    expect(await page.locator(TAG.chips).count()).toBeGreaterThan(0);
    await page.click(TAB);
    await panel(page).waitFor({ state: 'visible' });
    await page.locator(`${PANEL_HOST} ${SELECT.speaker('Anna Keller')}`).click();
    await expect.poll(() => hiddenCount(page)).toBe(5);
  });

  it('a removed panel comes back (again and again), and Alt+Shift+S still works', async () => {
    const page = await open();
    for (let i = 0; i < 3; i++) {
      await page.evaluate((host) => document.querySelector(host)!.remove(), PANEL_HOST);
      await page.waitForSelector(TAB, { state: 'attached', timeout: 2_000 });
    }
    // A page that empties <body> by re-rendering it gets the panel back too.
    await page.evaluate(() => document.body.replaceWith(document.body.cloneNode(true)));
    await page.waitForSelector(`${PANEL_HOST} > ${TAB}`, { state: 'attached', timeout: 2_000 });
    expect(await page.locator(PANEL_HOST).count()).toBe(1);
    await page.keyboard.press('Alt+Shift+KeyS');
    await panel(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
  });
});

describe('keys and a page’s closed shadow root (finding 8)', () => {
  it('j and k typed into a field inside a closed root stay there', async () => {
    const page = await open();
    await page.evaluate(() => {
      const box = document.createElement('site-search');
      const root = box.attachShadow({ mode: 'closed' });
      const input = document.createElement('input');
      root.append(input);
      document.querySelector('h1')!.after(box);
      (window as unknown as { siteInput: HTMLInputElement }).siteInput = input;
      input.focus();
    });
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.type('jkjk');
    expect(await page.evaluate(() => (window as unknown as { siteInput: HTMLInputElement }).siteInput.value)).toBe('jkjk');
    expect(await current(page)).toBe(0);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    // Out of the field, j moves again.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('j');
    await expect.poll(() => current(page)).toBe(1);
  });
});
