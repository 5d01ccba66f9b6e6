/**
 * The hand-over of a speaker lexicon between its own script and the reader, both injected into
 * the same isolated world of a page: the lexicon script registers its data under a global the page
 * cannot see; the reader takes it from there (asking the background with the protocol's
 * `loadLexicon`). Only the names live here, so neither
 * script carries the other's code.
 */
import type { LexiconData } from '../speakers/lang';

/** Languages that have a lexicon script (English is built into the reader). */
export const LEXICON_SCRIPTS = ['de', 'fr', 'it', 'es', 'pl'] as const;
export type LexiconScript = (typeof LEXICON_SCRIPTS)[number];

/** The extension file of a lexicon script. */
export const lexiconFile = (lang: LexiconScript) => `/lexicon-${lang}.js` as const;

type Registry = Partial<Record<string, LexiconData>>;
const KEY = '__liveblogLensLexicons';

/** Registers a lexicon in this world (called by its script). */
export function registerLexicon(global: object, data: LexiconData): void {
  const g = global as Record<string, Registry | undefined>;
  g[KEY] = { ...(g[KEY] ?? {}), [data.lang]: data };
}

/** The lexicon registered for `lang` in this world, if its script has run. */
export function registeredLexicon(global: object, lang: string): LexiconData | null {
  return (global as Record<string, Registry | undefined>)[KEY]?.[lang] ?? null;
}
