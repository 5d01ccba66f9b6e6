// Text normalisation for repeat detection. Two copies of one post differ in ways a reader ignores
// (case, spacing, quotes and dashes, the printed time, labels such as "Pinned" or "Key event",
// "Read more here" links), so those are removed before anything is compared. What a reader does
// not ignore (numbers, names) is kept aside as "facts", so that an update with a new death toll or
// a different scorer is never folded into an older one.

/** What normalisation keeps of one entry: comparable words and the facts that must agree. */
export interface NormalisedText {
  /** Lower-case words without accents or punctuation, joined by single spaces. */
  text: string;
  /** The words of `text` (empty for an entry with no text). */
  words: string[];
  /** How many of the words come from the body (a captioned photo has a title and no body). */
  bodyWords: number;
  /** Numbers as printed, separators unified ("14", "57:33", "29.4"), sorted, unique. */
  numbers: string[];
  /** Capitalised words inside sentences (names, places), normalised like `words`, unique. */
  names: string[];
}

// A clock time as blogs print it: "12.50", "19:02", "9:05pm", optionally with a zone or "Uhr".
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:bst|gmt|cest|cet|edt|est|ist|utc|uhr|et|pt)\)?)?`;
// A short date after a time ("Oct 02", "15 May", "18. 7."); English month names only, so that
// "12.50 BST Police 10 …" keeps its words.
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const SHORT_DATE = String.raw`(?:,?\s*(?:${MONTH}\s+\d{1,2}|\d{1,2}\.?\s+${MONTH}|\d{1,2}\.\s*\d{1,2}\.))?`;

/**
 * Furniture: words the page prints around a post rather than in it. Only whole labels at the
 * start of a paragraph, or explicit "Updated at <time>" phrases, are removed, so the same words
 * inside a sentence ("a key event of the war") survive.
 */
const LEADING_FURNITURE = new RegExp(
  String.raw`^(?:\s*(?:(?:pinned(?:\s+post)?|key\s+events?|breaking(?:\s+news)?|summary|recap|update|live)\s*(?:[:|–—-]|$)|(?:(?:(?:last\s+)?updated|posted|published)(?:\s+(?:at|on))?\s+)?${CLOCK}${SHORT_DATE}(?:\s*[:|–—-])?)\s*)+`,
  'iu',
);
const UPDATED_AT = new RegExp(String.raw`\b(?:(?:last\s+)?updated|posted|published)\s+(?:at|on)\s+${CLOCK}${SHORT_DATE}`, 'giu');
// A time printed with its zone is a timestamp wherever it stands ("… at 12.50 BST").
const ZONED_TIME = /\b\d{1,2}[:.]\d{2}\s*\(?(?:bst|gmt|cest|cet|edt|est|ist|utc|uhr)\)?(?![\p{L}\p{N}])/giu;
// Cross-links and calls to action that re-posts add or drop.
const LINK_FURNITURE =
  /\b(?:read\s+more(?:\s+here)?|(?:to|for)\s+(?:read\s+)?the\s+full\s+story,?\s+click\s+here|read\s+the\s+full\s+story(?:\s+here)?|click\s+here\s+to\s+read\s+more|read\s+full\s+story\s+here)\b:?/giu;
const NUMBER = /\d+(?:[.,:]\d+)*/gu;

const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);
const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

// One character folded: ASCII by arithmetic (most text), anything else through NFKD without marks.
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? ch : ' ';
  }
  if (!isWordChar(ch)) return ' ';
  return ch.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase() || ' ';
}

/**
 * Lower case, accents stripped (NFKD), letters and digits only, single spaces. "Sunderland's" is
 * Sunderland; "don't" stays one word. A hand loop rather than regexes: this runs on every entry.
 */
export function foldText(text: string): string {
  let out = '';
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (APOSTROPHES.has(ch) && !space && i + 1 < text.length && isWordChar(text[i + 1]!)) {
      // Possessive 's: drop it; an apostrophe inside a word: join the two halves.
      const next = text[i + 1]!;
      if ((next === 's' || next === 'S') && !(i + 2 < text.length && isWordChar(text[i + 2]!))) i++;
      continue;
    }
    const f = foldChar(ch);
    if (f === ' ') {
      if (!space) out += ' ';
      space = true;
    } else {
      out += f;
      space = false;
    }
  }
  return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** Removes timestamps, labels and cross-link phrases from one paragraph (or a title). */
export function stripFurniture(paragraph: string): string {
  let p = paragraph.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  // Leading labels can stack ("Pinned | 12.50 BST Key event"); the pattern eats them all.
  p = p.replace(LEADING_FURNITURE, '');
  // Cheap tests first: the full patterns are slow to scan and most paragraphs have none of them.
  if (/\d[:.]\d\d/u.test(p)) p = p.replace(UPDATED_AT, ' ').replace(ZONED_TIME, ' ');
  if (/read|click/iu.test(p)) p = p.replace(LINK_FURNITURE, ' ');
  return p.replace(/\s{2,}/gu, ' ').trim();
}

// English number words as digits, so "Fourteen people" and "14 people" agree and "three depots"
// differs from "four depots". "One" is left out: it is a pronoun at least as often as a number.
const NUMBER_WORDS = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i): [string, string] => [w, String(i + 2)])
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['hundred', '100'], ['thousand', '1000'], ['dozen', '12']]),
);

/** Numbers in a furniture-free paragraph; "1,5" and "1.5" are the same number. */
export function numbersIn(text: string): string[] {
  return Array.from(text.matchAll(NUMBER), (m) => m[0].replace(/,/g, '.'));
}

/** English number words among folded words, as digits ("fourteen" gives "14"). */
export function numberWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const n = NUMBER_WORDS.get(w);
    if (n) out.push(n);
  }
  return out;
}

// Capitalised words that open a clause even without a full stop before them (bodies glued from
// paragraphs lose their breaks: "…in Bristol She said"). A few languages of the corpus.
const NOT_NAMES = new Set(
  (
    'a an and as at but by for from he her his i if in it its my no not of on or our she so that the their them ' +
    'then there these they this those to we what when where which who why you your ' +
    'il la le lo gli un una per con che non der die das ein eine er es sie wir und w na nie to ten ta'
  ).split(' '),
);

/**
 * Capitalised words that do not open a sentence, as folded single words: in English and Italian
 * these are names and places, in German nouns too, which is harmless since a copy keeps its nouns.
 */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  // Digits belong to the name ("Tg1", "G7"), so the folded token is a word of the other copy.
  const re = /(^|[.!?:;"“”„«»(]\s*|\s)(\p{Lu}[\p{L}\p{N}'’-]+)/gu;
  for (const m of text.matchAll(re)) {
    const opensSentence = m.index === 0 || /[.!?:;"“”„«»(]/u.test(m[1] ?? '');
    if (opensSentence) continue;
    for (const w of foldText(m[2]!).split(' ')) if (w.length >= 2 && !NOT_NAMES.has(w)) out.push(w);
  }
  return out;
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))].sort();
}

/**
 * Normalises an entry's title and body for comparison. Names are read from the body only, since
 * headlines are often in title case and are the part a re-post rewrites most.
 */
export function normaliseEntry(title: string, text: string): NormalisedText {
  const titleClean = stripFurniture(title);
  const paragraphs = text.split(/\n+/u).map(stripFurniture).filter(Boolean);
  const titleFolded = foldText(titleClean);
  const bodyFolded = foldText(paragraphs.join(' \n '));
  const titleWords = titleFolded ? titleFolded.split(' ') : [];
  const bodyWords = bodyFolded ? bodyFolded.split(' ') : [];
  const words = [...titleWords, ...bodyWords];
  const numbers = uniqueSorted([...[titleClean, ...paragraphs].flatMap(numbersIn), ...numberWords(words)]);
  const names = uniqueSorted(paragraphs.flatMap(namesIn));
  return { text: words.join(' '), words, bodyWords: bodyWords.length, numbers, names };
}
