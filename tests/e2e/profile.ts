// A browser profile that outlives one launch, for tests of what survives a closed browser:
// pass `dir` as `userDataDir` to each `launchWithExtension`, then `remove()` it when done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeptProfile { dir: string; remove(): void }

export function keptProfile(): KeptProfile {
  const dir = mkdtempSync(join(tmpdir(), 'lbl-kept-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
