// The project's own test fixtures (tests/fixtures) and root folder.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The text of a fixture file below tests/fixtures (`fixture('sites/guardian-live.html')`). */
export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** The project's root folder. */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
