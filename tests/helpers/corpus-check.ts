// Run once before the unit project (vitest globalSetup): without the shared corpus beside the
// checkout, the corpus tests cannot run, and a green run must not hide that. One line says so at
// the start; tests/corpus/presence.test.ts adds one skipped test that names the folder.
import { CORPUS_DIR, hasCorpus } from './corpus';

export default function warnWithoutCorpus(): void {
  if (!hasCorpus) {
    console.warn(`\n⚠ Liveblog Lens: no shared corpus at ${CORPUS_DIR} (../shared/corpus): the real-page checks in tests/corpus/ and the corpus-based unit tests are skipped.\n`);
  }
}
