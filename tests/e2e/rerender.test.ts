// Pages that render their entries again, in the shipped build in Chromium (issue 14, findings 1,
// 3 and 4), on a Guardian-shaped blog of 32 entries (a pinned copy and a re-post among them):
// `innerHTML = innerHTML` and a render from the site's own template leave the same entries (no
// entry a repeat of itself), the page never keeps a copy of our controls however often it
// re-renders, and entries detached and re-attached (the same nodes, or new nodes of the same
// entry) keep their stub and chips and obey the speaker filter. Stars are checked on the test
// build, whose private roots are open.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument, toReport } from '../../lib/analyze';
import { ACTION, ATTR, SELECT, TAG, UI } from '../../lib/page-contract';
import { parseHtml } from '../../tools/dom';
import { ROOT, ensureTestBuild, type LaunchedBrowser } from './harness';
import { markedEntries, openPanel } from './page';
import { useLens } from './setup';

const URL = 'https://www.theguardian.com/uk-news/live/2026/dec/04/ferry-strike-live';
const FILE = 'tests/fixtures/blogs/rerender-ferry-strike.html';
const html = readFileSync(resolve(ROOT, FILE), 'utf8');
const report = toReport(analyzeDocument(parseHtml(html), URL));
const ENTRIES = report.entries.length;
const REPEATS = report.entries.filter((e) => e.duplicateOf).map((e) => [e.id, e.duplicateOf]);
const QUOTING_SHOWN = report.entries.filter((e) => e.speakers.length && !e.duplicateOf).length;
/** The list as the site first rendered it: what a framework renders again from its own data. */
const PRISTINE = /<div id="liveblog-body"[^>]*>([\s\S]*?)<\/div>\n<section data-component="onwards"/.exec(html)![1]!;

const lens = useLens({ routes: { [URL]: FILE } });
// Controls are drawn for the entries near the viewport: a window as tall as the blog keeps every
// entry within the reader's reach, so that each one's controls can be compared before and after.
const open = async (browser?: LaunchedBrowser): Promise<Page> => {
  const page = await lens.open(URL, { count: ENTRIES, browser, before: (p) => p.setViewportSize({ width: 1280, height: 12_000 }) });
  await expect.poll(() => page.locator(SELECT.ui(UI.repeatStub)).count()).toBe(REPEATS.length);
  await expect.poll(async () => (await parts(page)).chipsShown).toBe(QUOTING_SHOWN);
  return page;
};

/**
 * What the reader sees of each entry: id, repeat verdict, visible or hidden, its controls (those of
 * an entry hidden by the filter or collapsed are not seen: controls are drawn as entries come near
 * the viewport, and a hidden one never does, so whether it has any depends on its past only).
 */
const picture = (page: Page) =>
  page.evaluate(
    ({ entry, of, hidden, collapsed, ui, tools, stub, chips }) =>
      Array.from(document.querySelectorAll(`[${entry}]`), (el) => {
        const shown = !el.hasAttribute(hidden) && !el.hasAttribute(collapsed);
        return {
          id: el.getAttribute(entry),
          duplicateOf: el.getAttribute(of),
          hidden: el.hasAttribute(hidden),
          tools: shown ? el.querySelectorAll(`:scope > [${ui}="${tools}"]`).length : null,
          stub: el.previousElementSibling?.getAttribute(ui) === stub && !!el.previousElementSibling.shadowRoot?.textContent,
          chips: shown ? el.querySelector(chips)?.shadowRoot?.querySelectorAll('button').length ?? 0 : null,
        };
      }),
    { entry: ATTR.entry, of: ATTR.duplicateOf, hidden: ATTR.hidden, collapsed: ATTR.collapsed, ui: ATTR.ui, tools: UI.entryTools, stub: UI.repeatStub, chips: TAG.chips },
  );

/** Our per-entry parts in the page: one set per entry the reader sees, each a live host of ours, none a dead copy. */
const parts = (page: Page) =>
  page.evaluate(
    ({ entry, hidden, collapsed, ui, chips, stub, tools }) => {
      const all = Array.from(document.querySelectorAll(`[${entry}]`));
      const shown = all.filter((el) => !el.hasAttribute(hidden) && !el.hasAttribute(collapsed));
      const toolsOf = (el: Element) => el.querySelectorAll(`:scope > [${ui}="${tools}"]`).length;
      return {
        toolsMissing: shown.filter((el) => toolsOf(el) === 0).length,
        toolsDoubled: all.filter((el) => toolsOf(el) > 1).length,
        stubs: document.querySelectorAll(`[${ui}="${stub}"]`).length,
        chipsShown: shown.filter((el) => el.querySelector(chips)).length,
        deadChips: Array.from(document.querySelectorAll(chips)).filter((c) => !c.shadowRoot?.querySelector('button')).length,
        deadStubs: Array.from(document.querySelectorAll(`[${ui}="${stub}"]`)).filter((c) => !c.shadowRoot).length,
      };
    },
    { entry: ATTR.entry, hidden: ATTR.hidden, collapsed: ATTR.collapsed, ui: ATTR.ui, chips: TAG.chips, stub: UI.repeatStub, tools: UI.entryTools },
  );
const rerender = (page: Page) => page.evaluate(() => {
  const list = document.getElementById('liveblog-body')!;
  list.innerHTML = list.innerHTML;
});

