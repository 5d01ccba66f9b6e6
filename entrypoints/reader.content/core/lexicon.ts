// The speaker lexicon of this blog's language: English is built in; another language's script is
// injected by the background on request (the protocol's `loadLexicon`, once per page) and registers itself here.
import { blogLanguage, entrySample } from '@/lib/lang/detect';
import { LEXICON_SCRIPTS, registeredLexicon, type LexiconScript } from '@/lib/lang/registry';
import { MEASURE } from '@/lib/page-contract';
import { en } from '@/lib/speakers/lexicons/en';
import type { LexiconData } from '@/lib/speakers/lang';
import type { Entry } from '@/lib/types';
import { send } from '../../shared/messenger';

/**
 * The lexicon for the blog in `doc` (language from the page and its first entries), or null for
 * a language the speaker finder does not read: such a blog gets no speakers rather than guesses.
 * At once when the reader has it (English, or a language already registered); else a promise.
 */
export function loadLexicon(doc: Document, entries: readonly Entry[]): LexiconData | null | Promise<LexiconData | null> {
  const lang = blogLanguage(doc, entries.length ? entrySample(entries) : undefined);
  if (lang === null) return null;
  if (lang === 'en') return en;
  if (!(LEXICON_SCRIPTS as readonly string[]).includes(lang)) return null;
  const ready = registeredLexicon(globalThis, lang);
  if (ready) return ready;
  const start = import.meta.env.LBL_PERF ? performance.now() : 0;
  return send('loadLexicon', { lang: lang as LexiconScript })
    .catch(() => null)
    .then((answer) => {
      if (import.meta.env.LBL_PERF) performance.measure(MEASURE.lexicon, { start });
      return answer?.ok ? registeredLexicon(globalThis, lang) : null;
    });
}
