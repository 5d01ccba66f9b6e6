// The speaker lexicon of the blog's language, for the whole-blog pipeline in the view. An extension
// page can load code itself: each language is its own chunk, loaded only for a blog in it.
import type { LexiconData } from '@/lib/speakers/lang';
// English is part of the speaker finder itself, so it comes with it rather than as a chunk.
import { en } from '@/lib/speakers/lexicons/en';

const LOADERS: Record<string, () => Promise<LexiconData>> = {
  en: async () => en,
  de: async () => (await import('@/lib/speakers/lexicons/de')).de,
  fr: async () => (await import('@/lib/speakers/lexicons/fr')).fr,
  it: async () => (await import('@/lib/speakers/lexicons/it')).it,
  es: async () => (await import('@/lib/speakers/lexicons/es')).es,
  pl: async () => (await import('@/lib/speakers/lexicons/pl')).pl,
};

/** The lexicon for `lang`, or null for a language the speaker finder does not read (no speakers then). */
export async function viewLexicon(lang: string | null): Promise<LexiconData | null> {
  const load = lang ? LOADERS[lang] : undefined;
  return load ? load().catch(() => null) : null;
}
