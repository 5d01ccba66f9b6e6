// The store screenshots `npm start` writes (store-screenshots.ts), taken here into a temp folder on
// the demo blog: three PNGs at the stores' 1280x800, each showing what its name promises.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, requireBuild, startFixtureServer, waitForMarkedEntries, type FixtureServer, type LaunchedBrowser } from './harness';
import { STORE_SCREENSHOTS, writeStoreScreenshots } from './store-screenshots';

const DEMO_URL = 'https://www.theguardian.com/lens-demo/live/2026/nov/29/northern-sea-summit-live';

let server: FixtureServer;
let browser: LaunchedBrowser;
const dir = mkdtempSync(join(tmpdir(), 'lbl-store-shots-'));

beforeAll(async () => {
  requireBuild();
  server = await startFixtureServer({ [DEMO_URL]: 'tests/fixtures/demo/liveblog.html' });
  browser = await launchWithExtension({ hosts: ['www.theguardian.com'], port: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('store screenshots', () => {
  it('writes the three listed screenshots at 1280x800: repeats, the panel following a speaker, the library', async () => {
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL);
    await waitForMarkedEntries(page);
    const written = await writeStoreScreenshots(browser, page, dir);
    expect(written.map((f) => basename(f))).toEqual([...STORE_SCREENSHOTS]);
    for (const file of written) {
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    }
    // The states the shots were meant to show, as a reader would see them.
    expect(await page.locator('liveblog-lens-panel aside').isVisible()).toBe(true);
    expect(await page.locator('liveblog-lens-panel [data-lbl-speaker][aria-pressed="true"]').count()).toBe(1);
    const library = browser.context.pages().find((p) => p.url().endsWith('/library.html'));
    expect(await library?.locator('.lbl-list > li').count()).toBe(6);
  });

  it('the store listing names exactly these screenshots', () => {
    const listing = readFileSync(join(ROOT, 'store/listing.md'), 'utf8');
    for (const name of STORE_SCREENSHOTS) expect(listing).toContain(`screenshots/${name}`);
  });
});
