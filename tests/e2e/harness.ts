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
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumExecutable } from '../../tools/browser-path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = resolve(ROOT, '.output/chrome-mv3');
export const PERF_BUILD_DIR = resolve(ROOT, '.output/chrome-mv3-perf');
export const TEST_BUILD_DIR = resolve(ROOT, '.output/chrome-mv3-test');
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
 * A twin of the ordinary build with one flag on, in `.output/chrome-mv3-<name>`, rebuilt when
 * missing or older than the ordinary build (so it never lags the code under test). The WXT CLI has
 * no --outDir flag, and `--mode` would change NODE_ENV; the programmatic build takes
 * `outDirTemplate` instead.
 */
function ensureTwinBuild(name: 'perf' | 'test', flag: 'LBL_PERF' | 'LBL_TEST'): string {
  const dir = resolve(ROOT, `.output/chrome-mv3-${name}`);
  const ordinary = join(requireBuild(), 'manifest.json');
  const twin = join(dir, 'manifest.json');
  if (existsSync(twin) && statSync(twin).mtimeMs >= statSync(ordinary).mtimeMs) return dir;
  const script = `import { build } from 'wxt'; await build({ outDirTemplate: 'chrome-mv3-${name}' });`;
  const env = { ...process.env, [flag]: '1' };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${flag}=1 build failed:\n${run.stdout}\n${run.stderr}`);
  return requireBuild(dir);
}

/** The `LBL_PERF=1` build: records the User Timing measures. */
export function ensurePerfBuild(): string {
  return ensureTwinBuild('perf', 'LBL_PERF');
}

/** The `LBL_TEST=1` build: the shadow roots that hide reading state from the page are open. */
export function ensureTestBuild(): string {
  return ensureTwinBuild('test', 'LBL_TEST');
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
 * relative to the repository. The query string is ignored (Guardian permalinks carry one) unless a
 * key has one of its own: then that exact query is its own page (a paginated blog's `?page=2`).
 */
export async function startFixtureServer(routes: Record<string, string>): Promise<FixtureServer> {
  const table = new Map<string, { body: Buffer; type: string }>();
  for (const [key, value] of Object.entries(routes)) {
    const isHtml = value.trimStart().startsWith('<');
    // Files are read now, so a missing fixture fails at start, not as a puzzling 404 later.
    const body = isHtml ? Buffer.from(value) : readFileSync(resolve(ROOT, value));
    const type = isHtml ? TYPES['.html']! : TYPES[extname(value).toLowerCase()] ?? 'application/octet-stream';
    // A key with a query (a blog's `?page=2`) is its own route; other keys ignore the query.
    const route = /^https?:\/\//.test(key) ? `${new URL(key).host}${new URL(key).pathname}${new URL(key).search}` : key;
    table.set(route, { body, type });
  }
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const found = table.get(`${url.hostname}${url.pathname}${url.search}`) ?? table.get(`${url.hostname}${url.pathname}`) ?? table.get(url.pathname);
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
  /**
   * The browser's interface language ("it", "pl"), which extensions' messages follow; US English
   * by default, so that tests read the same words on every machine whatever its own language;
   * null: the machine's own (a person trying the demo). `--lang` sets it (headless too); Linux
   * builds that take it from the environment read LANGUAGE.
   */
  lang?: string | null;
}

export interface LaunchedBrowser { context: BrowserContext; extensionId: string; close(): Promise<void> }

/** Chromium with the unpacked extension (extensions need a persistent context) and a temp profile. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const extensionDir = requireBuild(resolve(ROOT, options.extensionDir ?? BUILD_DIR));
  const headed = options.headed ?? canShowBrowser;
  const lang = options.lang === undefined ? 'en-US' : options.lang;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'lbl-profile-'));
  const dropProfile = () => options.userDataDir === undefined && rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
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
    ...(lang ? [`--lang=${lang}`] : []),
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
      ...(lang ? { env: { ...process.env, LANGUAGE: lang.replace('-', '_') } as Record<string, string> } : {}),
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

// The page helpers (marked entries, waits, page errors, mutation records, measures) moved to
// page.ts; re-exported here for code that imports them from the harness.
export * from './page';
