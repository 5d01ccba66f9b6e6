// Which speaker a reader's selection belongs to, and how a selection becomes a saved quote. Pure:
// the content script passes the selected text and the entry's annotations (quotes the speaker
// finder attributed, the entry's speakers); nothing here touches the DOM.
import { cleanText } from './protocol/entry-meta';
import { LIMITS } from './protocol/limits';

/** A quotation the speaker finder attributed to someone (the model's per-entry `quotes`). */
export interface AttributedQuote {
  text: string;
  speaker: string;
}

/** What a selection is known about: the entry's quotes and speakers. */
export interface QuoteContext {
  quotes: readonly AttributedQuote[];
  speakers: readonly string[];
}

/** Where a guessed speaker came from: a quote the selection lies in, the entry's only speaker, or nowhere. */
export type SpeakerSource = 'quote' | 'entry' | 'none';

/** The speaker to save a selection with, or null when the reader must pick one. */
export interface SpeakerGuess {
  speaker: string | null;
  source: SpeakerSource;
}

const OPEN_CLOSE: ReadonlyArray<[string, string]> = [
  ['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ['»', '«'], ["'", "'"], ['‘', '’'], ['‹', '›'],
];

/**
 * Text folded for comparison only: case, accents, typographic quotes and dashes, punctuation and
 * whitespace do not matter, because the selection (what the browser renders) and the pipeline's
 * quote (what it read from the DOM) differ in exactly these.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A selection made fit to store as a quote: control characters gone, spaces collapsed within
 * lines, at most one blank line between paragraphs, one enclosing pair of quotation marks
 * removed (the reader selected the marks along with the words), cut to the protocol's limit.
 */
export function cleanQuoteText(text: string): string {
  let t = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  for (const [open, close] of OPEN_CLOSE) {
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close)) {
      const inner = t.slice(open.length, -close.length);
      // "Yes," she said, "we will." is two quotes, not one wrapped in marks.
      if (!inner.includes(open) && !inner.includes(close)) t = inner.trim();
      break;
    }
  }
  return cleanText(t, LIMITS.quote);
}

/** True when a selection is worth offering "Save quote" for: a few characters, some of them letters or digits. */
export function isSaveableSelection(text: string): boolean {
  const folded = foldForMatch(text);
  return folded.replace(/ /g, '').length >= 3;
}

/** The longest run of consecutive words two word lists share. */
function commonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/** Words compared at most: a selection of a whole entry gains nothing from more, and stays cheap. */
const MAX_WORDS = 400;

/**
 * The attributed quote a selection belongs to: the one containing it, contained in it, or sharing
 * the longest run of words with it (at least three words, or half the selection when it is
 * shorter). Ties go to the earlier quote. Null when the selection matches no quote.
 */
export function quoteForSelection<Q extends AttributedQuote>(selected: string, quotes: readonly Q[]): Q | null {
  const sel = foldForMatch(selected);
  if (!sel) return null;
  const selWords = sel.split(' ').slice(0, MAX_WORDS);
  let best: Q | null = null;
  let bestScore = 0;
  for (const quote of quotes) {
    const text = foldForMatch(quote.text);
    if (!text) continue;
    let score: number;
    // Whole words only: "war" must not match inside "warm".
    if (` ${text} `.includes(` ${sel} `)) score = selWords.length;
    else if (` ${sel} `.includes(` ${text} `)) score = text.split(' ').length;
    else {
      const run = commonRun(selWords, text.split(' ').slice(0, MAX_WORDS));
      score = run >= Math.min(3, Math.ceil(selWords.length / 2)) ? run : 0;
    }
    if (score > bestScore) {
      best = quote;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The speaker to save a selection with: the speaker of the attributed quote it lies in, else the
 * entry's single speaker, else none (the reader picks or types one).
 */
export function guessSpeaker(selected: string, context: QuoteContext): SpeakerGuess {
  const quote = quoteForSelection(selected, context.quotes);
  if (quote) return { speaker: quote.speaker, source: 'quote' };
  const names = [...new Set(context.speakers)];
  if (names.length === 1) return { speaker: names[0]!, source: 'entry' };
  return { speaker: null, source: 'none' };
}

/**
 * Names to offer when the reader picks a speaker: the entry's speakers first, then the blog's
 * (most quoted first), without repeats (compared case- and accent-insensitively), at most `max`.
 */
export function speakerChoices(entrySpeakers: readonly string[], blogSpeakers: readonly string[], max = 50): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of [...entrySpeakers, ...blogSpeakers]) {
    const clean = cleanText(name, LIMITS.speaker, true);
    const key = foldForMatch(clean);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
    if (out.length >= max) break;
  }
  return out;
}

/** A speaker typed by the reader, made acceptable to the store: one line, bounded; empty means none. */
export function cleanSpeaker(name: string | null | undefined): string | null {
  if (!name) return null;
  return cleanText(name, LIMITS.speaker, true) || null;
}
