// The shared corpus of real saved pages (../shared/corpus), when it is there: its folder, its
// manifest and its pages. Never copied into the project; tests read it in place.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The shared corpus of real saved pages, beside the checkout (absent on some machines); `LBL_CORPUS_DIR` points elsewhere. */
export const CORPUS_DIR = process.env.LBL_CORPUS_DIR ?? fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface CorpusPage {
  file: string;
  site: string;
  url: string;
  liveBlog: boolean;
  entries: number;
  uniqueEntries: number;
  notes: string;
}

/** True when `../shared/corpus` exists next to this checkout. */
export const hasCorpus = existsSync(join(CORPUS_DIR, 'manifest.json'));

/** The manifest rows, or [] without the corpus. */
export function corpusPages(): CorpusPage[] {
  if (!hasCorpus) return [];
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as CorpusPage[];
}

/** The HTML of one corpus page. */
export function corpusHtml(page: CorpusPage): string {
  return readFileSync(join(CORPUS_DIR, page.file), 'utf8');
}
