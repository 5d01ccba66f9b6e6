// `npm run zip`: the Chrome package, the Firefox package and the sources package that
// addons.mozilla.org asks for (WXT adds it to Firefox zips), built fresh, then checked to exist.
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { zip } from 'wxt';
import { ROOT, outDirArg, storePackages } from './packages';

const outDir = outDirArg(process.argv.slice(2));
const made: string[] = [];
for (const browser of ['chrome', 'firefox'] as const) made.push(...(await zip({ browser, ...(outDir ? { outDir } : {}) })));

const expected = Object.values(storePackages(outDir));
const missing = expected.filter((file) => !made.includes(file) || !existsSync(file));
if (missing.length) {
  process.stderr.write(`zip: missing ${missing.map((f) => relative(ROOT, f)).join(', ')}\n`);
  process.exitCode = 1;
} else {
  const kb = (file: string) => `${Math.round(statSync(file).size / 1024)} KB`;
  process.stdout.write(`\nStore packages:\n${expected.map((f) => `  ${relative(process.cwd(), f)}  ${kb(f)}`).join('\n')}\n`);
}
