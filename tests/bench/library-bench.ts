// Library figures at 10,000 quotes, on fake-indexeddb and happy-dom: loading (the live query's read
// + preparing items + the first render of the windowed list), search and filter keystrokes
// (filter + facet counts), exports, and an import of the whole library into an empty one.
// fake-indexeddb and happy-dom are JS stand-ins: the real-browser figures come from
// tests/e2e/library.test.ts, which prints them. Run: `npx tsx tests/bench/library-bench.ts`.
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { LibraryApp, type LibraryAppProps } from '../../components/library/LibraryApp';
import { exportFile } from '../../lib/export/index';
import { importJson } from '../../lib/export/import';
import { EMPTY_FILTER, facets, filterItems } from '../../lib/library/filter';
import { quoteItems, type LibraryItem } from '../../lib/library/items';
import { openLensDb, type LensDb } from '../../lib/store/db';
import { deriveQuote } from '../../lib/store/derive';
import { loadLibrary } from '../../lib/store/library';
import type { BlogRow, QuoteRow } from '../../lib/store/types';

/** The figures, in milliseconds (medians unless said otherwise). */
export interface LibraryBenchResult {
  quotes: number;
  /** `loadLibrary`: one read transaction of blogs, quotes, starred entries and quoted entries. */
  query: number;
  /** Building the list items (folded search text, links, times). */
  prepare: number;
  /** First render of the page with the 10,000-row list (happy-dom). */
  firstRender: number;
  /** Rows actually in the DOM after the first render. */
  renderedRows: number;
  /** query + prepare + first render. */
  load: number;
  /** One search keystroke: filter + facet counts, per query. */
  search: Record<string, number>;
  /** Speaker filter + facet counts. */
  speakerFilter: number;
  exportMarkdown: number;
  exportCsv: number;
  exportJson: number;
  /** Parse, validate and merge the JSON export into an empty library (one run). */
  importAll: number;
}

const SPEAKERS = ['Keir Starmer', 'Rachel Reeves', 'Olaf Scholz', 'Emmanuel Macrón', 'Volodymyr Zelenskyy', 'Ursula von der Leyen', 'Maren Oduya', 'Ilse Varn'];
const WORDS = 'budget strike energy prices court ruling summit allies sanctions aid convoy rescue storm barrier pumps ceasefire border council vote'.split(' ');

