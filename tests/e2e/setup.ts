// The one setup of the real-browser tests: `useLens` starts the fixture server and a Chromium with
// the built extension before a file's tests, closes every page after each test and everything
// after the file, and opens pages the way every test wants them (errors tracked, entries marked).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  launchWithExtension, requireBuild, startFixtureServer, type FixtureServer, type LaunchedBrowser, type LaunchOptions,
} from './harness';
import { recordMutations, trackPageErrors, waitForMarkedEntries } from './page';

/** What a test file serves and how its browser starts. */
export interface LensSetup {
  /** Fixture routes (see `startFixtureServer`): page URL or path -> HTML or a file path. */
  routes: Record<string, string>;
  /** Hosts resolved to the fixture server (default: the hosts of the routes' URLs, else the Guardian's). */
  hosts?: string[];
  /** Launch options for the file's browser (build, profile...); false: no browser of the file's own. */
  launch?: Partial<Omit<LaunchOptions, 'hosts' | 'port'>> | false;
}

/** Options of `Lens.open`. */
export interface OpenOptions {
  /** Wait for this many marked entries; 'settle' waits until the count stops changing; 0 waits for none. */
  count?: number | 'settle';
  /** Record the page's DOM mutations from the start (see `readMutations`). */
  record?: boolean;
  /** Runs on the new page before it navigates (emulation, routes, listeners). */
  before?(page: Page): Promise<void> | void;
  /** Another browser than the file's (one from `lens.launch`). */
  browser?: LaunchedBrowser;
}

/** A test file's extension, server and pages. */
export interface Lens {
  readonly browser: LaunchedBrowser;
  readonly context: BrowserContext;
  readonly server: FixtureServer;
  /** Opens `url` in a new page, closed after the test. */
  open(url: string, options?: OpenOptions): Promise<Page>;
  /** Starts another browser on the same server (a perf build, a kept profile), closed after the file. */
  launch(options?: Partial<Omit<LaunchOptions, 'hosts' | 'port'>>): Promise<LaunchedBrowser>;
}

function hostsOf(routes: Record<string, string>): string[] {
  const hosts = Object.keys(routes).filter((k) => /^https?:\/\//.test(k)).map((k) => new URL(k).hostname);
  return hosts.length ? [...new Set(hosts)] : ['www.theguardian.com'];
}

/** Registers the file's hooks and returns its Lens. */
export function useLens(setup: LensSetup): Lens {
  let server: FixtureServer | undefined;
  let browser: LaunchedBrowser | undefined;
  const others: LaunchedBrowser[] = [];
  const pages: Page[] = [];
  const hosts = setup.hosts ?? hostsOf(setup.routes);
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test or a hook`);
    return value;
  };

  beforeAll(async () => {
    requireBuild(); // fails with "Run `npm run build` first" when the build is missing
    server = await startFixtureServer(setup.routes);
    if (setup.launch !== false) browser = await launchWithExtension({ headed: false, ...setup.launch, hosts, port: server.port });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await Promise.all([browser, ...others].map((b) => b?.close()));
    await server?.close();
  });

  const lens: Lens = {
    get browser() {
      return ready(browser, 'The browser');
    },
    get context() {
      return ready(browser, 'The browser').context;
    },
    get server() {
      return ready(server, 'The fixture server');
    },
    async open(url, options = {}) {
      const page = await (options.browser ?? lens.browser).context.newPage();
      pages.push(page);
      trackPageErrors(page);
      await options.before?.(page);
      if (options.record) await recordMutations(page);
      await page.goto(url, { waitUntil: 'load' });
      const { count } = options;
      if (count === 'settle') await waitForMarkedEntries(page);
      else if (count) await waitForMarkedEntries(page, { count });
      return page;
    },
    async launch(options = {}) {
      const other = await launchWithExtension({ headed: false, ...options, hosts, port: lens.server.port });
      others.push(other);
      return other;
    },
  };
  return lens;
}
