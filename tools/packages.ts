// The three store packages `npm run zip` makes, and where: one place for their names, so the zip
// command, the store lint and the tests agree.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface StorePackages { chrome: string; firefox: string; sources: string }

/** WXT's default artifact names (`<name>-<version>-<browser>.zip`) in `outDir` (default `.output`). */
export function storePackages(outDir = resolve(ROOT, '.output')): StorePackages {
  const { name, version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const at = (what: string) => resolve(outDir, `${name}-${version}-${what}.zip`);
  return { chrome: at('chrome'), firefox: at('firefox'), sources: at('sources') };
}

/** `--out-dir DIR` from the command line (tests build into a temp folder), else undefined. */
export function outDirArg(argv: string[]): string | undefined {
  const at = argv.indexOf('--out-dir');
  return at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : undefined;
}