function seed(n: number): { blogs: BlogRow[]; quotes: QuoteRow[] } {
  const t0 = Date.UTC(2026, 0, 1);
  const blogs: BlogRow[] = Array.from({ length: 20 }, (_, i) => {
    const key = `https://www.theguardian.com/world/live/2026/jan/${String(i + 1).padStart(2, '0')}/bench-live-${i}`;
    return { key, url: key, title: `Bench live ${i}: ${WORDS[i % WORDS.length]} latest`, site: i % 2 ? 'guardian' : 'bbc', firstVisit: t0, lastVisit: t0 };
  });
  const quotes = Array.from({ length: n }, (_, i) => {
    const blog = blogs[i % blogs.length]!;
    const words = Array.from({ length: 14 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
    return deriveQuote({
      id: `q-bench-${String(i).padStart(6, '0')}`,
      text: `Quote ${i}: ${words}.`,
      speaker: i % 9 === 0 ? null : SPEAKERS[i % SPEAKERS.length]!,
      blog: blog.key,
      site: blog.site,
      entry: `block-${i}`,
      entryTime: new Date(t0 + i * 60_000).toISOString(),
      permalink: `${blog.key}#block-${i}`,
      savedAt: t0 + i * 60_000 + 5_000,
      ...(i % 10 === 0 ? { note: `note ${i}` } : {}),
    }) as QuoteRow;
  });
  return { blogs, quotes };
}

async function median(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function appProps(items: LibraryItem[]): LibraryAppProps {
  const noop = () => undefined;
  return {
    view: 'quotes', onView: noop, counts: { quotes: items.length, starred: 0 }, items, loading: false, filter: EMPTY_FILTER,
    facets: facets(items, {}), onFilter: noop, onClearFilter: noop, selected: new Set(), onSelect: noop, onSelectAll: noop,
    onClearSelection: noop, onDelete: noop, onEditQuote: noop, onExport: noop, everything: items.length, onImport: noop,
    importOutcome: null, onDismissImport: noop, undo: null, onUndo: noop, onDismissUndo: noop, timeZone: 'UTC',
  };
}

/** Renders the page into a fresh happy-dom document; returns the time and the rows drawn. */
function timedRender(items: LibraryItem[]): { ms: number; rows: number } {
  const win = new Window({ url: 'chrome-extension://bench/library.html' });
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window };
  // Preact creates nodes through the global document.
  Object.assign(g, { document: win.document, window: win });
  try {
    const root = win.document.createElement('div');
    win.document.body.append(root);
    const start = performance.now();
    render(h(LibraryApp, appProps(items)), root as unknown as Element);
    const ms = performance.now() - start;
    const rows = root.querySelectorAll('.lbl-list > li').length;
    render(null, root as unknown as Element);
    return { ms, rows };
  } finally {
    Object.assign(g, saved);
    void win.happyDOM.close();
  }
}

/** Runs the library benchmark on `n` quotes (10,000 by default). */
export async function runLibraryBench(n = 10_000): Promise<LibraryBenchResult> {
  const db: LensDb = openLensDb('lens-library-bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const { blogs, quotes } = seed(n);
  await db.blogs.bulkPut(blogs);
  await db.quotes.bulkPut(quotes);

  const query = await median(5, () => loadLibrary(db));
  const snapshot = await loadLibrary(db);
  const prepare = await median(5, () => quoteItems(snapshot));
  const items = quoteItems(snapshot);
  const renders = Array.from({ length: 5 }, () => timedRender(items));
  const firstRender = renders.map((r) => r.ms).sort((a, b) => a - b)[2]!;

  const search: Record<string, number> = {};
  for (const q of ['b', 'bu', 'budget', 'macron', 'sanctions summit', 'no such words']) {
    search[q] = await median(9, () => {
      filterItems(items, { search: q });
      facets(items, { search: q });
    });
  }
  const speakerFilter = await median(9, () => {
    filterItems(items, { speaker: 'Keir Starmer' });
    facets(items, { speaker: 'Keir Starmer' });
  });
  const now = Date.UTC(2026, 6, 1);
  const exportMarkdown = await median(3, () => exportFile('markdown', items, blogs, { now, timeZone: 'UTC' }));
  const exportCsv = await median(3, () => exportFile('csv', items, blogs, { now }));
  const exportJson = await median(3, () => exportFile('json', items, blogs, { now }));

  const file = exportFile('json', items, blogs, { now }).text;
  const target = openLensDb('lens-library-bench-import', { indexedDB: new IDBFactory(), IDBKeyRange });
  const started = performance.now();
  await importJson(target, file);
  const importAll = performance.now() - started;
  db.close();
  target.close();
  return {
    quotes: n, query, prepare, firstRender, renderedRows: renders[0]!.rows, load: query + prepare + firstRender,
    search, speakerFilter, exportMarkdown, exportCsv, exportJson, importAll,
  };
}

/** Prints the figures as a small table. */
export function printLibraryBench(r: LibraryBenchResult): void {
  const f = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
  const n = r.quotes.toLocaleString('en-GB');
  console.log(`## Library at ${n} quotes (fake-indexeddb + happy-dom, median ms)`);
  const row = (label: string, value: string) => console.log(`  ${label.padEnd(40)}${value}`);
  row('load: query', f(r.query));
  row('load: prepare items', f(r.prepare));
  row(`load: first render (${r.renderedRows} rows drawn)`, f(r.firstRender));
  row('load: total', f(r.load));
  for (const [q, v] of Object.entries(r.search)) row(`search keystroke ${JSON.stringify(q)}`, f(v));
  row('speaker filter', f(r.speakerFilter));
  row('export Markdown / CSV / JSON', `${f(r.exportMarkdown)} / ${f(r.exportCsv)} / ${f(r.exportJson)}`);
  row('import the JSON into an empty library', `${f(r.importAll)} (one run)`);
  console.log();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printLibraryBench(await runLibraryBench());
}
