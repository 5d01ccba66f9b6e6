/**
 * Polish declension of people's names, for the speaker finder: one person is "Joanna Sadowska",
 * "Joanny Sadowskiej", "Joannie Sadowskiej" and "Joanną Sadowską" in one blog, and the panel shows
 * one name in the nominative.
 *
 * The given names (a list in the lexicon, nominatives only) are declined here by the regular
 * patterns, so a given name in any case tells three things a capitalised run cannot: where a name
 * starts ("klubu Lewicy Ewa Malinowska": a domain in the genitive glued before it), that the name
 * is in an oblique case ("Premierowi Pawłowi Nowickiemu gratulowali": an object, not a subject),
 * and which case the surname after it is in, so that the surname's nominative can be rebuilt
 * ("Piotra Gacka" → "Piotr Gacek", "Michałowi Grabowskiemu" → "Michał Grabowski"). Nothing here
 * invents a person: it only reads forms the blog printed, and keeps a surname as printed when its
 * nominative is not certain.
 */

/** What one printed form of a given name is. */
interface GivenForm {
  nominative: string;
  feminine: boolean;
  /** The form is the nominative itself. */
  direct: boolean;
}

/** The declension of one language's given names: built once per lexicon. */
export interface Declension {
  /** The readings of a printed word as a given name (empty when it is none). */
  given(word: string): readonly GivenForm[];
  /**
   * The name inside a capitalised run, from a given name in any case to its surname, when that
   * differs from the run: [from, to) word indexes, or null. `outside`: a word that is no part of a
   * name (a nationality or place), which ends no name of three words or more ("Według Fabio
   * Morettiego Polacy byli …": no comma closes "według X" in Polish). `place`: a city, which after
   * one word names a club, not a person ("Lech Poznań", "Motor Lublin"): then [0, 0], no name.
   */
  span(words: readonly string[], outside?: (lower: string) => boolean, place?: (lower: string) => boolean): [number, number] | null;
  /**
   * Whether a name is in an oblique case (not a subject), as its own forms say; null when they
   * cannot tell ("Kamila Dudka": Kamila, or Kamil's genitive).
   */
  oblique(words: readonly string[]): boolean | null;
  /** A name known to stand in an oblique case, in the nominative, as far as its forms make that certain. */
  nominative(words: readonly string[]): string[];
}

const VOWELS = 'aeiouyąęó';
// Dative and locative of feminine -a names: the stem's last consonant softens ("Beata" → "Beacie").
const SOFT: ReadonlyArray<readonly [string, string]> = [
  ['ka', 'ce'], ['ga', 'dze'], ['cha', 'sze'], ['sta', 'ście'], ['ta', 'cie'], ['da', 'dzie'], ['ra', 'rze'], ['ła', 'le'],
  ['na', 'nie'], ['wa', 'wie'], ['ma', 'mie'], ['ba', 'bie'], ['pa', 'pie'], ['sa', 'sie'], ['za', 'zie'],
];

/** "Marek" → "Mark", "Paweł" → "Pawł", "Jacek" → "Jack": the e that drops before an ending. */
function fleetingStem(name: string): string {
  const m = /^(.*[^aeiouyąęó])e([kcł])$/.exec(name);
  return m && name.length > 4 ? m[1]! + m[2]! : name;
}

function masculineForms(name: string): string[] {
  if (/[iy]$/.test(name)) {
    const s = name.endsWith('i') ? name : name.slice(0, -1);
    return [`${s}ego`, `${s}emu`, `${name}m`];
  }
  if (name.endsWith('a')) return feminineForms(name); // "Kuba", "Barnaba"
  const s = fleetingStem(name);
  const velar = /[kg]$/.test(s);
  return [`${s}a`, `${s}owi`, velar ? `${s}iem` : `${s}em`, `${s}u`];
}

