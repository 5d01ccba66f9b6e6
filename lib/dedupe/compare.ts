// One entry's fingerprint and the verdict on one pair. Everything the index decides goes through
// `judgePair`, so the labelled-pair evaluation measures exactly what the reader will see.
import { normaliseEntry } from './normalise';
import { charShingles, hash32, hashShingles, measure, toShingleSet, wordHashes } from './shingles';

/** What the dedupe stage needs of an entry (a full `Entry` fits). */
export interface DedupeInput {
  id: string;
  title: string;
  text: string;
  /** A pinned copy shown above the stream: it always defers to a stream copy. */
  pinned?: boolean;
  /** An image, video or embed: an entry with media but no text is never a repeat on text alone. */
  hasMedia?: boolean;
  /** ISO time when known; the batch function reads the stream direction from it. */
  time?: string | null;
}

/**
 * Thresholds of the pair verdict. The defaults were chosen on the labelled pairs of
 * `npm run eval:dedupe` (at least 0.98 precision of "collapse"); see that script for the sweep.
 */
export interface Thresholds {
  /** An entry with fewer words never collapses or relates on text: short status lines recur because events recur. */
  minWords: number;
  /** When the shorter entry of a pair has fewer words, the pair is measured on character shingles. */
  charBelowWords: number;
  wordK: number;
  charK: number;
  /** Containment of the collapsed copy in the kept one, on word shingles. */
  collapseWord: number;
  /** The same on character shingles (short entries: a fixed typo costs little here). */
  collapseChar: number;
  /** Above this containment (either way) but not collapsed: a quiet "see also" link. */
  relatedWord: number;
  relatedChar: number;
  /**
   * When both copies hold each other, the later one collapses unless it brings at least this many
   * words more than the earlier one (a sentence added, not a reworded headline).
   */
  fullerByWords: number;
}

/** Defaults chosen by `npm run eval:dedupe`. */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  minWords: 10,
  charBelowWords: 40,
  wordK: 3,
  charK: 5,
  collapseWord: 0.8,
  collapseChar: 0.88,
  relatedWord: 0.3,
  relatedChar: 0.6,
  fullerByWords: 6,
});

/** An entry reduced to what comparison needs; built once, kept by the index. */
export interface Fingerprint {
  /** The normalised text (character shingles are made from it on first need). */
  text: string;
  /** Hash of the normalised text: equal hashes are exact repeats. */
  exact: number;
  /** Words in title and body after normalisation. */
  words: number;
  /** Words in the body alone (an image with a caption title has none). */
  bodyWords: number;
  word: Uint32Array;
  /** Character shingles, made lazily: only pairs with a short side use them. */
  char: Uint32Array | null;
  /** Hashes of the distinct words, to look names up in. */
  vocab: Uint32Array;
  /** Word 2-shingles: the keys the index files the entry under. */
  keys: Uint32Array;
  numbers: string[];
  names: string[];
}

/** Fingerprints an entry's title and text. */
export function fingerprint(title: string, text: string, t: Thresholds = DEFAULT_THRESHOLDS): Fingerprint {
  const n = normaliseEntry(title, text);
  const hashes = wordHashes(n.words);
  return {
    text: n.text,
    exact: hash32(n.text),
    words: n.words.length,
    bodyWords: n.bodyWords,
    word: hashShingles(hashes, t.wordK),
    char: n.words.length < t.charBelowWords ? charShingles(n.text, t.charK) : null,
    vocab: toShingleSet(hashes.slice()),
    keys: hashShingles(hashes, 2),
    numbers: n.numbers,
    names: n.names,
  };
}

/** The character shingles of a fingerprint, made and kept on first use. */
export function charSet(fp: Fingerprint, t: Thresholds = DEFAULT_THRESHOLDS): Uint32Array {
  fp.char ??= charShingles(fp.text, t.charK);
  return fp.char;
}

/** One side of a pair: its fingerprint and the flags that decide which copy may stay. */
export interface Side {
  fp: Fingerprint;
  pinned: boolean;
  hasMedia: boolean;
}

