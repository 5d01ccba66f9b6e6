// The library's import of a large export in real Chromium (issue 14, finding 14): 100,000 quotes
// (about 67 MB, like the hostile run's file) imported into an empty library through the page's
// own file input. Prints the longest task on the library page (PerformanceObserver 'longtask'),
// the number of tasks over 50 ms, and the time from choosing the file to the list showing every
// quote. A figure, not a test: run `npm run build && npx tsx tests/bench/import-browser.ts [count]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, startFixtureServer } from '../e2e/harness';

const count = Number(process.argv[2] ?? 100_000);
const BLOG = 'https://www.theguardian.com/world/live/2024/jan/02/example-live';
const filler = 'The council said the defences would be reviewed again before the winter, with pumps, barriers and new gauges along the river. '.repeat(4);
const quotes = Array.from({ length: count }, (_, i) => ({
  id: `q-bench-${String(i).padStart(7, '0')}`,
  text: `Quote ${i}: ${filler}`.slice(0, 340),
  speaker: `Speaker ${i % 40}`,
  blog: BLOG,
  site: 'guardian',
  entry: `block-${i}`,
  entryTime: '2024-01-02T10:00:00Z',
  permalink: `${BLOG}#block-${i}`,
  savedAt: Date.UTC(2024, 0, 2, 10) + i * 1000,
}));
const file = JSON.stringify({ format: 'liveblog-lens', version: 1, exportedAt: new Date().toISOString(), blogs: [], quotes, starred: [] });

// Playwright hands over buffers of at most 50 MB; larger files go by path.
const dir = mkdtempSync(join(tmpdir(), 'lbl-import-'));
const path = join(dir, 'big.json');
writeFileSync(path, file);
const server = await startFixtureServer({});
const browser = await launchWithExtension({ hosts: [], port: server.port });
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.getByText(/No saved quotes yet/).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; taskStarts: number[] };
    w.longTasks = [];
    w.taskStarts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.longTasks.push(e.duration);
        w.taskStarts.push(e.startTime);
      }
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  const pageStart = await page.evaluate(() => performance.now());
  await page.locator('#lbl-import').setInputFiles(path);
  const report = page.getByRole('status', { name: 'Import result' });
  // Where the time goes: the progress line as it changes (reading 0–50 %, sending parts 50–95 %, commit).
  const phases: string[] = [];
  let last = '';
  const poll = setInterval(() => {
    void report.innerText({ timeout: 100 }).then((text) => {
      const line = text.split('\n').find((l) => /%|Added|Nothing/.test(l)) ?? '';
      if (line && line !== last) phases.push(`${Date.now() - started} ms: ${(last = line)}`);
    }, () => undefined);
  }, 250);
  await report.getByText(/Added|Nothing/).waitFor({ timeout: 900_000 });
  if (!/Added/.test(await report.innerText())) throw new Error(`The import failed: ${await report.innerText()}`);
  const importedMs = Date.now() - started;
  clearInterval(poll);
  if (process.env.LBL_PHASES) console.log(phases.join('\n'));
  await page.getByText(`${count.toLocaleString('en-US')} quotes`).waitFor({ timeout: 600_000 });
  const listedMs = Date.now() - started;
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const starts = await page.evaluate(() => (window as unknown as { taskStarts: number[] }).taskStarts);
  if (process.env.LBL_PHASES) console.log(tasks.map((d, i) => `${Math.round(starts[i]! - pageStart)} ms: task of ${Math.round(d)} ms`).join('\n'));
  const longest = Math.max(0, ...tasks);
  console.log(
    `import of ${count.toLocaleString('en-US')} quotes (${(file.length / 1e6).toFixed(1)} MB), real Chromium: ` +
      `report after ${importedMs} ms, list shows all after ${listedMs} ms; ` +
      `longest task ${Math.round(longest)} ms; ${tasks.length} tasks over 50 ms (${tasks.map((t) => Math.round(t)).sort((a, b) => b - a).slice(0, 8).join(', ')} ...)`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