function feminineForms(name: string): string[] {
  const s = name.slice(0, -1);
  // Genitive (also the dative after i, j and l): "Marii", "Alicji", "Agnieszki", "Izabeli", "Anny".
  const out = [`${s}ę`, `${s}ą`, /(?:[ijkgl])a$/.test(name) ? `${s}i` : `${s}y`];
  const soft = SOFT.find(([from]) => name.endsWith(from));
  if (soft) out.push(name.slice(0, -soft[0].length) + soft[1]);
  return out;
}

// Surname endings in an oblique case and their nominative (longest first).
const ADJECTIVAL_M: ReadonlyArray<readonly [string, string]> = [['skiego', 'ski'], ['skiemu', 'ski'], ['skim', 'ski'], ['ckiego', 'cki'], ['ckiemu', 'cki'], ['ckim', 'cki'], ['dzkiego', 'dzki'], ['dzkiemu', 'dzki'], ['dzkim', 'dzki']];
const ADJECTIVAL_F: ReadonlyArray<readonly [string, string]> = [['skiej', 'ska'], ['ską', 'ska'], ['ckiej', 'cka'], ['cką', 'cka'], ['dzkiej', 'dzka'], ['dzką', 'dzka'], ['owej', 'owa'], ['ową', 'owa']];
// Genitive endings of towns and regions ("Nysy", "Łodzi", "Wrocławia", "Opola"), none a masculine given name's nominative.
const GENITIVE_TOWN = /(?:[^aeiouyąęó](?:y|i)|[wln]ia|[^aeiouy]ka|ola|owa|ska|cka)$/;
const OBLIQUE_SURNAME = /(?:skiego|skiemu|ckiego|ckiemu|dzkiego|dzkiemu|skiej|ckiej|dzkiej)$/;

const DATIVE = /[^aeiouy]owi$/;

/** A noun's possible nominatives from a printed form ("Serbką" → "serbka", "Polakiem" → "polak"). */
function caseForms(word: string): string[] {
  const out = [word];
  const m = /^(.{3,}?)(?:ą|ę|i|y|ce|a|owi|iem|em|u)$/.exec(word);
  if (m) out.push(`${m[1]}a`, m[1]!, word.endsWith('ce') ? `${m[1]}ka` : `${m[1]}a`);
  return out;
}

function swapEnd(word: string, pairs: ReadonlyArray<readonly [string, string]>): string | null {
  const lower = word.toLowerCase();
  for (const [from, to] of pairs) if (lower.endsWith(from) && lower.length > from.length + 2) return word.slice(0, word.length - from.length) + to;
  return null;
}

/** A masculine consonant-stem surname in an oblique case back to its nominative ("Gacka" → "Gacek"). */
function masculineSurname(word: string): string {
  const adj = swapEnd(word, ADJECTIVAL_M);
  if (adj) return adj;
  const m = /^(.{3,}?)(?:owi|iem|em|a|u|y)$/.exec(word);
  if (!m) return word;
  let stem = m[1]!;
  if (word.endsWith('y')) return `${stem}a`; // "Andrzeja Dudy" → "Duda"
  if (word.endsWith('iem') && !/[kg]$/.test(stem)) stem = `${stem}i`;
  // The fleeting e comes back where two consonants would end the word ("Dudk" → "Dudek").
  const last2 = stem.slice(-2).toLowerCase();
  if (/[kc]$/.test(last2) && !VOWELS.includes(last2[0]!) && last2 !== 'sk') stem = `${stem.slice(0, -1)}e${stem.slice(-1)}`;
  return stem;
}

function feminineSurname(word: string): string {
  return swapEnd(word, ADJECTIVAL_F) ?? (/[^aeiouy]y$/.test(word) ? `${word.slice(0, -1)}a` : word);
}