describe('a page that renders its list again', () => {
  it('innerHTML = innerHTML: the same entries and repeats, never an entry repeating itself (finding 1)', async () => {
    const page = await open();
    const before = await picture(page);
    expect(before.filter((e) => e.duplicateOf).map((e) => [e.id, e.duplicateOf])).toEqual(REPEATS);
    await rerender(page);
    await expect.poll(() => picture(page), { timeout: 5_000 }).toEqual(before);
    expect(await markedEntries(page)).toHaveLength(ENTRIES);
    // Only the pinned copy names its own id: it is a second rendering of that very entry.
    const pinned = report.entries.find((e) => e.pinned)!.id;
    const selfRepeats = (await picture(page)).filter((e) => e.duplicateOf === e.id).map((e) => e.id);
    expect(selfRepeats).toEqual([pinned]);
  });

  it('rendered again from its template (new nodes, no marks), the same entries get their controls back', async () => {
    const page = await open();
    const before = await picture(page);
    await page.evaluate((markup) => {
      const template = document.createElement('template');
      template.innerHTML = markup;
      document.getElementById('liveblog-body')!.replaceChildren(template.content);
    }, PRISTINE);
    await expect.poll(() => picture(page), { timeout: 5_000 }).toEqual(before);
  });

  it('21 re-renders later the page holds one set of our controls and no dead copy (finding 3)', async () => {
    const page = await open();
    for (let i = 0; i < 21; i++) {
      await rerender(page);
      await page.waitForTimeout(120); // longer than the reader's batch: each render is handled apart
    }
    const want = { toolsMissing: 0, toolsDoubled: 0, stubs: REPEATS.length, chipsShown: QUOTING_SHOWN, deadChips: 0, deadStubs: 0 };
    await expect.poll(() => parts(page), { timeout: 5_000 }).toEqual(want);
    await page.waitForTimeout(500);
    expect(await parts(page)).toEqual(want);
  });
});

describe('entries detached and re-attached (finding 4)', () => {
  /** A repeat, an entry quoting Mara Lindqvist, and one quoting nobody. */
  const REPOST = REPEATS.find(([id]) => !report.entries.find((e) => e.id === id)!.pinned)![0]!;
  const MARA = report.entries.find((e) => !e.duplicateOf && e.speakers.includes('Mara Lindqvist'))!.id;
  const NOBODY = report.entries.find((e) => !e.duplicateOf && !e.pinned && e.speakers.length === 0)!.id;

  async function following(page: Page): Promise<void> {
    await openPanel(page);
    await page.locator(`${SELECT.entry(MARA)} ${SELECT.chip('Mara Lindqvist')}`).click();
    await expect.poll(async () => (await picture(page)).find((e) => e.id === NOBODY)?.hidden).toBe(true);
  }
  const entryOf = (page: Page, id: string) => picture(page).then((all) => all.find((e) => e.id === id));

  it('the same nodes, away for longer than a batch: stub, chips and the filter hold', async () => {
    const page = await open();
    await following(page);
    const before = await picture(page);
    await page.evaluate((ids) => {
      const away = ids.map((id) => {
        const el = document.getElementById(id)!;
        return { el, next: el.nextElementSibling, parent: el.parentElement! };
      });
      away.forEach(({ el }) => el.remove());
      (window as unknown as { lensAway: typeof away }).lensAway = away;
    }, [REPOST, MARA, NOBODY]);
    await page.waitForTimeout(400);
    await page.evaluate(() => {
      for (const { el, next, parent } of (window as unknown as { lensAway: Array<{ el: Element; next: Element | null; parent: Element }> }).lensAway) {
        parent.insertBefore(el, next?.isConnected ? next : null);
      }
    });
    for (const id of [REPOST, MARA, NOBODY]) await expect.poll(() => entryOf(page, id), { timeout: 5_000 }).toEqual(before.find((e) => e.id === id));
  });

  it('new nodes of the same entries: stub, chips and the filter hold', async () => {
    const page = await open();
    await following(page);
    const before = await picture(page);
    await page.evaluate((ids) => {
      for (const id of ids) {
        const old = document.getElementById(id)!;
        const fresh = document.createElement('template');
        fresh.innerHTML = old.outerHTML; // the site's fresh render of the same entry, our marks and copies included
        old.replaceWith(fresh.content);
      }
    }, [REPOST, MARA, NOBODY]);
    for (const id of [REPOST, MARA, NOBODY]) await expect.poll(() => entryOf(page, id), { timeout: 5_000 }).toEqual(before.find((e) => e.id === id));
    expect(await parts(page)).toMatchObject({ deadChips: 0, deadStubs: 0, toolsMissing: 0, toolsDoubled: 0 });
  });

  describe('stars (LBL_TEST=1 build: private roots open)', () => {
    let testBrowser: LaunchedBrowser;
    beforeAll(async () => {
      testBrowser = await lens.launch({ extensionDir: ensureTestBuild() });
    }, 180_000);
    const pressed = (page: Page, id: string) => page.locator(`${SELECT.entry(id)} ${SELECT.action(ACTION.star)}`).first().getAttribute('aria-pressed');

    it('a starred entry keeps its star when it comes back, on the same node or a new one', async () => {
      const page = await open(testBrowser);
      await page.locator(`${SELECT.entry(MARA)} ${SELECT.action(ACTION.star)}`).click();
      await expect.poll(() => pressed(page, MARA)).toBe('true');
      await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        const [parent, next] = [el.parentElement!, el.nextElementSibling];
        el.remove();
        setTimeout(() => parent.insertBefore(el, next), 300);
      }, MARA);
      await page.waitForTimeout(600);
      await expect.poll(() => pressed(page, MARA)).toBe('true');
      await rerender(page);
      await expect.poll(() => pressed(page, MARA), { timeout: 5_000 }).toBe('true');
      expect(await page.locator(`${SELECT.action(ACTION.star)}[aria-pressed="true"]`).count()).toBe(1);
    });
  });
});
