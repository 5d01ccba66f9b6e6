/**
 * Every lexicon: for Node tools and tests (the analyser, the evals), and for the extension's
 * background, which annotates the reader's entries (the page itself never loads a lexicon).
 */
import type { LexiconData } from '../lang';
import { en } from './en';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';

export const LEXICONS: Readonly<Record<string, LexiconData>> = { en, de, es, fr, it, pl };

/** The lexicon of a language code, or null for a language the speaker finder does not read. */
export function lexiconFor(lang: string | null): LexiconData | null {
  return (lang && LEXICONS[lang]) || null;
}
