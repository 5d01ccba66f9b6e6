// `npm run bench:reader`: the reader view's figures in headless Chromium (LBL_PERF=1 build), for
// issue 11: time to open the view on a 300-entry blog (30 pages of 10, as the Guardian pages, and
// one page of 300), the cost of cleaning each entry in both cleaning modes (with how much of each
// entry's text survives) on generated and real corpus pages, beside one Readability.parse() of the
// same page in the same run, and memory at 1,000 entries (25 pages of 40) before and after
// scrolling through all of them. Prints tables; writes .lbl/bench/reader-latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ACTION, SELECT } from '../../lib/page-contract';
import { ROOT, waitForMarkedEntries } from '../e2e/harness';
import { openPanel } from '../e2e/page';
import { viewFrame } from '../e2e/reader-view-page';
import { CORPUS_DIR } from '../helpers/corpus';
import { loadPages } from './browser/pages';
import { PROBE, readabilityProbe } from './browser/page-scripts';
import { closePage, pageMeasures, startSession, type BenchSession } from './browser/session';
import { fmtMs, median } from './browser/stats';
import { guardianBlock } from './generate';

const BLOG = 'https://www.theguardian.com/world/live/2026/nov/29/reader-bench-live';
const idOf = (i: number) => `block-${(i + 1).toString(16).padStart(24, '0')}`;
const PAGE_LONG_TASKS = `(() => { const l = []; window.__lblLong = l;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => l.push(e.duration))).observe({ type: 'longtask', buffered: true }); })();`;

