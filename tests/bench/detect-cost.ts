// Detection must cost less than Readability's isProbablyReaderable on the same page: both run
// on the same parsed document, warmed up, the median of many runs. Run directly to print the
// comparison for every corpus page: `npx tsx tests/bench/detect-cost.ts`.
import { isProbablyReaderable } from '@mozilla/readability';
import { pathToFileURL } from 'node:url';
import { parseHtml } from '../../tools/dom';
import { detect } from '../../lib/detect/index';
import { corpusHtml, corpusPages, hasCorpus } from '../helpers/corpus';
import { medianMs as median } from './timing';

export interface DetectCost {
  detectMs: number;
  /** `detect` as on a host without an adapter (same path): what the generic signals cost alone. */
  genericMs: number;
  readerableMs: number;
  /** detect / isProbablyReaderable: below 1 means detection is the cheaper of the two. */
  ratio: number;
  isLiveBlog: boolean;
}

/**
 * Times `detect(doc, url)` beside `isProbablyReaderable(doc)` on the same document. The two are
 * measured in alternating rounds so that machine load falls on both alike.
 */
export function measureDetect(doc: Document, url: string, runs = 51, warmup = 10): DetectCost {
  const rounds = 3;
  const d: number[] = [];
  const g: number[] = [];
  const r: number[] = [];
  const noAdapter = url.replace(/^(https?:\/\/)[^/]+/, '$1no-adapter.invalid');
  for (let i = 0; i < rounds; i++) {
    d.push(median(() => detect(doc, url), runs, warmup));
    g.push(median(() => detect(doc, noAdapter), runs, warmup));
    r.push(median(() => isProbablyReaderable(doc as never), runs, warmup));
  }
  const detectMs = Math.min(...d);
  const readerableMs = Math.min(...r);
  return { detectMs, genericMs: Math.min(...g), readerableMs, ratio: detectMs / readerableMs, isLiveBlog: detect(doc, url).isLiveBlog };
}

/** One row per corpus page: file, verdict, detect ms, isProbablyReaderable ms, ratio. */
export function corpusDetectCosts(): { file: string; cost: DetectCost }[] {
  if (!hasCorpus) return [];
  return corpusPages().map((page) => ({ file: page.file.replace(/^pages\//, ''), cost: measureDetect(parseHtml(corpusHtml(page)), page.url) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = corpusDetectCosts();
  if (rows.length === 0) console.log('../shared/corpus not found');
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log(`${'page'.padEnd(width)}  live  detect ms  (no adapter)  readerable ms  ratio`);
  for (const { file, cost } of rows) {
    console.log(
      `${file.padEnd(width)}  ${cost.isLiveBlog ? 'yes ' : 'no  '}  ${cost.detectMs.toFixed(3).padStart(9)}  ${cost.genericMs.toFixed(3).padStart(12)}  ${cost.readerableMs.toFixed(3).padStart(13)}  ${cost.ratio.toFixed(2).padStart(5)}`,
    );
  }
}
