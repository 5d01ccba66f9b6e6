// Saved pages in Chromium: the extension's detector (`liveblog-lens:detect`) beside a first
// `isProbablyReaderable(document)`, and on live blogs the reader's pipeline (`liveblog-lens:pipeline`)
// beside a first `new Readability(clone).parse()`. Each side gets its own fresh load of the same
// page at its real address (some pages redirect anywhere else). In Readability's load, Readability
// runs at DOMContentLoaded, before the extension's detector (document_idle) touches the page; in
// the extension's load nothing else runs. The order of the sides rotates from round to round, so
// that drift in the machine's load falls on all alike.
//
// Readability is measured twice, each in a load of its own: in the page's main world (the issue's
// yardstick), and in an isolated world of the same page (CDP `Page.addScriptToEvaluateOnNewDocument`
// with a `worldName`, the kind of world a content script runs in), at the same moment
// (DOMContentLoaded). A script's first touches of the DOM cost more in a world of its own (each
// interface is set up on its first use there), so the second column is the like-for-like one for a
// content script; both ratios are printed.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { trackPageErrors } from '../../e2e/harness';
import { PROBE, readabilityProbe } from './page-scripts';
import { extensionRunsOn, type BenchPage } from './pages';
import { closePage, pageMeasures, waitForMeasure, type BenchSession } from './session';
import { startTrace } from './trace';
import { median } from './stats';

export interface CorpusRow {
  page: string;
  url: string;
  live: boolean;
  /** Per round, ms: the extension's detector, Readability's first isProbablyReaderable. */
  detect: number[];
  readerable: number[];
  /** Per round, ms: the same first isProbablyReaderable in an isolated world of the page. */
  readerableIsolated: number[];
  /** When each ran, ms since navigation (the detector at document_idle; Readability after load). */
  detectAt: number[];
  readerableAt: number[];
  readerableIsolatedAt: number[];
  /** Live blogs, per round, ms: the reader's pipeline; Readability's first parse; the clone for it. */
  pipeline: number[];
  parse: number[];
  clone: number[];
  /**
   * Live blogs, per round, ms from the reader's start: every entry read and marked; the speaker
   * lexicon's answer (runs of builds that still asked the background for one; absent: none asked);
   * the background's own time annotating the first page, on its thread (builds that annotate there).
   */
  entries: number[];
  lexicon: number[];
  background?: number[];
  /**
   * Live blogs, from one more load under a trace (not in the rounds above): the time in the
   * extension's main-thread tasks from the reader's start to the end of the pipeline (its CPU, a
   * lower bound, see trace.ts), and its longest task there.
   */
  cpu: number | null;
  longestTask: number | null;
  /** The most main-thread CPU in one extension task there (trace.ts, `Task.cpu`). */
  longestTaskCpu?: number | null;
  /** The extension's verdict against the manifest (first round): ok, false positive, missed. */
  verdict: 'ok' | 'false positive' | 'missed' | 'unknown';
  /** Entries the extension marked (first round), and what isProbablyReaderable said. */
  marked: number | null;
  readerableSays: boolean | null;
  /** median(detect) / median(readerable), median(detect) / median(readerableIsolated), median(pipeline) / median(parse). */
  detectRatio: number;
  detectRatioIsolated: number;
  pipelineRatio: number;
  errors: string[];
}

const bodies = new Map<string, Buffer>();
const bodyOf = (page: BenchPage) => bodies.get(page.path) ?? bodies.set(page.path, readFileSync(page.path)).get(page.path)!;

const LOAD_TIMEOUT = 45_000;
/** How long a page that is not a live blog is watched for a reader that should not come. */
const NOT_LIVE_GRACE = 1_500;
const PIPELINE_TIMEOUT = 30_000;

function short(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}

/** Notes (once) a page that is not cross-origin isolated, whose times are then rounded to 0.1 ms. */
async function checkIsolated(tab: Page, row: CorpusRow): Promise<void> {
  const note = 'not cross-origin isolated: its times are rounded to 0.1 ms';
  if (!row.errors.includes(note) && !(await tab.evaluate('crossOriginIsolated'))) row.errors.push(note);
}

