// Helpers for driving the built extension in a real Chromium against fixture pages served at their
// real news addresses. News hosts are HSTS-preloaded, so fixtures go over HTTPS (a throwaway
// self-signed certificate) and Chromium resolves the hosts to our local server: the content
// script's real `matches` then apply, with no test-only manifest.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumExecutable } from '../../tools/browser-path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = resolve(ROOT, '.output/chrome-mv3');
export const PERF_BUILD_DIR = resolve(ROOT, '.output/chrome-mv3-perf');
const CHROMIUM = chromiumExecutable();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
};

/** True on CI (`CI=true`, `CI=1`...): never headed there, whatever DISPLAY says. */
export const isCI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
/** Headed only where someone can see it. */
export const canShowBrowser = !!process.env.DISPLAY && !isCI;

/** Fails with the fix in the message: every e2e run needs a fresh `npm run build` first. */
export function requireBuild(dir: string = BUILD_DIR): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}. Run \`npm run build\` first (the e2e tests load the built extension).`);
  }
  return dir;
}

/**
 * The `LBL_PERF=1` build in `.output/chrome-mv3-perf`, rebuilt when missing or older than the
 * ordinary build (so it never lags the code under test). The WXT CLI has no --outDir flag, and
 * `--mode perf` would change NODE_ENV; the programmatic build takes `outDirTemplate` instead.
 */
export function ensurePerfBuild(): string {
  const ordinary = join(requireBuild(), 'manifest.json');
  const perf = join(PERF_BUILD_DIR, 'manifest.json');
  if (existsSync(perf) && statSync(perf).mtimeMs >= statSync(ordinary).mtimeMs) return PERF_BUILD_DIR;
  const script = "import { build } from 'wxt'; await build({ outDirTemplate: 'chrome-mv3-perf' });";
  const env = { ...process.env, LBL_PERF: '1' };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`LBL_PERF=1 build failed:\n${run.stdout}\n${run.stderr}`);
  return requireBuild(PERF_BUILD_DIR);
}

/** A key pair made per run with the openssl CLI; the files are deleted at once, never committed. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'lbl-cert-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=liveblog-lens-e2e',
    ], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FixtureServer { port: number; close(): Promise<void> }

/**
 * Serves fixtures over HTTPS on 127.0.0.1 at a random port. Keys are a path (`/world/x`, any host)
 * or a full URL (host and path must match); values are HTML (starting with `<`) or a file path
 * relative to the repository. The query string is ignored, as Guardian permalinks carry one.
 */
export async function startFixtureServer(routes: Record<string, string>): Promise<FixtureServer> {
  const table = new Map<string, { body: Buffer; type: string }>();
  for (const [key, value] of Object.entries(routes)) {
    const isHtml = value.trimStart().startsWith('<');
    // Files are read now, so a missing fixture fails at start, not as a puzzling 404 later.
    const body = isHtml ? Buffer.from(value) : readFileSync(resolve(ROOT, value));
    const type = isHtml ? TYPES['.html']! : TYPES[extname(value).toLowerCase()] ?? 'application/octet-stream';
    const route = /^https?:\/\//.test(key) ? `${new URL(key).host}${new URL(key).pathname}` : key;
    table.set(route, { body, type });
  }
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const found = table.get(`${url.hostname}${url.pathname}`) ?? table.get(url.pathname);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Hosts to resolve to the fixture server (`www.theguardian.com`...); all others fail fast. */
  hosts: string[];
  port: number;
  /** Defaults to `canShowBrowser`. */
  headed?: boolean;
  /** Let Playwright close the browser on Ctrl-C (default); false when the caller cleans up itself. */
  handleSignals?: boolean;
  /** Reuse this profile (see `profile.ts`) instead of a fresh temp one; the caller's, so kept on close. */
  userDataDir?: string;
}

export interface LaunchedBrowser { context: BrowserContext; extensionId: string; close(): Promise<void> }

/** Chromium with the unpacked extension (extensions need a persistent context) and a temp profile. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const extensionDir = requireBuild(resolve(ROOT, options.extensionDir ?? BUILD_DIR));
  const headed = options.headed ?? canShowBrowser;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'lbl-profile-'));
  const dropProfile = () => options.userDataDir === undefined && rmSync(userDataDir, { recursive: true, force: true });
  // Everything else resolves to nothing: a closed network makes real lookups slow, not useful.
  const rules = [...options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.port}`), 'MAP * ~NOTFOUND'];
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Branded Chrome dropped --load-extension; keep Chromium honouring it if it follows suit.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules.join(',')}`,
    // A closed network: nothing may phone home or wait on a component download.
    '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-quic', '--no-first-run',
    ...(headed ? [] : ['--headless=new']),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      // Headless is our own --headless=new above, so a display-less run is the same full browser
      // (extensions, service worker) as a headed one, whatever Playwright's default flags become.
      headless: false,
      args,
      // Playwright disables extensions by default; that would defeat the point.
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: true,
      viewport: headed ? null : { width: 1280, height: 900 },
      ...(options.handleSignals === false ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
  } catch (error) {
    dropProfile();
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    dropProfile();
  };
  // The background worker is the extension's heartbeat: no worker, no injection of the reader.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(async (error: Error) => {
      await close();
      throw new Error(`The extension's service worker never started (is ${extensionDir} a valid build?): ${error.message}`);
    }));
  return { context, extensionId: new URL(worker.url()).host, close };
}

/** A marked element: its `data-lbl-entry` and its path from <body> (`tag#id:index>…`), comparable with Node's. */
export interface MarkedEntry { id: string; path: string }

