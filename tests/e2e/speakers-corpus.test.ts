// Speakers in the reader's language, in the shipped build, in Chromium: the la Repubblica (Italian)
// and NZZ (German) live blogs of ../shared/corpus, served at their real addresses, are annotated
// by the background with their language's lexicon and the panel lists the people they quote. Without the corpus the
// test is skipped under a name that says which folder is missing.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusPages, hasCorpus } from '../helpers/corpus';
import { launchWithExtension, requireBuild, startFixtureServer, trackPageErrors, waitForMarkedEntries, type FixtureServer, type LaunchedBrowser } from './harness';

// People each blog quotes in its own words (by the labelled corpus entries); not one of them is
// found by English rules.
const CASES = [
  { site: 'repubblica', expect: ['Herzi Halevi', 'Sergei Lavrov', 'Joe Biden', 'Tedros Adhanom Ghebreyesus', 'Maria Zakharova', 'Penny Wong'] },
  { site: 'nzz', expect: ['Antony Blinken', 'Matthew Miller', 'Bill Burns'] },
];

const pages = corpusPages().filter((p) => p.liveBlog && CASES.some((c) => c.site === p.site));

describe.skipIf(!hasCorpus)('speakers on the Italian and German corpus blogs', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startFixtureServer(Object.fromEntries(pages.map((p) => [p.url, join(CORPUS_DIR, p.file)])));
    browser = await launchWithExtension({ hosts: pages.map((p) => new URL(p.url).host), port: server.port, headed: false });
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  async function panelSpeakers(page: Page): Promise<string[]> {
    const panel = page.locator('liveblog-lens-panel aside');
    if (!(await panel.isVisible())) await page.click('[data-lbl-action="panel"]');
    await panel.waitFor({ state: 'visible' });
    await page.locator('liveblog-lens-panel [data-lbl-speaker]').first().waitFor({ state: 'attached', timeout: 15_000 });
    return page.locator('liveblog-lens-panel [data-lbl-speaker]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lbl-speaker') ?? ''));
  }

  for (const c of CASES) {
    it(`lists the people the ${c.site} blog quotes`, async () => {
      const p = pages.find((x) => x.site === c.site);
      expect(p, `${c.site} live blog in the corpus manifest`).toBeDefined();
      const page = await browser.context.newPage();
      const errors = trackPageErrors(page);
      await page.goto(p!.url, { waitUntil: 'load' });
      await waitForMarkedEntries(page, { count: p!.entries });
      const names = await panelSpeakers(page);
      for (const name of c.expect) expect(names, name).toContain(name);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe.skipIf(hasCorpus)(`speakers on the corpus blogs: SKIPPED, no corpus at ${CORPUS_DIR}`, () => {
  it.skip(`needs the shared corpus folder ${CORPUS_DIR} (la Repubblica and NZZ live blogs)`, () => undefined);
});
