// The store packages as `npm run zip` and `npm run lint:store` make and check them (issue 14,
// finding 15), built into a temp folder so the build the other e2e tests load is left alone:
// three zips with what each store needs, addons-linter clean, and no innerHTML write shipped.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storePackages, type StorePackages } from '../../tools/packages';
import { ROOT } from './harness';

const run = promisify(execFile);
const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });

let outDir: string;
let packages: StorePackages;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'lbl-zip-'));
  packages = storePackages(outDir);
  await tsx('tools/zip.ts', '--out-dir', outDir);
}, 240_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Whether a zip holds an entry named `name` (names are stored uncompressed in a zip's headers). */
const holds = (zip: string, name: string) => readFileSync(zip).includes(Buffer.from(name, 'utf8'));

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => join(d.parentPath, d.name));
}

describe('store packages', () => {
  it('makes the Chrome, Firefox and sources packages', () => {
    expect(readdirSync(outDir).filter((f) => f.endsWith('.zip')).sort()).toEqual(
      [packages.chrome, packages.firefox, packages.sources].map((p) => p.slice(outDir.length + 1)).sort(),
    );
    for (const zip of [packages.chrome, packages.firefox]) {
      for (const name of ['manifest.json', 'background.js', 'detector.js', 'content-scripts/reader.js', 'library.html', 'icons/icon-16.png', 'icons/icon-128.png']) {
        expect(holds(zip, name), `${name} in ${zip}`).toBe(true);
      }
    }
    // What a reviewer needs to rebuild the Firefox package, and nothing installed or built.
    for (const name of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tools/preact-without-inner-html.ts', 'public/icons/icon-48.png', 'README.md']) {
      expect(holds(packages.sources, name), `${name} in the sources`).toBe(true);
    }
    expect(holds(packages.sources, 'node_modules/')).toBe(false);
    expect(holds(packages.sources, 'store/screenshots/')).toBe(false);
  });

  it('the Firefox package passes addons-linter with 0 errors and 0 warnings', async () => {
    const { stdout } = await tsx('tools/lint-store.ts', '--package', packages.firefox);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/: 0 errors, 0 warnings, \d+ notices$/);
  }, 120_000);

  it('ships no innerHTML write in any script, for either browser', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const files = scripts(join(outDir, dir));
      expect(files.length).toBeGreaterThan(3);
      const writes = files.filter((f) => /\.innerHTML\s*=[^=]/.test(readFileSync(f, 'utf8')));
      expect(writes).toEqual([]);
    }
  });

  it('the packaged Firefox manifest says no data is collected', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.icons['128']).toBe('icons/icon-128.png');
  });
});
