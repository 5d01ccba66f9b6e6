/**
 * A person's sex where the text says it (a title or role such as "Mrs" or "Kanzlerin", a given name
 * of one sex only, a Polish surname form) and a pronoun's where the language marks it ("she",
 * "elle", "sie" with a singular verb, Polish "powiedziała"). Unknown stays unknown: a pronoun may
 * go to anyone whose sex is not the other one, never to a person the text says is of the other sex.
 */
import type { Lang } from './lang';
import { feminineName } from './inflection-pl';

export type Sex = 'f' | 'm';
/** What a pronoun says of its person: a sex, several people ("sie sagten": "they"), or nothing. */
export type PronounSex = Sex | 'plural' | null;

/** The sex a word says (a title, a role, a pronoun, "a-t-elle"), if one. */
export function sexOfWord(lower: string, L: Lang): Sex | null {
  const w = L.femaleWords.has(lower) || L.maleWords.has(lower) ? lower : lower.slice(lower.lastIndexOf('-') + 1);
  const f = L.femaleWords.has(w);
  const m = L.maleWords.has(w);
  return f === m ? null : f ? 'f' : 'm';
}

/** The sex of a given name of one sex only ("Theresa"; "Jean-Claude" by its first part). */
function sexOfGiven(word: string, L: Lang): Sex | null {
  for (const w of [word, word.split('-')[0]!]) {
    const f = L.femaleNames.has(w);
    const m = L.maleNames.has(w);
    if (f !== m) return f ? 'f' : 'm';
    if (f) return null;
  }
  return null;
}

/**
 * A named person's sex: the title, role or kin word right before the name, else the given name (the
 * first of two or more words, or a lone given name after "Sir"), else a Polish surname's form.
 */
export function sexOfName(tokens: readonly string[], L: Lang, titleWord?: string, given = false): Sex | null {
  // A title, a role or kin ("Mrs", "Kanzlerin", "his son"), not any word ("told her", "will miss").
  const title = titleWord && (L.isRole(titleWord) || L.keepTitles.has(titleWord) || L.kin.has(titleWord)) ? titleWord : null;
  const byTitle = title ? sexOfWord(title, L) : null;
  if (byTitle) return byTitle;
  const byGiven = tokens.length > 1 || given ? sexOfGiven(tokens[0]!, L) : null;
  if (byGiven) return byGiven;
  const feminine = feminineName(tokens, L.declension);
  return feminine === null ? null : feminine ? 'f' : 'm';
}

/**
 * The sex a pronoun subject says at token `at`: the pronoun itself ("she", "dit-elle"), a pronoun
 * of several readings beside a singular verb only ("sie sagte", not "sie sagten"), or, where the
 * subject is left out, the verb's ending ("powiedziała").
 */
export function sexOfPronoun(tokens: ReadonlyArray<{ kind: string; lower: string }>, at: number, L: Lang): PronounSex {
  const t = tokens[at];
  if (!t || t.kind !== 'word') return null;
  if (L.singularOnly.has(t.lower)) {
    const verbs = [tokens[at - 1], tokens[at + 1]].filter((n) => n?.kind === 'word' && (L.aux.has(n.lower) || !!L.verb(n.lower)));
    return verbs.some((n) => singularVerb(n!.lower)) ? sexOfWord(t.lower, L) : verbs.length ? 'plural' : null;
  }
  const said = sexOfWord(t.lower, L);
  if (said || L.pronouns.has(t.lower)) return said;
  // A left-out subject: the verb's ending may say it, where it agrees ("powiedziała"; "è intervenuta").
  const prev = tokens[at - 1];
  if (L.agreeAfter.size && !(prev?.kind === 'word' && L.agreeAfter.has(prev.lower))) return null;
  for (const w of L.femaleWords) if (w.startsWith('-') && t.lower.endsWith(w.slice(1))) return 'f';
  for (const w of L.maleWords) if (w.startsWith('-') && t.lower.endsWith(w.slice(1))) return 'm';
  return null;
}

/** A finite verb of the singular beside "sie": "sagte", "hat", "ist" (plural forms end in -n, or are "sind"). */
function singularVerb(lower: string): boolean {
  return !lower.endsWith('n') && lower !== 'sind';
}

/** Whether a person of sex `person` cannot be what a pronoun of sex `pronoun` points to. */
export function otherSex(pronoun: PronounSex, person: Sex | null): boolean {
  return pronoun === 'plural' || (!!pronoun && !!person && pronoun !== person);
}

/** Whether the blog's name of the entry before ("Theresa May") may be what "she added" points to: not a man's. */
export function fitsPronoun(sex: Sex | undefined, name: string, L: Lang): boolean {
  return !otherSex(sex ?? null, sexOfName(name.split(' '), L));
}

const agreeing = new WeakMap<Lang, readonly string[]>();

/**
 * A verb whose own ending says its subject's sex, with no auxiliary (Polish "spotkał", "przyjęła"):
 * a finite verb even where the lexicon lists no such verb. Roles and titles that end alike
 * ("poseł", "generał") are no verbs.
 */
export function agreeingVerb(lower: string, L: Lang): boolean {
  let endings = agreeing.get(L);
  if (!endings) {
    endings = L.agreeAfter.size ? [] : [...L.femaleWords, ...L.maleWords].filter((w) => w.startsWith('-')).map((w) => w.slice(1));
    agreeing.set(L, endings);
  }
  return endings.length > 0 && endings.some((e) => lower.endsWith(e)) && !L.isRole(lower) && !L.titles.has(lower) && !L.occupations.has(lower);
}
