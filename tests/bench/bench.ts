// `npm run bench`: pipeline time on the corpus and on generated blogs, detection cost beside
// Readability's isProbablyReaderable, and the content scripts' size. Figures are reported, not
// enforced.
import { isProbablyReaderable } from '@mozilla/readability';
import { analyzeDocument } from '../../lib/analyze';
import { parseHtml } from '../../tools/dom';
import { detect } from '../../lib/detect/index';
import { corpusHtml, corpusPages, hasCorpus } from '../helpers/corpus';
import { findSpeakers } from '../../lib/speakers/index';
import { benchDedupe } from './dedupe-bench';
import { generateGuardianBlog } from './generate';
import { printLibraryBench, runLibraryBench } from './library-bench';
import { printStoreBench, runStoreBench } from './store-bench';
import { printTable } from './browser/stats';
import { bundleSizes } from './sizes';
import { medianMs, ms } from './timing';

const table = (rows: (string | number)[][]) => printTable(rows);

function pipelineRows(): void {
  const rows: (string | number)[][] = [['page', 'entries', 'pipeline ms', 'ms/entry', 'speakers ms/entry']];
  if (hasCorpus) {
    for (const page of corpusPages().filter((p) => p.liveBlog)) {
      const doc = parseHtml(corpusHtml(page));
      const analysis = analyzeDocument(doc, page.url);
      const n = analysis.entries.length;
      const t = medianMs(() => analyzeDocument(doc, page.url), 5);
      const s = medianMs(() => findSpeakers(analysis.entries), 9);
      rows.push([page.file.replace(/^pages\//, ''), n, ms(t), n ? ms(t / n) : '-', n ? ms(s / n) : '-']);
    }
  }
  for (const count of [100, 1000, 5000]) {
    const { html, url } = generateGuardianBlog(count);
    const doc = parseHtml(html);
    const n = analyzeDocument(doc, url).entries.length;
    const t = medianMs(() => analyzeDocument(doc, url), count >= 5000 ? 3 : 5);
    rows.push([`generated ${count}`, n, ms(t), ms(t / n), '']);
  }
  console.log('## Pipeline (detect, entries, dedupe, speakers), linkedom in Node, median');
  table(rows);
}

function detectionRows(): void {
  if (!hasCorpus) return console.log('## Detection cost: ../shared/corpus not found, skipped\n');
  const rows: (string | number)[][] = [['page', 'live', 'detect ms', 'isProbablyReaderable ms', 'ratio']];
  for (const page of corpusPages()) {
    const doc = parseHtml(corpusHtml(page));
    const d = medianMs(() => detect(doc, page.url), 9);
    const r = medianMs(() => isProbablyReaderable(doc as never), 9);
    rows.push([page.file.replace(/^pages\//, ''), page.liveBlog ? 'yes' : 'no', ms(d), ms(r), (d / r).toFixed(2)]);
  }
  console.log('## Detection beside isProbablyReaderable (same parsed document, median)');
  table(rows);
}

function sizeRows(): void {
  const sizes = bundleSizes('.output/chrome-mv3');
  if (sizes.length === 0) return console.log('## Sizes: run `npm run build` first\n');
  const rows: (string | number)[][] = [['part', 'bytes', 'gzipped', 'files']];
  for (const s of sizes) rows.push([s.bundle, s.bytes, s.gzipped, s.files.join(' ')]);
  console.log('## Bundle sizes (the detector runs on every matched page; the reader only on live blogs)');
  table(rows);
}

function dedupeRows(): void {
  const rows: (string | number)[][] = [['entries', 'batch ms', 'ms/entry', 'one live entry ms (mean)', 'max', 'collapsed', 'related']];
  for (const n of [100, 1000, 5000]) {
    const b = benchDedupe(n);
    rows.push([n, ms(b.batchMs), ms(b.batchMs / n), ms(b.addMs), ms(b.addMaxMs), b.collapsed, b.related]);
  }
  console.log('## Dedupe on generated entries with repeats (shingle index)');
  table(rows);
}

pipelineRows();
dedupeRows();
detectionRows();
sizeRows();
console.log('## Store');
printStoreBench(await runStoreBench());
console.log('\n## Library page at 10,000 quotes');
printLibraryBench(await runLibraryBench());
