// The README's screenshots of the reader view, in light and dark at 1280 and 390 px wide, on the
// project's 4-page Guardian-style fixture blog: the whole blog, a speaker followed, and the
// filters opened on a phone. Run `npm run screenshots:reader` after a build to refresh them
// (tests/fixtures/demo/reader-view-*.png); reader-view-screenshots.test.ts takes them into a
// temp folder on every `npm test`, so the script keeps working.
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ACTION, SELECT } from '../../lib/page-contract';
import { GUARDIAN_BLOG, guardianRoutes } from '../fixtures/blogs/paginated-guardian';
import { launchWithExtension, ROOT, startFixtureServer, waitForMarkedEntries } from './harness';
import { openReaderView } from './reader-view-page';

export const READER_SHOT_DIR = resolve(ROOT, 'tests/fixtures/demo');

/** Each shot: its file, viewport, colour scheme, and what it shows. */
export const READER_SHOTS = [
  { file: 'reader-view-1280-light.png', width: 1280, height: 800, scheme: 'light', show: 'whole' },
  { file: 'reader-view-1280-dark.png', width: 1280, height: 800, scheme: 'dark', show: 'speaker' },
  { file: 'reader-view-390-light.png', width: 390, height: 844, scheme: 'light', show: 'whole' },
  { file: 'reader-view-390-dark.png', width: 390, height: 844, scheme: 'dark', show: 'filters' },
] as const;

/** Writes the four screenshots into `dir`; returns the files written. */
export async function writeReaderViewScreenshots(dir = READER_SHOT_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const server = await startFixtureServer(guardianRoutes());
  const browser = await launchWithExtension({ hosts: ['www.theguardian.com'], port: server.port, headed: false });
  const written: string[] = [];
  try {
    for (const shot of READER_SHOTS) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await page.emulateMedia({ colorScheme: shot.scheme, reducedMotion: 'reduce' });
      await page.goto(GUARDIAN_BLOG);
      await waitForMarkedEntries(page, { count: 6 });
      const view = await openReaderView(page);
      if (shot.show === 'speaker') await view.locator(SELECT.speaker('Mara Quist')).click();
      if (shot.show === 'filters') await view.getByRole('button', { name: 'Filters' }).click();
      await view.locator(`${SELECT.action(ACTION.star)}`).first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, shot.file) });
      written.push(join(dir, shot.file));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`wrote ${written.length} reader view screenshots to ${relative(process.cwd(), dir) || '.'}/`);
  return written;
}

// `tsx tests/e2e/reader-view-screenshots.ts`: refresh the README's copies.
if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'tests/e2e/reader-view-screenshots.ts')) {
  void writeReaderViewScreenshots();
}