/**
 * Structural path of an element from <body> over the site's own elements (our `data-lbl-ui`
 * stubs and rows are not counted); the in-page twin is in `markedEntries`.
 */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  const own = (p: Element) => Array.prototype.filter.call(p.children, (c: Element) => !c.hasAttribute('data-lbl-ui'));
  for (let n: Element | null = el; n && n.tagName !== 'BODY'; n = n.parentElement) {
    const index = n.parentElement ? own(n.parentElement).indexOf(n) : 0;
    parts.unshift(`${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}:${index}`);
  }
  return parts.join('>');
}

// Written as plain JS source, not a function: serialising a transpiled function can drag in
// helpers (esbuild's __name) that do not exist in the page.
const MARKED_ENTRIES = `Array.from(document.querySelectorAll('[data-lbl-entry]'), (el) => {
  const parts = [];
  const own = (p) => Array.prototype.filter.call(p.children, (c) => !c.hasAttribute('data-lbl-ui'));
  for (let n = el; n && n.tagName !== 'BODY'; n = n.parentElement) {
    const index = n.parentElement ? own(n.parentElement).indexOf(n) : 0;
    parts.unshift(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + ':' + index);
  }
  return { id: el.getAttribute('data-lbl-entry') || '', path: parts.join('>') };
})`;

/** Every marked entry element in document order. */
export async function markedEntries(page: Page): Promise<MarkedEntry[]> {
  return (await page.evaluate(MARKED_ENTRIES)) as MarkedEntry[];
}

const pageErrors = new WeakMap<Page, string[]>();

/** Keeps the page's uncaught errors (content scripts' included) for `waitForMarkedEntries` to report. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  return errors;
}

/**
 * Waits until entries are marked: at least `count` of them when given, else until the number of
 * marks has stopped changing for `settleMs` (the reader marks a page in one pass, then batches).
 */
export async function waitForMarkedEntries(page: Page, options: { count?: number; timeout?: number; settleMs?: number } = {}): Promise<MarkedEntry[]> {
  const { count, timeout = 10_000, settleMs = 300 } = options;
  const marks = (n: number) => document.querySelectorAll('[data-lbl-entry]').length >= n;
  await page.waitForFunction(marks, count ?? 1, { timeout }).catch(async (error: Error) => {
    // A bare timeout says nothing; how many marks there were and what threw says where to look.
    const found = await page.evaluate(() => document.querySelectorAll('[data-lbl-entry]').length).catch(() => '?');
    const errors = pageErrors.get(page) ?? [];
    throw new Error(`${found} of ${count ?? '≥1'} entries marked on ${page.url()} after ${timeout} ms (${error.message.split('\n')[0]})` +
      (errors.length ? `\nPage errors:\n${errors.join('\n')}` : ''));
  });
  if (count === undefined) {
    let last = -1;
    for (const end = Date.now() + timeout; Date.now() < end; ) {
      const now = await page.evaluate(() => document.querySelectorAll('[data-lbl-entry]').length);
      if (now === last) break;
      last = now;
      await page.waitForTimeout(settleMs);
    }
  }
  return markedEntries(page);
}

/** One DOM mutation seen by `recordMutations`. */
export interface MutationRecordLite {
  type: 'attributes' | 'childList' | 'characterData' | 'message';
  /** `<serial>:<tag>#<id>`: the serial is stable per node, so writes to one element can be counted. */
  target: string;
  attribute: string | null;
  /** The attribute's value when the record was delivered. */
  value: string | null;
  added: string[];
  removed: string[];
  /** False for what the HTML parser did before DOMContentLoaded, true for everything after. */
  afterParse: boolean;
}

// Runs at document_start in the page's main world. Parser insertions are also mutations, so they
// are flushed with takeRecords() at DOMContentLoaded and flagged; content scripts run at
// document_idle, after that listener, so anything they do is flagged `afterParse`.
const MUTATION_RECORDER = `(() => {
  if (window.__lblMutations) return;
  const records = [];
  const serials = new WeakMap();
  let next = 1;
  let parsed = false;
  const name = (n) => {
    if (!serials.has(n)) serials.set(n, next++);
    const tag = n.nodeType === 1 ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') : n.nodeName;
    return serials.get(n) + ':' + tag;
  };
  const push = (list) => {
    for (const r of list) {
      const value = r.attributeName && r.target.getAttribute ? r.target.getAttribute(r.attributeName) : null;
      records.push({ type: r.type, target: name(r.target), attribute: r.attributeName, value,
        added: Array.from(r.addedNodes, name), removed: Array.from(r.removedNodes, name), afterParse: parsed });
    }
  };
  // Messages posted to the window count as traces too (WXT's content-script context posts one).
  window.addEventListener('message', (e) => {
    records.push({ type: 'message', target: 'window', attribute: null, value: String(e.data && e.data.type || typeof e.data),
      added: [], removed: [], afterParse: parsed });
  }, true);
  const observer = new MutationObserver(push);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => { push(observer.takeRecords()); parsed = true; }, { capture: true, once: true });
  Object.defineProperty(window, '__lblMutations', { value: records });
})();`;

/** Records every DOM mutation of the pages `page` loads from now on (call before `goto`). */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript({ content: MUTATION_RECORDER });
}

/** The mutations recorded so far (only those after parsing unless `all`). */
export async function readMutations(page: Page, { all = false } = {}): Promise<MutationRecordLite[]> {
  const records = (await page.evaluate('window.__lblMutations || null')) as MutationRecordLite[] | null;
  if (!records) throw new Error('recordMutations(page) was not called before the page loaded');
  return all ? records : records.filter((r) => r.afterParse);
}

/** The page's User Timing measures with these names, read in the page (main world). */
export async function measures(page: Page, names: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (list) => Object.fromEntries(list.map((n) => [n, performance.getEntriesByName(n, 'measure').length])),
    names,
  );
}