/** Builds the declension of nominative given names (space-separated lists, masculine and feminine). */
export function declension(masculine: string, feminine: string): Declension {
  const forms = new Map<string, GivenForm[]>();
  const put = (form: string, g: GivenForm) => {
    const key = form.toLowerCase();
    const list = forms.get(key) ?? [];
    if (!list.some((x) => x.nominative === g.nominative && x.direct === g.direct)) list.push(g);
    forms.set(key, list);
  };
  const add = (names: string, fem: boolean) => {
    for (const n of names.split(/\s+/).filter(Boolean)) {
      const name = n[0]!.toUpperCase() + n.slice(1);
      put(name, { nominative: name, feminine: fem, direct: true });
      const lower = n.toLowerCase();
      for (const f of fem ? feminineForms(lower) : masculineForms(lower)) put(f, { nominative: name, feminine: fem, direct: false });
    }
  };
  add(masculine, false);
  add(feminine, true);
  const given = (word: string) => forms.get(word.toLowerCase()) ?? [];
  // A reading of the first word that the rest of the name agrees with.
  // A reading of the first word that the rest of the name agrees with; `oblique`: the name is
  // known to stand in an oblique case (after "według", "zdaniem").
  const reading = (words: readonly string[], oblique = false): GivenForm | null => {
    const all = words.length > 1 ? given(words[0]!) : [];
    if (all.length < 2) return all[0] ?? null;
    const surname = words[words.length - 1]!.toLowerCase();
    // "Kamila" is a woman's name and Kamil's genitive: the context or the surname settles it.
    const obliqueSurname = oblique || OBLIQUE_SURNAME.test(surname) || /(?:owi|iem)$/.test(surname);
    return all.find((g) => g.direct !== obliqueSurname) ?? all[0]!;
  };
  return {
    given,
    span(words, outside, place) {
      if (words.length === 2 && place?.(words[1]!.toLowerCase())) return [0, 0];
      // A given name before a city is a club's ("Trener Lecha Poznań Jan Kowal"): the next one starts the name.
      const i = words.findIndex((w, j) => j + 1 < words.length && given(w).length > 0 && !place?.(words[j + 1]!.toLowerCase()));
      if (i < 0 && words.length > 2 && outside?.(words[words.length - 1]!.toLowerCase())) return [0, words.length - 1];
      // "Według Petrović Polka zasłużyła": a nationality after a surname is the next clause's subject;
      // "z Serbką Mileną Petrović": one in any case before a name describes the person.
      if (i < 0 && words.length === 2 && outside?.(words[1]!.toLowerCase())) return [0, 1];
      if (i < 0 && words.length > 2 && outside && caseForms(words[0]!.toLowerCase()).some(outside)) return [1, words.length];
      // "mówi Polsatowi Kowalczyk": a noun in the dative glued before a surname is the one spoken to.
      // So is one after it ("odpowiedział Kaczyński Tuskowi").
      if (i < 0 && words.length === 2 && DATIVE.test(words[0]!) !== DATIVE.test(words[1]!)) return DATIVE.test(words[0]!) ? [1, 2] : [0, 1];
      // "Burmistrz Nysy Kordian Kolbiarz": a town's genitive before a name of two words, whose given name the list lacks.
      if (i < 0) return words.length === 3 && GENITIVE_TOWN.test(words[0]!) && !GENITIVE_TOWN.test(words[1]!) ? [1, 3] : null;
      // "Jan Maria Rokita": a second given name before the surname.
      const to = Math.min(words.length, i + (given(words[i + 1]!).length && i + 2 < words.length ? 3 : 2));
      return i > 0 || to < words.length ? [i, to] : null;
    },
    oblique(words) {
      if (!words.length) return null;
      const all = words.length > 1 ? given(words[0]!) : [];
      // A surname alone in the dative or an adjectival case ("Tuskowi odpowiedział Kaczyński").
      const last = words[words.length - 1]!.toLowerCase();
      const surname = OBLIQUE_SURNAME.test(last) || (words.length === 1 && /[^aeiouy]owi$/.test(last));
      // No nominative ends in -ą or -ę: a given name the list lacks in the instrumental or accusative ("z Mileną Petrović").
      const unlisted = words.length > 1 && !all.length && /[ąę]$/.test(words[0]!.toLowerCase());
      if (surname || unlisted || (all.length && all.every((g) => !g.direct))) return true;
      return all.length && all.every((g) => g.direct) ? false : null;
    },
    nominative(words) {
      const g = reading(words, true);
      if (!g || g.direct) return [...words];
      // Each part of a double surname declines ("Kosiniaka-Kamysza" → "Kosiniak-Kamysz").
      const rest = words.slice(1).map((w) => w.split('-').map((p) => (g.feminine ? feminineSurname(p) : masculineSurname(p))).join('-'));
      return [g.nominative, ...rest];
    },
  };
}

