/**
 * Person names in token streams: capitalised runs, with titles and roles stripped off the front
 * ("US defence secretary Pete Hegseth" → "Pete Hegseth"), post-nominals off the back, and
 * organisations and places told apart by their words. Also the keys that make transliteration
 * variants of one name compare equal.
 */
import type { Token } from './tokens';
import {
  ACRONYMS, JOURNALIST_ROLES, KEEP_TITLES, KIN, OCCUPATIONS, ORG_WORDS, PARTICLES, POST_NOMINALS, PUBLIC_ROLES,
  STOP_CAPS, TITLES,
} from './lexicon';
import { speechVerb } from './verbs';

/** A capitalised run in a sentence, read as a person or as something else. */
export interface Mention {
  /** Token range [from, to) of the whole run, titles included. */
  from: number;
  to: number;
  /** First token of the name proper (after titles). */
  nameFrom: number;
  /** The name, without titles or post-nominals; empty for organisations and bare roles. */
  tokens: string[];
  /** A title or role word directly precedes the name ("President Putin", "striker Kane"). */
  titled: boolean;
  /** Role words attached before the name or in an appositive after it, lower-cased. */
  roles: string[];
  /** Described as a journalist ("BBC reporter Jane Holt"). */
  journalist: boolean;
  /** The run ends in a possessive ("Zelenskiy’s office"). */
  poss: boolean;
  /** Person-like name, or an organisation / place / role without a name. */
  person: boolean;
  /** Not a person, and named like an organisation ("Harbour Trust", "NHS"). */
  org: boolean;
  quoted: boolean;
  /** "his son Tomas": the kin word and whose kin ("his"/"her" or a possessive name's tokens). */
  kin: { owner: string[] | 'pronoun' } | null;
}

const NAME_SHAPE =
  /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Fitz)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;
const INITIALS = /^\p{Lu}{1,2}$/u;

/** True for a word shaped like part of a person's name (no camelCase, no lower-case tail after a hyphen). */
export function nameShaped(text: string): boolean {
  if (INITIALS.test(text)) return !ACRONYMS.has(text.toLowerCase());
  return NAME_SHAPE.test(text);
}

function isRunToken(t: Token): boolean {
  return t.kind === 'word' && t.cap && !STOP_CAPS.has(t.lower);
}

function isNameToken(t: Token): boolean {
  const l = t.lower;
  return nameShaped(t.text) && !TITLES.has(l) && !ORG_WORDS.has(l) && !KEEP_TITLES.has(l) && !STOP_CAPS.has(l) && !OCCUPATIONS.has(l);
}

// Words that end a noun phrase when reading back from a name: verbs, conjunctions, prepositions.
const NP_BOUNDARY = new Set(
  'the a an and or but has have had is are was were be been will would of with by to for from in on at that who which as ahead than about after before when while where if then also not said says say speak told'.split(' '),
);

/** Lower-case words of the noun phrase just before `i` (exclusive), back to a boundary. */
function wordsBefore(tokens: Token[], i: number, floor: number, max: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= floor && out.length < max; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || NP_BOUNDARY.has(t.lower) || speechVerb(t.lower)) break;
    out.unshift(t.lower);
    if (t.poss) break;
  }
  return out;
}

/** Words of an appositive ", the Nato secretary general," right after token `i`, if any. */
function appositiveAfter(tokens: Token[], i: number, to: number): string[] {
  if (tokens[i]?.text !== ',') return [];
  const first = tokens[i + 1];
  if (!first || first.kind !== 'word' || first.lower === 'who' || first.lower === 'which' || first.lower === 'and') return [];
  const out: string[] = [];
  for (let j = i + 1; j < to && j < i + 16; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.kind === 'open' || t.kind === 'close') return t.text === ',' ? out : [];
    if (t.kind === 'word') out.push(t.lower);
  }
  return [];
}

/**
 * Finds the capitalised runs of tokens [from, to) (one sentence) and reads each as a name.
 * Runs break at punctuation, lower-case words (except name particles) and possessives.
 */
export function findMentions(tokens: Token[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const titleCase = isTitleCase(tokens, from, to);
  // In a Title Case Headline a capitalised reporting verb ends the name before it ("Biden Says ...").
  const breaks = (t: Token) => titleCase && !!speechVerb(t.lower) && !speechVerb(t.lower)!.base;
  let i = from;
  while (i < to) {
    // A sentence opening with a participle ("Choosing Okafor ...") has no name in that word.
    if (!isRunToken(tokens[i]!) || breaks(tokens[i]!) || (i === from && /^\p{Lu}\p{Ll}{3,}ing$/u.test(tokens[i]!.text))) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    while (end < to && !tokens[end - 1]!.poss) {
      const t = tokens[end]!;
      if (isRunToken(t) && !breaks(t)) end++;
      else if (t.kind === 'word' && PARTICLES.has(t.text) && particlesThenName(tokens, end, to)) end++;
      else break;
    }
    out.push(readRun(tokens, start, end, from, to));
    i = end;
  }
  joinOrganisations(tokens, out);
  return out;
}

/** Most longer words capitalised: a headline in Title Case, where capitals do not mark names. */
function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  let long = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 4 && caps >= long * 0.7;
}

/** "Secretary of (the) State ...": the run at `start` continues a title through "of". */
function titleOf(tokens: Token[], start: number): boolean {
  let j = start - 1;
  if (tokens[j]?.lower === 'the') j--;
  return tokens[j]?.lower === 'of' && TITLES.has(tokens[j - 1]?.lower ?? '');
}

