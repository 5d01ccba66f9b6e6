// The speaker lexicon of this blog's language: English is built in; another language's script is
// injected by the background on request (the protocol's `loadLexicon`, once per page) and registers itself here.
import { blogLanguage, entrySample } from '@/lib/lang/detect';
import { LEXICON_SCRIPTS, registeredLexicon, type LexiconScript } from '@/lib/lang/registry';
import { en } from '@/lib/speakers/lexicons/en';
import type { LexiconData } from '@/lib/speakers/lang';
import type { Entry } from '@/lib/types';
import { send } from '../../shared/messenger';

/**
 * The lexicon for the blog in `doc` (language from the page and its first entries), or null for
 * a language the speaker finder does not read: such a blog gets no speakers rather than guesses.
 */
export async function loadLexicon(doc: Document, entries: readonly Entry[]): Promise<LexiconData | null> {
  const lang = blogLanguage(doc, entries.length ? entrySample(entries) : undefined);
  if (lang === null) return null;
  if (lang === 'en') return en;
  if (!(LEXICON_SCRIPTS as readonly string[]).includes(lang)) return null;
  const ready = registeredLexicon(globalThis, lang);
  if (ready) return ready;
  const answer = await send('loadLexicon', { lang: lang as LexiconScript }).catch(() => null);
  return answer?.ok ? registeredLexicon(globalThis, lang) : null;
}
