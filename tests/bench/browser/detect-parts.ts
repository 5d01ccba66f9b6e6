// `npx tsx tests/bench/browser/detect-parts.ts [--loads 7] [--all]` (RAW=1: every load's value):
// the detector's measure and any `liveblog-lens:part:*` measures a build records, per corpus page
// that is not a live blog (`--all`: every page), each a fresh load of the LBL_PERF build; medians
// per page, in ms. No build records parts: to break the detector down, add `performance.now()`
// laps between its steps in a local build and turn them into `liveblog-lens:part:<step>` measures
// after `liveblog-lens:detect` is measured (so that making them costs the measure nothing).
import { parseArgs } from 'node:util';
import { CORPUS_DIR } from '../../helpers/corpus';
import { PROBE } from './page-scripts';
import { hostsOf, loadPages } from './pages';
import { closePage, pageMeasures, startSession, waitForMeasure } from './session';
import { median } from './stats';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '7' }, all: { type: 'boolean', default: false } } });
const pages = loadPages(CORPUS_DIR).filter((p) => values.all || !p.liveBlog);
const session = await startSession({}, hostsOf(pages.map((p) => p.url)));
const table = new Map<string, Map<string, number[]>>();
try {
  for (let round = 0; round < Number(values.loads); round++) {
    for (const page of pages) {
      const tab = await session.open([PROBE], { url: page.url, body: readFileSync(page.path) });
      try {
        await tab.goto(page.url, { waitUntil: 'load', timeout: 45_000 });
        if (!(await waitForMeasure(tab, 'liveblog-lens:detect', 10_000))) continue;
        const row = table.get(page.name) ?? table.set(page.name, new Map()).get(page.name)!;
        for (const m of await pageMeasures(tab)) {
          if (!m.name.startsWith('liveblog-lens:detect') && !m.name.startsWith('liveblog-lens:part:')) continue;
          const key = m.name.replace('liveblog-lens:', '');
          (row.get(key) ?? row.set(key, []).get(key)!).push(m.duration);
        }
      } finally {
        await closePage(tab);
      }
    }
  }
} finally {
  await session.close();
}
const parts = [...new Set([...table.values()].flatMap((row) => [...row.keys()]))];
const all = new Map<string, number[]>();
for (const [name, row] of table) {
  console.log(name);
  for (const part of parts) {
    const values = row.get(part) ?? [];
    if (!values.length) continue;
    (all.get(part) ?? all.set(part, []).get(part)!).push(median(values));
    console.log(`  ${part.padEnd(28)} ${median(values).toFixed(3)} ms (n=${values.length})${process.env.RAW ? ' ' + values.map((v) => v.toFixed(2)).join(' ') : ''}`);
  }
}
console.log('median over pages of the per-page medians');
for (const [part, values] of all) console.log(`  ${part.padEnd(28)} ${median(values).toFixed(3)} ms`);