/**
 * Runs joined to an organisation by "of", "for" or "and" belong to it: "Centre for Disease
 * Prevention and Control", "University of East Anglia".
 */
function joinOrganisations(tokens: Token[], mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const link = tokens[m.from - 1]?.lower ?? '';
    const prev = mentions[i - 1]!;
    if (!prev.org || prev.to !== m.from - 1 || !m.person || prev.poss || titleOf(tokens, m.from)) continue;
    if (link === 'of' || link === 'for' || ((link === 'and' || link === '&') && m.tokens.length === 1)) {
      m.person = false;
      m.org = true;
      m.tokens = [];
    }
  }
}

/** "von der Leyen": particles at `i` followed by a capitalised name word. */
function particlesThenName(tokens: Token[], i: number, to: number): boolean {
  let j = i;
  while (j < to && tokens[j]!.kind === 'word' && PARTICLES.has(tokens[j]!.text)) j++;
  return j > i && j < to && j - i <= 2 && isRunToken(tokens[j]!);
}

function readRun(tokens: Token[], start: number, end: number, floor: number, ceil: number): Mention {
  const poss = tokens[end - 1]!.poss;
  let last = end;
  while (last > start + 1 && POST_NOMINALS.has(tokens[last - 1]!.lower)) last--;
  let k = last;
  while (k > start) {
    const t = tokens[k - 1]!;
    if (isNameToken(t) || (PARTICLES.has(t.text) && k < last)) k--;
    else break;
  }
  while (k < last && !tokens[k]!.cap) k++; // a name never starts with a lower-case particle
  if (k > start && last - k === 1 && KEEP_TITLES.has(tokens[k - 1]!.lower)) k--;
  // More than three name words is two names run together ("Grace Okafor Tomas Lindqvist").
  let person = k < last && tokens.slice(k, last).filter((t) => t.cap).length <= 3;
  // An organisation word before the name makes the run an organisation ("California Independent
  // System Operator"), except in a title such as "Secretary of State Ana Ruiz".
  const stop = k > start ? tokens[k - 1]!.lower : '';
  const org = !TITLES.has(stop) && (ORG_WORDS.has(stop) || ACRONYMS.has(stop));
  if (org && !titleOf(tokens, start)) person = false;
  const nameTokens = tokens.slice(k, last).map((t) => t.text);
  // A lone capital letter or a run of initials is not a name by itself.
  if (nameTokens.every((w) => INITIALS.test(w))) person = false;
  // "Kremlin spokesperson", "BBC reporter", "Dover mayor": one word modifying a role is no name.
  const next = tokens[end];
  const roleWord = (w: string) => TITLES.has(w) || PUBLIC_ROLES.has(w) || JOURNALIST_ROLES.has(w);
  if (last - k === 1 && !poss && next?.kind === 'word' && !next.cap && roleWord(next.lower)) person = false;
  const prefix = tokens.slice(start, k).map((t) => t.lower);
  const before = wordsBefore(tokens, start, floor, 4);
  const apposBefore = tokens[start - 1]?.text === ',' ? wordsBefore(tokens, start - 1, floor, 6) : [];
  const apposAfter = poss ? [] : appositiveAfter(tokens, end, ceil);
  const near = [...before, ...prefix];
  const prev = near[near.length - 1];
  const titled = prev !== undefined && (TITLES.has(prev) || PUBLIC_ROLES.has(prev) || KEEP_TITLES.has(prev) || OCCUPATIONS.has(prev));
  const journalist = [...near, ...apposBefore, ...apposAfter.slice(0, 5)].some((w) => JOURNALIST_ROLES.has(w));
  let kin: Mention['kin'] = null;
  if (nameTokens.length === 1 && k === start && KIN.has(tokens[start - 1]?.lower ?? '')) {
    const owner = tokens[start - 2];
    if (owner && (owner.lower === 'his' || owner.lower === 'her')) kin = { owner: 'pronoun' };
    else if (owner?.poss && owner.cap) kin = { owner: [owner.text] };
  }
  return {
    from: start,
    to: end,
    nameFrom: k,
    org: !person && (org || tokens.slice(start, end).some((t) => ORG_WORDS.has(t.lower) || ACRONYMS.has(t.lower))),
    tokens: person ? nameTokens : [],
    titled,
    roles: [...near, ...apposBefore, ...apposAfter],
    journalist,
    poss,
    person,
    quoted: tokens[k]?.quoted ?? false,
    kin,
  };
}

/**
 * Folds one word for comparison: case, accents and the transliteration endings of Slavic names
 * (Zelensky / Zelenskyy / Zelenskiy → one key), while Zelenska and Peskova keep their own.
 */
export function foldWord(word: string): string {
  // Most names are plain ASCII: skip Unicode normalisation for them (this runs on every name).
  let s = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (s.includes('’')) s = s.replace(/’/g, "'");
  const c = s.charCodeAt(s.length - 1);
  if (s.length > 4 && (c === 121 || c === 105 || c === 106)) s = s.replace(/(?:iy|yy|yi|ij|ii|y|i)$/, 'i');
  return s;
}

/** The comparison key of a name: folded words joined by spaces. */
export function nameKey(tokens: readonly string[]): string {
  return tokens.map(foldWord).join(' ');
}

/** True when folded name `short` equals `long` or is its last words ("rutte" of "mark rutte"). */
export function endsWithName(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[off + i]) return false;
  return true;
}

/** Letters of a name for matching social handles ("Amira Haddad" → "amirahaddad"). */
export function handleLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}