/** A Guardian-markup blog of `count` entries, `per` to a page, newest first, linked by `#liveblog-navigation`. */
function paginatedBlog(count: number, per: number): Record<string, string> {
  const pages = Math.ceil(count / per);
  const first = (k: number) => count - 1 - k * per;
  const url = (k: number) => (k === 0 ? BLOG : `${BLOG}?page=with:${idOf(first(k))}`);
  const href = (k: number) => (k === 0 ? '?filterKeyEvents=false' : `?page=with:${idOf(first(k))}`);
  const routes: Record<string, string> = {};
  for (let k = 0; k < pages; k++) {
    const blocks: string[] = [];
    for (let i = first(k); i > first(k) - per && i >= 0; i--) blocks.push(guardianBlock(i, BLOG));
    const nav = [k > 0 ? `<a href="${href(0)}">Newest</a><a href="${href(k - 1)}">Previous</a>` : '', k < pages - 1 ? `<a href="${href(k + 1)}">Next</a><a href="${href(pages - 1)}">Oldest</a>` : ''].join('');
    routes[url(k)] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader bench live</title></head><body><main><h1>Reader bench live</h1>` +
      `<div id="liveblog-body">${blocks.join('')}<nav id="liveblog-navigation">${nav}</nav></div></main></body></html>`;
  }
  return routes;
}

type Bench = { milestones(): Record<string, number>; longTasks(): Array<{ start: number; duration: number }>; entries(): number; drawn(): number; nodes(): number };
const bench = <T>(frame: Frame, call: string) => frame.evaluate(`window.__lblReaderBench.${call}`) as Promise<T>;

/** Opens the view from the panel's button; the time until the whole blog is read and drawn, from the driver. */
async function openView(page: Page): Promise<{ frame: Frame; driverMs: number }> {
  const start = Date.now();
  await page.click(SELECT.action(ACTION.reader));
  const frame = await viewFrame(page, 30_000);
  await frame.waitForSelector('.stream[aria-busy="false"] [data-drawn="1"]', { timeout: 120_000 });
  return { frame, driverMs: Date.now() - start };
}

async function memory(page: Page, frame: Frame) {
  const cdp = await page.context().newCDPSession(frame);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return { heapMB: heap.usedSize / 1e6, nodes: await bench<number>(frame, 'nodes()'), drawn: await bench<number>(frame, 'drawn()') };
}

async function openScenario(session: BenchSession, count: number, per: number) {
  const page = await session.open([PAGE_LONG_TASKS]);
  try {
    await page.goto(BLOG);
    await waitForMarkedEntries(page, { count: Math.min(per, count), timeout: 60_000 });
    await openPanel(page);
    await page.waitForTimeout(1500); // the reader's own start-up and the panel's drawing are over
    const before = ((await page.evaluate('window.__lblLong')) as number[]).length;
    const { frame, driverMs } = await openView(page);
    const view = await bench<ReturnType<Bench['milestones']>>(frame, 'milestones()');
    const pageLong = ((await page.evaluate('window.__lblLong')) as number[]).slice(before);
    const viewTasks = await bench<ReturnType<Bench['longTasks']>>(frame, 'longTasks()');
    const viewLong = viewTasks.map((t) => t.duration);
    const entries = await bench<number>(frame, 'entries()');
    const opened = await memory(page, frame);
    let scrolled = null;
    if (count >= 1000) {
      for (let y = 0; ; y += 3000) {
        const end = await frame.evaluate((top) => (window.scrollTo(0, top), top >= document.documentElement.scrollHeight - innerHeight), y);
        await page.waitForTimeout(40);
        if (end) break;
      }
      await page.waitForTimeout(500);
      scrolled = await memory(page, frame);
    }
    return { count, per, entries, driverMs, view, viewTasks, pageLongest: Math.max(0, ...pageLong), viewLongest: Math.max(0, ...viewLong), viewLongTasks: viewLong.length, opened, scrolled };
  } finally {
    await closePage(page);
  }
}

interface CleanRow { name: string; entries: number; prepare: number[]; parse: number[]; keptPrepare: number[]; keptParse: number[]; fallbackPrepare: number; fallbackParse: number; readabilityMs: number | null }

async function cleanScenario(session: BenchSession, name: string, url: string): Promise<CleanRow> {
  const page = await session.open([PROBE, readabilityProbe(true)]);
  try {
    await page.goto(url);
    await waitForMarkedEntries(page, { timeout: 30_000 });
    await openPanel(page);
    const { frame } = await openView(page);
    const run = (mode: string) => bench<Array<{ ms: number; kept: number; fallback: boolean }>>(frame, `clean('${mode}')`);
    await run('prepare');
    await run('parse'); // first runs compile the code; the second of each is reported
    const prepare = await run('prepare');
    const parse = await run('parse');
    const readability = (await pageMeasures(page)).find((m) => m.name === 'bench:parse');
    return {
      name, entries: prepare.length, prepare: prepare.map((c) => c.ms), parse: parse.map((c) => c.ms),
      keptPrepare: prepare.map((c) => c.kept), keptParse: parse.map((c) => c.kept), readabilityMs: readability?.duration ?? null,
      fallbackPrepare: prepare.filter((c) => c.fallback).length, fallbackParse: parse.filter((c) => c.fallback).length,
    };
  } finally {
    await closePage(page);
  }
}

const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.95)] ?? NaN;
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

async function main() {
  const load = [loadavg()[0]!];
  const corpus = loadPages(CORPUS_DIR).filter((p) => p.liveBlog);
  const routes: Record<string, string> = { ...paginatedBlog(300, 10) };
  for (const p of corpus) routes[p.url] = p.path;
  const hosts = [...new Set([...Object.keys(routes)].map((u) => new URL(u).hostname))];
  const session = await startSession(routes, hosts);
  const out: Record<string, unknown> = {};
  try {
    const opens = [await openScenario(session, 300, 10)];
    await session.close();
    const single = await startSession(paginatedBlog(300, 300), ['www.theguardian.com']);
    opens.push(await openScenario(single, 300, 300));
    await single.close();
    const big = await startSession(paginatedBlog(1000, 40), ['www.theguardian.com']);
    opens.push(await openScenario(big, 1000, 40));
    await big.close();
    const cleaning = await startSession(routes, hosts);
    const cleans = [await cleanScenario(cleaning, 'generated 300 (30 pages)', BLOG)];
    for (const p of corpus) cleans.push(await cleanScenario(cleaning, p.name, p.url).catch((e: Error) => ({ name: `${p.name} (failed: ${e.message.split('\n')[0]})`, entries: 0, prepare: [], parse: [], keptPrepare: [], keptParse: [], fallbackPrepare: 0, fallbackParse: 0, readabilityMs: null })));
    await cleaning.close();
    load.push(loadavg()[0]!);
    Object.assign(out, { load, opens, cleans });

    console.log(`\nReader view, headless Chromium (load average ${load.map((l) => l.toFixed(1)).join(' -> ')})\n`);
    console.log('| blog | entries read | open -> whole blog drawn (driver) | view: connected / first entries / whole blog (ms since its frame started) | longest task: view / page | view heap, DOM nodes, drawn | after scrolling through |');
    console.log('|---|---|---|---|---|---|---|');
    for (const o of opens) console.log(`${o.count}/${o.per}: marks ${JSON.stringify(o.view)} long tasks ${JSON.stringify(o.viewTasks)}`);
    for (const o of opens) {
      const mem = (m: typeof o.opened | null) => (m ? `${m.heapMB.toFixed(1)} MB, ${m.nodes}, ${m.drawn}` : '-');
      console.log(`| ${o.count} entries, ${o.per} a page | ${o.entries} | ${fmtMs(o.driverMs)} ms | ${fmtMs(o.view.connected)} / ${fmtMs(o.view.entries)} / ${fmtMs(o.view.whole)} | ${fmtMs(o.viewLongest)} / ${fmtMs(o.pageLongest)} ms | ${mem(o.opened)} | ${mem(o.scrolled)} |`);
    }
    console.log('\n| page | entries | prepare: median / p95 per entry | parse: median / p95 | words shown: prepare / parse (mean, min) | plain-paragraph fallbacks: prepare / parse | all entries (prepare) ÷ one Readability.parse() of the page |');
    console.log('|---|---|---|---|---|---|---|');
    for (const c of cleans) {
      const kept = (v: number[]) => (v.length ? `${pct(sum(v) / v.length)}, ${pct(Math.min(...v))}` : '-');
      const ratio = c.readabilityMs ? `${(sum(c.prepare) / c.readabilityMs).toFixed(2)}× (${fmtMs(sum(c.prepare))} / ${fmtMs(c.readabilityMs)} ms)` : '-';
      console.log(`| ${c.name} | ${c.entries} | ${fmtMs(median(c.prepare))} / ${fmtMs(p95(c.prepare))} ms | ${fmtMs(median(c.parse))} / ${fmtMs(p95(c.parse))} ms | ${kept(c.keptPrepare)} / ${kept(c.keptParse)} | ${c.fallbackPrepare} / ${c.fallbackParse} | ${ratio} |`);
    }
  } finally {
    await session.close().catch(() => undefined);
    const dir = join(ROOT, '.lbl/bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'reader-latest.json'), JSON.stringify(out, null, 1));
  }
}

await main();
