// One headless Chromium with the LBL_PERF=1 build, and the local HTTPS server that answers for every
// page of the run. Pages are opened one at a time, each a fresh tab that is closed after its
// measurement. Should the browser die (a 20,000-entry blog can exhaust memory), the next page
// starts a new one, so one failure does not end the run.
import type { Page } from 'playwright-core';
import { ensurePerfBuild, launchWithExtension, startFixtureServer, type FixtureServer, type LaunchedBrowser } from '../../e2e/harness';

/** A document the tab gets from memory, cross-origin isolated (see `open`). */
export interface IsolatedDocument {
  url: string;
  body: Buffer;
}

const ISOLATED_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

export interface BenchSession {
  /**
   * A fresh tab; `init` scripts run in it before any script of the page. With `isolated`, that
   * address is answered with the given bytes and the COOP/COEP headers that make the page
   * cross-origin isolated: Chromium then reads `performance.now()` to 5 µs instead of 100 µs, which
   * sub-millisecond figures need. Resources it loads from elsewhere are unreachable in the bench
   * anyway, so the headers block nothing the page would otherwise get.
   */
  open(init?: readonly string[], isolated?: IsolatedDocument): Promise<Page>;
  /** The Chromium version, once a browser has started. */
  version(): string;
  close(): Promise<void>;
}

/** Starts the server on `routes` (URL -> HTML or repository file) and the browser for `hosts`. */
export async function startSession(routes: Record<string, string>, hosts: readonly string[]): Promise<BenchSession> {
  const extensionDir = ensurePerfBuild();
  const server: FixtureServer = await startFixtureServer(routes);
  let browser: LaunchedBrowser | null = null;
  let alive = false;
  let version = '';

  const launch = async (): Promise<LaunchedBrowser> => {
    const launched = await launchWithExtension({ extensionDir, hosts: [...hosts], port: server.port, headed: false, handleSignals: false });
    alive = true;
    launched.context.once('close', () => (alive = false));
    version = launched.context.browser()?.version() ?? version;
    return launched;
  };

  return {
    async open(init = [], isolated) {
      if (!browser || !alive) {
        await browser?.close().catch(() => undefined);
        browser = await launch();
      }
      const page = await browser.context.newPage();
      for (const content of init) await page.addInitScript({ content });
      if (isolated) {
        const target = isolated.url.split('#')[0];
        await page.route((u) => u.href.split('#')[0] === target, (route) =>
          route.fulfill({ status: 200, body: isolated.body, headers: ISOLATED_HEADERS }));
      }
      return page;
    },
    version: () => version,
    async close() {
      await browser?.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** Closes a page, ignoring a page or browser that has already gone. */
export async function closePage(page: Page | undefined): Promise<void> {
  await page?.close().catch(() => undefined);
}

/** The bench's measures in `page` (see PROBE). */
export async function pageMeasures(page: Page): Promise<{ name: string; startTime: number; duration: number }[]> {
  return (await page.evaluate('window.__lblBench ? window.__lblBench.measures() : []')) as { name: string; startTime: number; duration: number }[];
}

/**
 * Waits until a measure named `name` exists, polling every `every` ms (a poll is one tiny task,
 * reading a list, never the DOM); the first one, or null after `timeout`.
 */
export async function waitForMeasure(page: Page, name: string, timeout: number, every = 100): Promise<{ startTime: number; duration: number } | null> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = (await pageMeasures(page)).find((m) => m.name === name);
    if (found) return found;
    if (Date.now() >= end) return null;
    await page.waitForTimeout(every);
  }
}
