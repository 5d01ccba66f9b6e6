/**
 * The hand-over of a speaker lexicon between its own script and the reader, both injected into
 * the same isolated world of a page: the lexicon script registers its data under a global the page
 * cannot see; the reader takes it from there. Only the names and the message live here, so neither
 * script carries the other's code.
 */
import type { LexiconData } from '../speakers/lang';

/** Reader -> background: inject the lexicon script of `lang` into the sending frame. */
export const MSG_LOAD_LEXICON = 'lbl:load-lexicon';

/** Languages that have a lexicon script (English is built into the reader). */
export const LEXICON_SCRIPTS = ['de', 'fr', 'it', 'es', 'pl'] as const;
export type LexiconScript = (typeof LEXICON_SCRIPTS)[number];

export interface LoadLexiconMessage {
  type: typeof MSG_LOAD_LEXICON;
  lang: LexiconScript;
}

/** Validates the reader's request before the background injects anything. */
export function isLoadLexiconMessage(value: unknown): value is LoadLexiconMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return m.type === MSG_LOAD_LEXICON && (LEXICON_SCRIPTS as readonly unknown[]).includes(m.lang);
}

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
