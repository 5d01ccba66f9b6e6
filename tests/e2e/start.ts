// `npm start`: the demo live blog at a real Guardian address, in Chromium with the built extension.
// With a display it stays open for a person to try; without one (or on CI) it proves the same path
// headless and leaves a screenshot and the pipeline's JSON behind, so a run can be looked at later.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyzeDocument, toReport } from '../../lib/analyze';
import { parseHtml } from '../../tools/dom';
import {
  ROOT,
  canShowBrowser,
  launchWithExtension,
  requireBuild,
  startFixtureServer,
  trackPageErrors,
  waitForMarkedEntries,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';
import { writeStoreScreenshots } from './store-screenshots';

const DEMO_URL = 'https://www.theguardian.com/lens-demo/live/2026/nov/29/northern-sea-summit-live';
const DEMO_FILE = 'tests/fixtures/demo/liveblog.html';
const OUT_DIR = resolve(ROOT, '.lbl/demo');

let server: FixtureServer | undefined;
let browser: LaunchedBrowser | undefined;
let cleaning: Promise<void> | undefined;

/** Closes the browser (removing its temp profile) and the server, once, whoever asks first. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await browser?.close();
    await server?.close();
  })();
  return cleaning;
}

async function main(): Promise<number> {
  try {
    requireBuild();
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const html = readFileSync(resolve(ROOT, DEMO_FILE), 'utf8');
  server = await startFixtureServer({
    [DEMO_URL]: DEMO_FILE,
    '/lens-demo/img/harbour.svg': 'tests/fixtures/demo/harbour.svg',
    '/lens-demo/img/summit.svg': 'tests/fixtures/demo/summit.svg',
  });
  const headed = canShowBrowser;
  // We clean up ourselves on Ctrl-C, so the temp profile and the server go too.
  // The interface's language: LBL_LANG (`LBL_LANG=pl npm start`), else the browser's own when a
  // person is trying it, else English (the headless run writes the store's English screenshots).
  const lang = process.env.LBL_LANG || (headed ? null : 'en-US');
  browser = await launchWithExtension({ hosts: ['www.theguardian.com'], port: server.port, headed, handleSignals: false, lang });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  trackPageErrors(page);
  await page.goto(DEMO_URL, { waitUntil: 'load' });

  if (headed) {
    console.log(`Liveblog Lens demo: ${DEMO_URL}\nClose the browser window or press Ctrl-C to quit.`);
    await new Promise<void>((done) => {
      browser!.context.once('close', () => done());
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
    return 0;
  }

  // Headless: the same pipeline in Node says how many entries the page must end up with.
  const analysis = analyzeDocument(parseHtml(html), DEMO_URL);
  const marked = await waitForMarkedEntries(page, { count: analysis.entries.length, timeout: 15_000 }).catch((error: Error) => {
    console.error(error.message);
    return null;
  });
  if (!marked) return 1;
  mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: join(OUT_DIR, 'liveblog.png'), fullPage: true });
  writeFileSync(join(OUT_DIR, 'analysis.json'), `${JSON.stringify(toReport(analysis), null, 2)}\n`);
  writeFileSync(join(OUT_DIR, 'marked.json'), `${JSON.stringify(marked, null, 2)}\n`);
  await writeStoreScreenshots(browser, page);
  console.log(`${marked.length} entries marked; wrote liveblog.png, analysis.json, marked.json to ${relative(process.cwd(), OUT_DIR) || '.'}/`);
  return 0;
}

const code = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
await cleanUp();
process.exit(code);