async function extensionSide(session: BenchSession, page: BenchPage, row: CorpusRow, first: boolean): Promise<void> {
  let tab: Page | undefined;
  try {
    tab = await session.open([PROBE], { url: page.url, body: bodyOf(page) });
    const errors = trackPageErrors(tab);
    await tab.goto(page.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const detect = await waitForMeasure(tab, 'liveblog-lens:detect', 10_000);
    if (!detect) {
      const why = extensionRunsOn(page.url) ? 'no liveblog-lens:detect measure within 10 s' : `the extension does not run on ${new URL(page.url).hostname} (not one of its news sites)`;
      throw new Error(`${why}${errors.length ? `; page errors: ${errors[0]!.split('\n')[0]}` : ''}`);
    }
    row.detect.push(detect.duration);
    row.detectAt.push(detect.startTime);
    await checkIsolated(tab, row);
    // After the first round, only a page where the reader came (live, or a false positive) is waited on.
    const readerCame = row.verdict === 'ok' ? page.liveBlog : row.verdict === 'false positive';
    if (!first && !readerCame) return;
    const pipeline = await waitForMeasure(tab, 'liveblog-lens:pipeline', first && !page.liveBlog ? NOT_LIVE_GRACE : PIPELINE_TIMEOUT);
    if (pipeline) row.pipeline.push(pipeline.duration);
    const measures = await pageMeasures(tab);
    const entries = measures.find((m) => m.name === 'liveblog-lens:entries');
    const lexicon = measures.find((m) => m.name === 'liveblog-lens:lexicon');
    if (pipeline && entries) row.entries.push(entries.duration);
    if (pipeline && lexicon) row.lexicon.push(lexicon.duration);
    const background = measures.find((m) => m.name === 'liveblog-lens:background');
    if (pipeline && background) (row.background ??= []).push(background.duration);
    if (first) {
      row.marked = (await tab.evaluate('document.querySelectorAll("[data-lbl-entry]").length')) as number;
      row.verdict = !!pipeline === page.liveBlog ? 'ok' : page.liveBlog ? 'missed' : 'false positive';
    }
  } finally {
    await closePage(tab);
  }
}

/** One more load of a live page under a trace: the extension's CPU and longest task during the pipeline. */
async function tracedSide(session: BenchSession, page: BenchPage, row: CorpusRow): Promise<void> {
  let tab: Page | undefined;
  try {
    tab = await session.open([PROBE], { url: page.url, body: bodyOf(page) });
    // The pipeline's measure as the trace records it (User Timing: a begin and an end event, µs).
    const edges: number[] = [];
    const tracer = await startTrace(tab, (e) => e.name === 'liveblog-lens:pipeline' && (e.ph === 'b' || e.ph === 'e') && edges.push(e.ts));
    await tab.goto(page.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const pipeline = await waitForMeasure(tab, 'liveblog-lens:pipeline', PIPELINE_TIMEOUT);
    await tab.waitForTimeout(200); // the trace reports a task once it ended
    const trace = await tracer.stop();
    if (!pipeline || edges.length < 2) throw new Error('no pipeline measure under the trace');
    const [begin, end] = [Math.min(...edges), Math.max(...edges)].map((ts) => (ts - trace.origin) / 1000) as [number, number];
    const ext = trace.tasks.filter((t) => t.ext && t.start + t.dur >= begin && t.start <= end);
    row.cpu = ext.reduce((sum, t) => sum + t.dur, 0);
    row.longestTask = ext.reduce((max, t) => Math.max(max, t.dur), 0);
    row.longestTaskCpu = ext.reduce((max, t) => Math.max(max, t.cpu), 0);
  } finally {
    await closePage(tab);
  }
}

const probes = { readerable: '', parse: '' };

/** The isolated world Readability runs in, in its own loads (see the top of this file). */
const WORLD = 'liveblog-lens-bench-readability';

/**
 * Registers `source` to run in a new isolated world named WORLD of every document `tab` loads, at
 * document start (before any script of the page, as the main-world probe is), and resolves that
 * world's execution context once the document exists (for reading an error from it).
 */
async function isolatedWorld(tab: Page, source: string): Promise<{ cdp: CDPSession; context: Promise<number> }> {
  const cdp = await tab.context().newCDPSession(tab);
  const context = new Promise<number>((resolve) => {
    // The top document's world is created first (frames come later, and the probe skips them).
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => c.name === WORLD && resolve(c.id));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source, worldName: WORLD });
  return { cdp, context };
}

/** Readability's first isProbablyReaderable, in an isolated world of a fresh load of the page. */
async function readabilityIsolatedSide(session: BenchSession, page: BenchPage, row: CorpusRow): Promise<void> {
  probes.readerable ||= readabilityProbe(false);
  let tab: Page | undefined;
  try {
    tab = await session.open([PROBE], { url: page.url, body: bodyOf(page) });
    const world = await isolatedWorld(tab, probes.readerable);
    await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
    const readerable = await waitForMeasure(tab, 'bench:readerable', 10_000);
    if (!readerable) {
      const id = await Promise.race([world.context, new Promise<null>((r) => setTimeout(() => r(null), 1_000))]);
      const answer = id === null ? null : await world.cdp.send('Runtime.evaluate', { contextId: id, expression: 'window.__lblReadability && window.__lblReadability.error', returnByValue: true });
      throw new Error(`isProbablyReaderable (isolated world): ${(answer?.result.value as string | null) ?? 'no measure'}`);
    }
    const detect = await waitForMeasure(tab, 'liveblog-lens:detect', 0);
    if (detect && detect.startTime < readerable.startTime) throw new Error('the detector ran before Readability in its load: not a first call on a fresh page');
    row.readerableIsolated.push(readerable.duration);
    row.readerableIsolatedAt.push(readerable.startTime);
  } finally {
    await closePage(tab);
  }
}

async function readabilitySide(session: BenchSession, page: BenchPage, row: CorpusRow): Promise<void> {
  probes.readerable ||= readabilityProbe(false);
  probes.parse ||= readabilityProbe(true);
  let tab: Page | undefined;
  try {
    tab = await session.open([PROBE, page.liveBlog ? probes.parse : probes.readerable], { url: page.url, body: bodyOf(page) });
    await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
    const failure = async () => ((await tab!.evaluate('window.__lblReadability && window.__lblReadability.error')) as string | null) ?? 'no measure';
    const readerable = await waitForMeasure(tab, 'bench:readerable', 10_000);
    if (!readerable) throw new Error(`isProbablyReaderable: ${await failure()}`);
    const detect = await waitForMeasure(tab, 'liveblog-lens:detect', 0);
    if (detect && detect.startTime < readerable.startTime) throw new Error('the detector ran before Readability in its load: not a first call on a fresh page');
    row.readerable.push(readerable.duration);
    row.readerableAt.push(readerable.startTime);
    await checkIsolated(tab, row);
    row.readerableSays ??= (await tab.evaluate('window.__lblReadability.readerable')) as boolean;
    if (!page.liveBlog) return;
    const parse = await waitForMeasure(tab, 'bench:parse', 60_000);
    if (!parse) throw new Error(`Readability.parse: ${await failure()}`);
    row.parse.push(parse.duration);
    const clone = await waitForMeasure(tab, 'bench:clone', 1_000);
    if (clone) row.clone.push(clone.duration);
  } finally {
    await closePage(tab);
  }
}

/** Measures one page over `rounds` rounds; failures are kept in `errors`, never thrown. */
export async function benchPage(session: BenchSession, page: BenchPage, rounds: number): Promise<CorpusRow> {
  const row: CorpusRow = {
    page: page.name, url: page.url, live: page.liveBlog, detect: [], readerable: [], readerableIsolated: [], detectAt: [], readerableAt: [], readerableIsolatedAt: [],
    pipeline: [], parse: [], clone: [], entries: [], lexicon: [], cpu: null, longestTask: null, verdict: 'unknown', marked: null, readerableSays: null, detectRatio: NaN, detectRatioIsolated: NaN, pipelineRatio: NaN, errors: [],
  };
  const dead = { extension: false, readability: false, 'readability (isolated world)': false };
  const order = ['extension', 'readability', 'readability (isolated world)'] as const;
  for (let r = 0; r < rounds; r++) {
    const sides = order.map((_, i) => order[(i + r) % order.length]!);
    for (const side of sides) {
      if (dead[side]) continue;
      try {
        if (side === 'extension') await extensionSide(session, page, row, row.verdict === 'unknown');
        else if (side === 'readability') await readabilitySide(session, page, row);
        else await readabilityIsolatedSide(session, page, row);
      } catch (error) {
        row.errors.push(`${side}, round ${r + 1}: ${short(error)}`);
        // The same failure twice (or a site the extension does not cover) will not heal: stop that side.
        if (/does not run on/.test(short(error)) || row.errors.filter((e) => e.startsWith(`${side},`)).length >= 2) dead[side] = true;
      }
    }
  }
  if (page.liveBlog && row.verdict === 'ok') {
    try {
      await tracedSide(session, page, row);
    } catch (error) {
      row.errors.push(`traced load: ${short(error)}`);
    }
  }
  row.detectRatio = median(row.detect) / median(row.readerable);
  row.detectRatioIsolated = median(row.detect) / median(row.readerableIsolated);
  row.pipelineRatio = page.liveBlog ? median(row.pipeline) / median(row.parse) : NaN;
  return row;
}