/** The verdict on a pair (a published before b). */
export interface PairVerdict {
  kind: 'collapse' | 'related' | 'none';
  /** For 'collapse': the side that folds into the other. */
  drop?: 'a' | 'b';
  /** Containment of the dropped side (collapse), or the larger containment (related, none). */
  score: number;
  /** For 'collapse': containment of the kept side in the dropped one (near 1 for a light edit, low for a summary line). */
  reverse?: number;
  measure: 'exact' | 'word' | 'char' | 'none';
}

function sortedHas(sorted: Uint32Array, v: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === v) return true;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// One edit (substitution, insertion, deletion or swap of neighbours) apart: a fixed typo in a name.
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * True when every fact of `x` is in `y`: its numbers among y's numbers, its names among y's
 * words (or one typo away from one of y's names). A copy that brings a new number or name
 * brings news, and news is never hidden.
 */
export function factsWithin(x: Fingerprint, y: Fingerprint): boolean {
  for (const num of x.numbers) if (!y.numbers.includes(num)) return false;
  for (const name of x.names) {
    if (sortedHas(y.vocab, hash32(name))) continue;
    if (name.length >= 5 && y.names.some((other) => oneEditApart(name, other))) continue;
    return false;
  }
  return true;
}

/** True when a side has text to compare: not empty, and not a photo or video with only a caption. */
export function hasComparableText(s: Side, t: Thresholds = DEFAULT_THRESHOLDS): boolean {
  if (s.fp.words === 0) return false;
  return !(s.hasMedia && s.fp.bodyWords < t.minWords);
}

/**
 * Judges a pair, `a` published before `b`. The copy that collapses is the one contained in the
 * other (at the threshold of the pair's measure) without facts or media of its own; when both
 * qualify, the later one goes unless it is the fuller by a sentence or so, so the earliest full
 * copy stays. A pinned copy is always the one that goes. Very short entries never collapse on text
 * unless one side is a pinned copy, which is a copy by definition.
 */
export function judgePair(a: Side, b: Side, t: Thresholds = DEFAULT_THRESHOLDS): PairVerdict {
  const none: PairVerdict = { kind: 'none', score: 0, measure: 'none' };
  if (!hasComparableText(a, t) || !hasComparableText(b, t)) return none;
  const pinnedPair = a.pinned !== b.pinned;
  const shorter = Math.min(a.fp.words, b.fp.words);
  if (shorter < t.minWords && !pinnedPair) return none;
  const exact = a.fp.exact === b.fp.exact;
  const useChar = shorter < t.charBelowWords;
  const [setA, setB] = useChar ? [charSet(a.fp, t), charSet(b.fp, t)] : [a.fp.word, b.fp.word];
  const m = exact ? { resemblance: 1, aInB: 1, bInA: 1 } : measure(setA, setB);
  const kind = exact ? 'exact' : useChar ? 'char' : 'word';
  const collapseAt = useChar ? t.collapseChar : t.collapseWord;
  const canDrop = (x: Side, y: Side, xInY: number): boolean =>
    xInY >= collapseAt && !(y.pinned && !x.pinned) && !(x.hasMedia && !y.hasMedia) && factsWithin(x.fp, y.fp);
  const dropA = canDrop(a, b, m.aInB);
  const dropB = canDrop(b, a, m.bInA);
  // Shingles only one side has; a word is about one word shingle or six character shingles.
  const onlyA = setA.length * (1 - m.aInB);
  const onlyB = setB.length * (1 - m.bInA);
  const bIsFuller = onlyB - onlyA >= t.fullerByWords * (useChar ? 6 : 1);
  if (dropA && (!dropB || (!exact && bIsFuller))) {
    return { kind: 'collapse', drop: 'a', score: m.aInB, reverse: m.bInA, measure: kind };
  }
  if (dropB) return { kind: 'collapse', drop: 'b', score: m.bInA, reverse: m.aInB, measure: kind };
  const score = Math.max(m.aInB, m.bInA);
  if (shorter >= t.minWords && score >= (useChar ? t.relatedChar : t.relatedWord)) return { kind: 'related', score, measure: kind };
  return { kind: 'none', score, measure: kind };
}
