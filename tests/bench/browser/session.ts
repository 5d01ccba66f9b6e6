// One headless Chromium with the LBL_PERF=1 build, and the local HTTPS server that answers for every
// page of the run. Pages are opened one at a time, each a fresh tab that is closed after its
// measurement. Should the browser die (a 20,000-entry blog can exhaust memory), the next page
// starts a new one, so one failure does not end the run.
import type { Page } from 'playwright-core';
import { ensurePerfBuild, launchWithExtension, startFixtureServer, type FixtureServer, type LaunchedBrowser } from '../../e2e/harness';

export interface BenchSession {
  /** A fresh tab; `init` scripts run in it before any script of the page. */
  open(init?: readonly string[]): Promise<Page>;
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
    async open(init = []) {
      if (!browser || !alive) {
        await browser?.close().catch(() => undefined);
        browser = await launch();
      }
      const page = await browser.context.newPage();
      for (const content of init) await page.addInitScript({ content });
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
