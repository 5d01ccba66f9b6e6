// The annotation runs in the background (entrypoints/background/annotator.ts), in Chromium: the
// service worker stopped under a blog that is open (as Chrome stops an idle worker) loses nothing:
// the next live entry wakes it, the page sends its entries again, and the entry is annotated
// against the whole blog; two blogs open in two tabs at once each get their own repeats and
// speakers. Blogs: Guardian markup, generated.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ATTR, SELECT } from '../../lib/page-contract';
import { generateGuardianBlog, guardianBlock, GUARDIAN_BENCH_CONTAINER } from '../bench/generate';
import { openPanel, panelOf } from './page';
import { useLens } from './setup';

const BASE = 'https://www.theguardian.com/world/live/2026/dec/03/annotator';
/** A generated blog of `count` entries (every 25th a re-post) and, at the top, entry `count` quoting `name`. */
function blog(url: string, count: number, name: string) {
  const quoting = guardianBlock(count, url).replace(
    /<p class="dcr-n6w1lc">[\s\S]*<\/article>$/,
    `<p class="dcr-n6w1lc">"We will reopen the bridge tomorrow," said ${name}, the mayor of the city, on Wednesday morning.</p></article>`,
  );
  const { html } = generateGuardianBlog(count, url);
  return { url, html: html.replace('<article', `${quoting}<article`), count: count + 1 };
}
const blogA = blog(`${BASE}-a`, 30, 'Helen Marsh');
const blogB = blog(`${BASE}-b`, 12, 'Tomas Brandt');
const lens = useLens({ routes: { [blogA.url]: blogA.html, [blogB.url]: blogB.html } });

const idOf = (i: number) => `block-${(i + 1).toString(16).padStart(24, '0')}`;
const duplicateOf = (page: Page, id: string) => page.locator(SELECT.entry(id)).first().getAttribute(ATTR.duplicateOf);
const speakers = async (page: Page) => {
  await openPanel(page);
  await panelOf(page).locator('[data-lbl-speaker]').first().waitFor({ state: 'attached' });
  return panelOf(page).locator('[data-lbl-speaker]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lbl-speaker')).sort());
};

/**
 * Stops the extension's service worker, as Chrome does with an idle one (its memory goes with it).
 * The page's open port may wake a new one at once, under the same target: stopped means the
 * instance that held the mark is gone.
 */
async function stopWorker(page: Page): Promise<void> {
  const ours = () => page.context().serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${lens.browser.extensionId}/`));
  await ours()!.evaluate(() => { (globalThis as { lblBeforeStop?: boolean }).lblBeforeStop = true; });
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${lens.browser.extensionId}/`));
  expect(worker, 'the extension service worker').toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect.poll(async () => {
    const now = ours();
    return !now || (await now.evaluate(() => !(globalThis as { lblBeforeStop?: boolean }).lblBeforeStop).catch(() => true));
  }, { timeout: 10_000 }).toBe(true);
  await cdp.detach();
}

describe('annotation in the background', () => {
  it('a worker stopped under an open blog: the next live entry is annotated against the whole blog, nothing lost', async () => {
    const page = await lens.open(blogA.url, { count: blogA.count });
    await expect.poll(() => duplicateOf(page, idOf(24))).toBe(idOf(23));
    const before = await speakers(page);
    expect(before).toEqual(['Helen Marsh']);

    await stopWorker(page);
    // A live re-post of entry 5 (its words, a new id), at the top.
    const live = guardianBlock(5, blogA.url).replaceAll(idOf(5), 'block-00000000000000000000live');
    await page.evaluate(({ html, container }) => document.querySelector(container)!.insertAdjacentHTML('afterbegin', html), { html: live, container: GUARDIAN_BENCH_CONTAINER });
    // A liveness bound, not a speed check: waking the worker and sending the blog again took over 10 s
    // once on a loaded 2-core machine.
    await expect.poll(() => duplicateOf(page, 'block-00000000000000000000live'), { timeout: 30_000 }).toBe(idOf(5));
    // The rest of the blog is as it was.
    expect(await duplicateOf(page, idOf(24))).toBe(idOf(23));
    expect(await speakers(page)).toEqual(before);
  });

  it('two blogs in two tabs at once: each its own repeats and speakers', async () => {
    const [a, b] = await Promise.all([lens.open(blogA.url, { count: blogA.count }), lens.open(blogB.url, { count: blogB.count })]);
    await expect.poll(() => duplicateOf(a, idOf(24))).toBe(idOf(23));
    // Blog B has no entry 24: none of its entries repeats another, whatever tab A holds.
    await expect.poll(() => b.locator(`[${ATTR.duplicateOf}]`).count()).toBe(0);
    expect(await speakers(a)).toEqual(['Helen Marsh']);
    expect(await speakers(b)).toEqual(['Tomas Brandt']);
  });
});
