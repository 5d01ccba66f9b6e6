/**
 * Tokens, quotations and sentences of one paragraph. Everything downstream works on these tokens,
 * so the paragraph is scanned once with one regular expression and never re-parsed.
 */
import { handleEnd } from './handles';

/** What a token is. `open`/`close` are quotation marks whose role pairing has decided. */
export type TokenKind = 'word' | 'num' | 'punct' | 'open' | 'close' | 'handle';

/** One token of a paragraph. Offsets index the (repaired) paragraph text. */
export interface Token {
  /** Surface text; words lose a possessive `’s` and a hashtag `#`. */
  text: string;
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The word carried a possessive `’s` / `'s`. */
  poss: boolean;
  /** Inside a quotation (quotation marks themselves excluded). */
  quoted: boolean;
}

/** A quotation inside one paragraph: character range of its inner text. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Token range [from, to) of the inner text. */
  from: number;
  to: number;
}

/** A tokenised paragraph. */
export interface TokenizedParagraph {
  /** The text tokens index: the paragraph's text, with broken encoding repaired. */
  text: string;
  /** Original offset of each offset of `text` when repairing changed it, else null. */
  map: number[] | null;
  tokens: Token[];
  quotes: QuoteSpan[];
  /** Sentences as token ranges [from, to). */
  sentences: Array<[number, number]>;
}

const UPPER_RE = /^\p{Lu}/u;
// Up to three initials with full stops, then a capitalised word of a name.
const INITIALS_RE = /^((?:\p{Lu}\.\s?){1,3})(?=\s?\p{Lu}\p{Ll})/u;
const LETTER_RE = /[\p{L}\p{N}]/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const LETTER_START_RE = /[\p{L}\p{M}]/u;
const QUOTE_CHARS = '“”„‟«»"‘’‚\'`';
const JOINERS = '’\'-‐'; // inside words: O’Brien, Ben-Gurion, son-in-law

// Character tests with an ASCII fast path: the scanner below runs over every character.
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // U+FFFD inside a word is a letter the page's encoding lost ("Pedro S\uFFFDnchez"): keep the word whole.
  return c === 0xfffd ? isWordChar(text, i - 1) : WORD_CHAR_RE.test(text[i]!);
}

function isLetterStart(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_START_RE.test(text[i]!);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** End of a word starting at `i`: word characters, with joiners allowed between them. */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && isWordChar(text, j)) j++;
    if (j + 1 < text.length && JOINERS.includes(text[j]!) && isWordChar(text, j + 1)) j += 2;
    else return j;
  }
}


const MOJIBAKE = /[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00C2-\u00DF][\u0080-\u00BF]/g;

/**
 * Repairs UTF-8 text that was decoded as Latin-1 ("PeÃ±a" → "Peña"), which saved pages and
 * scraped datasets often carry; names would otherwise fail the capitalisation checks. Returns the
 * repaired text and, when anything changed, the original offset of every repaired offset.
 */
export function repairMojibake(text: string): { text: string; map: number[] | null } {
  if (!/[\u00C2-\u00EF][\u0080-\u00BF]/.test(text)) return { text, map: null };
  let out = '';
  const map: number[] = [];
  let last = 0;
  for (const m of text.matchAll(MOJIBAKE)) {
    for (let i = last; i < m.index; i++) map.push(i);
    out += text.slice(last, m.index);
    const c = m[0];
    const code =
      c.length === 3
        ? ((c.charCodeAt(0) & 0x0f) << 12) | ((c.charCodeAt(1) & 0x3f) << 6) | (c.charCodeAt(2) & 0x3f)
        : ((c.charCodeAt(0) & 0x1f) << 6) | (c.charCodeAt(1) & 0x3f);
    out += String.fromCharCode(code);
    map.push(m.index);
    last = m.index + c.length;
  }
  for (let i = last; i <= text.length; i++) map.push(i);
  out += text.slice(last);
  return { text: out, map };
}

/** A lower-case word follows `i` after spaces: the sentence goes on. */
function nextIsWord(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && text[j] === ' ') j++;
  return j > i && /\p{Ll}/u.test(text[j] ?? '');
}

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER_RE.test(text[i]!);
}