/**
 * A name in the nominative with a word glued before it in the same capitalised run ("z TVN24
 * Paulina Szymańska", "na Facebooku Beata Rutkowska"): the preposition governs the glued word,
 * and the name is a subject.
 */
export function nominativeAfterGlue(m: { from: number; nameFrom: number; tokens: readonly string[] }, d: Declension | null): boolean {
  return !!d && m.nameFrom > m.from && d.oblique(m.tokens) === false;
}

/**
 * Whether a past-tense verb's gender ("powiedział", "powiedziała") contradicts the name of the
 * person a left-out subject points to ("Ewa Pawlak"): then someone else spoke.
 */
export function genderClash(verb: string, name: readonly string[], d: Declension | null): boolean {
  if (!d || !name.length) return false;
  const v = verb.toLowerCase();
  const verbFeminine = v.endsWith('ła') ? true : v.endsWith('ł') ? false : null;
  if (verbFeminine === null) return false;
  const feminine = feminineName(name, d);
  return feminine !== null && feminine !== verbFeminine;
}

/** Whether a Polish name is a woman's: its given name, else a surname in -ska/-cka (-ski/-cki: a man's). */
export function feminineName(name: readonly string[], d: Declension | null): boolean | null {
  if (!d || !name.length) return null;
  const given = name.length > 1 ? d.given(name[0]!).filter((g) => g.direct) : [];
  const last = name[name.length - 1]!.toLowerCase();
  return given.length === 1 ? given[0]!.feminine : /(?:sk|ck|dzk)a$/.test(last) ? true : /(?:sk|ck|dzk)i$/.test(last) ? false : null;
}

/**
 * A lone word in the genitive plural after a role names the group the role leads, not its holder:
 * "Trener Szwedów", "Kapitan Duńczyków", "Selekcjoner Biało-Czerwonych" (a nationality in -ów, a
 * team's hyphenated colours in -ych/-ich). Surnames almost never end so.
 */
export function groupGenitive(word: string): boolean {
  const w = word.toLowerCase();
  return /.{3}ów$/.test(w) || (w.includes('-') && /(?:ych|ich)$/.test(w));
}

/**
 * Whether a name stands in the nominative by its declined given name ("Joanna Sroka", not
 * "Joanny Sroki"). "Według" and "zdaniem" take the genitive: in "Według tych danych Joanna
 * Sroka zdobyła …" the nominative name is the next clause's subject, not the source.
 */
export function inNominative(name: readonly string[], d: Declension | null): boolean {
  return !!d && d.oblique(name) === false;
}

/**
 * A past-tense verb in the neuter ("poinformowało", "przekazało"): its subject is an institution
 * ("Ministerstwo Rolnictwa i Rozwoju Wsi", "Centrum", "Biuro"), never a person, so no name
 * before it speaks ("… i Rozwoju Wsi przekazało" is the ministry's name, not a person's).
 */
export function neuterPast(verb: string, d: Declension | null): boolean {
  return !!d && verb.length > 5 && verb.toLowerCase().endsWith('ło');
}

/**
 * A masculine title in the genitive or accusative ("trenera", "ministra", "marszałka"): the name
 * after it is an object or an owner ("podkreślił rolę trenera Kaliny"), never the subject, which
 * takes the nominative ("trener Kalina").
 */
export function genitiveTitle(word: string, titles: ReadonlySet<string>): boolean {
  if (word.length < 4 || !word.endsWith('a')) return false;
  const stem = word.slice(0, -1);
  return titles.has(stem) || titles.has(`${word.slice(0, -2)}e${word.slice(-2, -1)}`);
}