/**
 * Splits text into quotation marks (two-character TeX-style marks first), handles, words, numbers
 * (with "80-year-old" style suffixes) and single punctuation characters. A hand-written scanner:
 * a Unicode-class regular expression was the slowest part of the whole speaker finder.
 */
function rawTokens(text: string, elisions: ReadonlySet<string>, bareGenitive: boolean): Token[] {
  const out: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number, surface: string, poss = false) =>
    out.push({ text: surface, lower: surface.toLowerCase(), kind, start, end, cap: kind === 'word' && UPPER_RE.test(surface), poss, quoted: false });
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || (c > 127 && /\s/.test(ch))) {
      i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '``' || two === "''") {
      push('open', i, i + 2, two); // provisional: pairing decides open/close/apostrophe
      i += 2;
    } else if (QUOTE_CHARS.includes(ch)) {
      push('open', i, i + 1, ch);
      i++;
    } else if (ch === '@' && i + 1 < n && /[A-Za-z0-9_]/.test(text[i + 1]!)) {
      const j = handleEnd(text, i);
      push('handle', i, j, text.slice(i, j));
      i = j;
    } else if (text[i + 1] === '.' && UPPER_RE.test(ch) && INITIALS_RE.test(text.slice(i, i + 16))) {
      // "S.B. Supriyadi", "George W. Bush", "J. K. Rowling": initials before a name are one word.
      const m = INITIALS_RE.exec(text.slice(i, i + 16))!;
      const len = m[1]!.length;
      push('word', i, i + len, m[1]!.replace(/\s/g, ''));
      i += len;
    } else if (isLetterStart(text, i) || (ch === '#' && i + 1 < n && isLetterStart(text, i + 1))) {
      const from = ch === '#' ? i + 1 : i;
      const j = wordEnd(text, from);
      let surface = text.slice(from, j);
      let poss = false;
      // Only capitalised words lose ’s: lower-case "it’s"/"that’s" are contractions, not owners.
      if (surface.length > 2 && (surface.endsWith("'s") || surface.endsWith('’s')) && UPPER_RE.test(surface)) {
        surface = surface.slice(0, -2);
        poss = true;
      } else poss = bareGenitive && /[sxzß]$/.test(surface) && UPPER_RE.test(surface) && /^['’]\s\p{Lu}/u.test(text.slice(j, j + 3)); // German "Merz' Vorschlag"
      // Italian and French elide articles and prepositions into the next word ("dell'Onu",
      // "l'ancien"): the name after the apostrophe is a word of its own.
      const apo = elisions.size ? surface.search(/['’]/) : -1;
      if (apo > 0 && apo < surface.length - 1 && elisions.has(surface.slice(0, apo).toLowerCase())) {
        push('word', from, from + apo + 1, surface.slice(0, apo + 1));
        push('word', from + apo + 1, j, surface.slice(apo + 1), poss);
      } else push('word', i, j, surface, poss);
      i = j;
    } else if (isDigit(text, i) || (c > 127 && /\p{N}/u.test(ch))) {
      let j = i + 1;
      while (j < n && (isDigit(text, j) || ',.:%'.includes(text[j]!)) && (isDigit(text, j) || isDigit(text, j + 1) || text[j] === '%')) j++;
      while (j + 1 < n && (text[j] === '-' || text[j] === '‐') && isWordChar(text, j + 1)) j = wordEnd(text, j + 1);
      push('num', i, j, text.slice(i, j));
      i = j;
    } else {
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      push('punct', i, i + len, text.slice(i, i + len));
      i += len;
    }
  }
  return out;
}

/**
 * Decides which quotation marks open, close or are apostrophes, marks quoted tokens and returns
 * the spans. A closing mark with nothing open quotes from the paragraph start: the paragraph
 * continues a quotation opened in an earlier one (common in blockquotes and multi-paragraph quotes).
 */
function pairQuotes(text: string, tokens: Token[]): { kept: Token[]; spans: QuoteSpan[] } {
  const kept: Token[] = [];
  const spans: QuoteSpan[] = [];
  let dbl = -1; // index in `kept` of the open double mark, or -1
  let sgl = -1;
  const closeSpan = (openIdx: number, closeTok: Token) => {
    const from = openIdx + 1;
    const to = kept.length;
    for (let i = from; i < to; i++) kept[i]!.quoted = true;
    const startChar = openIdx >= 0 ? kept[openIdx]!.end : 0;
    spans.push({ start: startChar, end: closeTok.start, from: Math.max(0, from), to });
  };
  for (const t of tokens) {
    if (t.kind !== 'open') {
      kept.push(t);
      continue;
    }
    const s = t.text;
    const before = isLetterAt(text, t.start - 1);
    const after = isLetterAt(text, t.end);
    let role: 'open' | 'close' | 'drop';
    if (s === '“' || s === '„' || s === '‟' || s === '«' || s === '``') role = dbl >= 0 ? 'drop' : 'open';
    else if (s === '”' || s === '»' || s === "''") role = 'close';
    // 'the end," says Tom Hardy': a straight mark after a quote's last punctuation closes (a quote opened above).
    else if (s === '"') role = dbl >= 0 || (/[,.!?]/.test(text[t.start - 1] ?? '') && !/\S/.test(text[t.end] ?? '')) ? 'close' : 'open';
    else if (s === '‘' || s === '‚' || s === '`') role = sgl >= 0 || before ? 'drop' : 'open';
    else role = sgl >= 0 && !after ? 'close' : !before && after && sgl < 0 ? 'open' : 'drop'; // ’ and '
    const isDouble = !(s === '‘' || s === '’' || s === "'" || s === '‚' || s === '`');
    if (role === 'drop') continue;
    if (role === 'open') {
      t.kind = 'open';
      kept.push(t);
      if (isDouble) dbl = kept.length - 1;
      else sgl = kept.length - 1;
      continue;
    }
    // "getting too strong” because ...": a closing mark glued to a word, with nothing open and the
    // sentence going on, ends a short quotation whose opening mark was lost, not a quotation
    // running on from the paragraph before (which ends in punctuation: ',” he said', '.”').
    if (isDouble && dbl < 0 && before && kept.some((k) => k.kind === 'word') && nextIsWord(text, t.end)) continue;
    t.kind = 'close';
    if (isDouble) {
      if (dbl >= 0 || kept.every((k) => k.kind !== 'open' && k.kind !== 'close')) closeSpan(dbl, t);
      dbl = -1;
      sgl = -1;
    } else {
      closeSpan(sgl, t);
      sgl = -1;
    }
    kept.push(t);
  }
  // A quotation still open at the end runs to the end of the paragraph (it continues below).
  const open = dbl >= 0 ? dbl : sgl;
  if (open >= 0 && kept.length - open > 1) {
    for (let i = open + 1; i < kept.length; i++) kept[i]!.quoted = true;
    spans.push({ start: kept[open]!.end, end: text.length, from: open + 1, to: kept.length });
  }
  spans.sort((a, b) => a.start - b.start);
  return { kept, spans };
}

// `abbrev`: abbreviations of the language after which a full stop does not end a sentence.
function splitSentences(tokens: Token[], abbrev: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // An embedded post's byline "Name (@handle)" stands alone: the post's text follows it.
    if (t.text === ')' && tokens[i - 1]?.kind === 'handle' && tokens[i - 2]?.text === '(' && i + 1 < tokens.length) {
      out.push([from, i + 1]);
      from = i + 1;
      continue;
    }
    if (t.kind !== 'punct' || !/^[.!?…]$/.test(t.text)) continue;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.kind === 'word' && (abbrev.has(prev.lower) || /^\p{Lu}$/u.test(prev.text))) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === 'close') j++;
    const next = tokens[j];
    if (next && !(next.cap || next.kind === 'open' || next.kind === 'num' || next.kind === 'handle')) continue;
    out.push([from, j]);
    from = j;
    i = j - 1;
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

/**
 * Tokenises one paragraph: tokens, quotations and sentences. From the language: `abbrev`, words
 * whose full stop ends no sentence, `elisions`, the words elided before an apostrophe, and `bareGenitive` (German "Merz' Plan").
 */
export function tokenize(rawText: string, abbrev: ReadonlySet<string>, elisions: ReadonlySet<string> = new Set(), bareGenitive = false): TokenizedParagraph {
  const { text, map } = repairMojibake(rawText);
  const { kept, spans } = pairQuotes(text, rawTokens(text, elisions, bareGenitive));
  return { text, map, tokens: kept, quotes: spans, sentences: splitSentences(kept, abbrev) };
}
