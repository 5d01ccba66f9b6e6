/**
 * Person names in token streams: capitalised runs, with titles and roles stripped off the front
 * ("US defence secretary Pete Hegseth" → "Pete Hegseth"), post-nominals off the back, and
 * organisations and places told apart by their words.
 */
import type { Token } from './tokens';
import type { Lang } from './lang';
import { opensSentence, openingVerb } from './openings';
import { appositiveAfter, appositiveBefore, givenNameStart, obliqueBefore, introducedByRole, irishMutation, isParticle, orgNounBefore, ourReporterBefore, pluralRole, pluralSubject, wordsBefore } from './name-context';
import { notPersonHere } from './non-persons';
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
  /** "X's father, Y": Y is not X, so Y never expands to a name of X's. */
  notOf?: string;
  /** After a preposition, so in an oblique case where names inflect ("według Tuska"). */
  oblique: boolean;
  /** A name-shaped run after an article ("lo Yad Vashem"): a body or thing, never a person. */
  thing: string[] | null;
  /** No word before it in the sentence: its capital may be the sentence's, not a name's ("Good morning"). */
  initial: boolean;
  /** A lone given name after a title that takes one ("Sir Martin"): the first word of a fuller name. */
  given?: boolean;
  /** The word right before the name ("mrs", "kanzlerin"), lower-cased: it may say the person's sex. */
  titleWord?: string;
}

// "O'hOisin" (Irish: a letter between O' and the capital); U+FFFD a letter the page's encoding lost.
const NAME_SHAPE =
  /^(?:Mc|Mac|O['’]\p{Ll}?|D['’]|De|Di|La|Le|Fitz|[hnt](?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’\uFFFD]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;
const INITIALS = /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.)+)$/u;
/** Broadcasters and agencies written as acronyms, whose possessive introduces their journalists. */
const MEDIA = new Set(['bbc', 'cnn', 'itv', 'nbc', 'abc', 'cbs', 'rte', 'afp', 'ap', 'pa', 'rai', 'ard', 'zdf', 'tf1', 'rtve', 'tvn', 'tvp']);

/** True for a word shaped like part of a person's name (no camelCase, no lower-case tail after a hyphen). */
export function nameShaped(text: string, L: Lang): boolean {
  if (INITIALS.test(text)) return !L.acronyms.has(text.toLowerCase());
  return NAME_SHAPE.test(text);
}

function isRunToken(t: Token, L: Lang): boolean {
  return t.kind === 'word' && t.cap && !L.stopCaps.has(t.lower);
}

/** A word that can be part of a name; `inner` words (not the last) may not be a party or nationality. */
function isNameToken(t: Token, L: Lang, inner: boolean): boolean {
  const l = t.lower;
  if (!nameShaped(t.text, L) || L.titles.has(l) || L.isOrg(l) || L.keepTitles.has(l) || L.stopCaps.has(l) || L.occupations.has(l) || L.journalistRoles.has(l) || pluralRole(l, L)) return false;
  // Role compounds ("Aussenminister"), not role words: "King", "Prince" and "Star" are surnames too.
  if (L.roleCompound(l) || L.nonName(l)) return false;
  // "Usa", "Onu", "Idf": acronyms written as words, as Italian and Spanish news do.
  if (L.code !== 'en' && L.acronyms.has(l)) return false;
  return !inner || !(L.parties.has(l) || L.nationalities.has(l));
}

/**
 * Finds the capitalised runs of tokens [from, to) (one sentence) and reads each as a name.
 * Runs break at punctuation, lower-case words (except name particles) and possessives.
 */
export function findMentions(tokens: Token[], from: number, to: number, L: Lang): Mention[] {
  const out: Mention[] = [];
  const titleCase = isTitleCase(tokens, from, to);
  // In a Title Case Headline a capitalised reporting verb ends the name before it ("Biden Says ...").
  const breaks = (t: Token) => titleCase && !!L.verb(t.lower) && !L.verb(t.lower)!.base;
  let i = from;
  while (i < to) {
    // A sentence opening with a participle ("Choosing Okafor ...") has no name in that word.
    if (!isRunToken(tokens[i]!, L) || breaks(tokens[i]!) || (opensSentence(tokens, from, i) && openingVerb(tokens, i, to, L))) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    while (end < to && !tokens[end - 1]!.poss) {
      const t = tokens[end]!;
      // No name doubles its own word: "says Masipa Masipa says" is two sentences run together.
      if (t.text === tokens[end - 1]!.text) break;
      if ((isRunToken(t, L) || irishMutation(t, tokens[end - 1]!)) && !breaks(t)) end++;
      // "von der Leyen", but not "Negoziatore di Shalit": a particle joins a name already begun,
      // by its first name only ("Anna Berg von der Caritas", "Sophie Martin de la CGT": an employer).
      else if (t.kind === 'word' && isParticle(t, L) && particlesThenName(tokens, end, to, L) && (t.cap || nameWords(tokens, start, end, L) === 1)) end++;
      else break;
    }
    // "Lord Jay of Ewelme": a peer's territorial title belongs to the name.
    const territorial = end - start === 2 && L.keepTitles.has(tokens[start]!.lower) && L.ofWords.has(tokens[end]?.lower ?? '');
    if (territorial && end + 1 < to && isRunToken(tokens[end + 1]!, L) && !isRunToken(tokens[end + 2] ?? tokens[end]!, L)) end += 2;
    out.push(readRun(tokens, start, end, from, to, L));
    i = end;
  }
  joinOrganisations(tokens, out, L);
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

/** "Secretary of (the) State ...", "Minister for International Relations ...": a title's domain follows. */
function titleOf(tokens: Token[], start: number, L: Lang): boolean {
  let j = start - 1;
  if (L.dets.has(tokens[j]?.lower ?? '')) j--;
  return L.ofWords.has(tokens[j]?.lower ?? '') && L.isRole(tokens[j - 1]?.lower ?? '');
}

/**
 * Runs joined to an organisation by "of", "for" or "and" belong to it: "Centre for Disease
 * Prevention and Control", "University of East Anglia".
 */
function joinOrganisations(tokens: Token[], mentions: Mention[], L: Lang): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const link = tokens[m.from - 1]?.lower ?? '';
    const prev = mentions[i - 1]!;
    if (!prev.org || prev.to !== m.from - 1 || !m.person || prev.poss || titleOf(tokens, m.from, L) || m.nameFrom > m.from) continue; // "RN du Finistère Yannick Le Goff": a person
    if (L.ofWords.has(link) || ((link === 'and' || link === '&') && m.tokens.length === 1)) {
      m.person = false;
      m.org = true;
      m.tokens = [];
    }
  }
}

function nameWords(tokens: Token[], from: number, to: number, L: Lang): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isNameToken(tokens[i]!, L, false)) n++;
  return n;
}

/** "von der Leyen": particles at `i` followed by a capitalised name word. */
function particlesThenName(tokens: Token[], i: number, to: number, L: Lang): boolean {
  // An article is no particle ("Hälfte der Führungsriege"); "von der Leyen" keeps "der" after "von".
  if (!tokens[i]!.cap && L.dets.has(tokens[i]!.lower) && !L.particles.has(tokens[i - 1]?.text ?? '')) return false;
  let j = i;
  while (j < to && tokens[j]!.kind === 'word' && isParticle(tokens[j]!, L)) j++;
  // "Via da Gaza": a particle before a place joins no name.
  return j > i && j < to && j - i <= 2 && isRunToken(tokens[j]!, L) && !L.places.has(tokens[j]!.lower);
}

/** Words that place, party or nationality words only ("Cardiff West", "Welsh Labour", "Scotland"). */
function notAPerson(words: readonly string[], L: Lang): boolean {
  // A lone "West" or "North" begins no place name: it may be a surname (Kanye West).
  if (words.length === 1 && (L.placeFirst.has(words[0]!) || L.districtWords.has(words[0]!)) && !L.places.has(words[0]!)) return false;
  return words.every((w) => L.places.has(w) || L.nationalities.has(w) || L.parties.has(w) || L.districtWords.has(w) || L.placeFirst.has(w));
}

/** Where the name proper starts in run [start, last): titles, roles, parties and domains stripped. */
function nameStart(tokens: Token[], start: number, last: number, L: Lang): number {
  let k = last;
  while (k > start) {
    const t = tokens[k - 1]!;
    if (isNameToken(t, L, k < last) || (isParticle(t, L) && k < last) || (k === last && k - 2 >= start && L.roleCompound(t.lower) && L.givenNames.has(tokens[k - 2]!.text))) k--;
    else if (t.lower === 'of' && k < last && L.keepTitles.has(tokens[start]!.lower)) k--; // Lord Jay of Ewelme; above, "Lars Hoffmeister": a surname like a role compound after a given name
    else break;
  }
  while (k < last && !tokens[k]!.cap) k++; // a name never starts with a lower-case particle
  // A place glued before a name ("First Minister of Scotland Nicola Sturgeon").
  while (last - k > 2 && (L.places.has(tokens[k]!.lower) || L.nationalities.has(tokens[k]!.lower))) k++;
  k = givenNameStart(tokens, start, k, last, L);
  // Where names inflect, a role's domain in the genitive runs into the name ("Trener Unii Roman Kowal").
  if (last - k === 3 && L.nominative.length && L.isRole(tokens[start - 1]?.lower ?? tokens[start]!.lower) && !L.givenNames.has(tokens[k]!.text)) k++;
  // "Minister of International Relations Maite Nkoana-Mashabane": the domain runs into the name (its last two words).
  if (last - k > 2 && titleOf(tokens, start, L) && !L.givenNames.has(tokens[k]!.text)) k = last - (isParticle(tokens[last - 2]!, L) ? 3 : 2);
  // Peers and royals known by title keep it: "Lord Cameron", "Lord Jay of Ewelme".
  if (k > start && L.keepTitles.has(tokens[k - 1]!.lower) && (last - k === 1 || tokens[k + 1]?.lower === 'of')) k--;
  return k;
}

function readRun(tokens: Token[], start: number, end: number, floor: number, ceil: number, L: Lang): Mention {
  const poss = tokens[end - 1]!.poss;
  let last = end;
  while (last > start + 1 && L.postNominals.has(tokens[last - 1]!.lower)) last--;
  let k = nameStart(tokens, start, last, L);
  // Where given names decline, one in any case opens the name and its surname closes it ("klubu Lewicy Ewa Malinowska").
  const span = L.declension?.span(tokens.slice(k, last).map((t) => t.text), (w) => L.nationalities.has(w) || L.places.has(w), (w) => L.places.has(w));
  if (span) [k, last] = [k + span[0], k + span[1]];
  // "na alei Szucha Wróblewska", "en la calle Alcalá": a street's name, and a person's after it.
  const street = k === start && L.streets.has(tokens[start - 1]?.lower ?? '');
  // "sur X Hugo Brun", "su Instagram Carla Riva": a platform a preposition governs is where the person wrote (and it opens no name: "auf Instagram zu Wort").
  if (k === start && last - k >= 3 && tokens[k + 1]!.cap && L.platforms.has(tokens[k]!.lower) && L.preps.has(tokens[start - 1]?.lower ?? '')) k++;
  if (street && last - k >= 2) k++;
  // "the clerk, Peter Hall,", "Bishop John Church": a surname that is an organisation word too, after a role.
  if (k === last && last - start === 2 && isNameToken(tokens[start]!, L, true) && nameShaped(tokens[start + 1]!.text, L) && introducedByRole(tokens, start, floor, L)) k = start;
  const words = tokens.slice(k, last);
  // More than three name words is two names run together ("Grace Okafor Tomas Lindqvist"), but for two surnames ("José Manuel Piñeiro Lago").
  let person = k < last && !L.platforms.has(words[0]!.lower) && words.filter((t) => t.cap).length <= 3 + (L.keepTitles.has(words[0]?.lower ?? '') || L.data.pairedSurnames ? 1 : 0);
  // An organisation word before the name makes the run an organisation ("California Independent
  // System Operator"), except in a title such as "Secretary of State Ana Ruiz"; a party or a role
  // compound glued before a name describes the person ("le député RN Jordan Perret", "Stadtrat Jens Wagner").
  const stop = k > start ? tokens[k - 1]!.lower : orgNounBefore(tokens, start, floor, L);
  // "all'ANSA Franco Ferrante", "à l'AFP Pierre Morel": a medium a preposition governs, then a given name, is where the person spoke.
  const gov = tokens[start - (L.dets.has(tokens[start - 1]?.lower ?? '') ? 2 : 1)]?.lower ?? '';
  const medium = k === start + 1 && k < last && L.preps.has(gov) && L.givenNames.has(tokens[k]!.text);
  const org = !medium && !L.titles.has(stop) && !L.roleCompound(stop) && !L.parties.has(stop) && (L.isOrg(stop) || L.acronyms.has(stop));
  // A role's domain before its holder in apposition is none either ("El consejero de Medio Rural, Ana Ruiz,").
  if (titleOf(tokens, start, L) ? tokens[end]?.text === ',' && !words.some((t) => L.givenNames.has(t.text)) : org) person = false;
  const nameTokens = words.map((t) => t.text);
  // A lone capital letter or a run of initials is not a name by itself; nor are places and parties.
  // "Greenpeace France", "Radio Italia": a word no given name, then a country or city, is a body's branch ("Anatole France" is a person).
  const branch = words.length === 2 && L.places.has(words[1]!.lower) && !L.givenNames.has(words[0]!.text) && !L.places.has(words[0]!.lower);
  if (nameTokens.every((w) => INITIALS.test(w)) || notAPerson(words.map((t) => t.lower), L) || (street && k === start) || branch) person = false;
  // "70 Prozent", "1,3 Millionen Menschen": where nouns are capitalised, words after a number are what it counts.
  if (L.capitalNouns && k === start && tokens[start - 1]?.kind === 'num') person = false;
  // An article right before the name makes it a body or a thing ("the Magen David Adom", "il
  // Cremlino"): people take a title or nothing.
  // One word after an article is often a person all the same ("la Meloni"), or a name used as a
  // modifier ("the Tillerson nomination"): only longer runs count, unless all nouns are capitalised ("Die Lage").
  const attributive = tokens[end]?.kind === 'word' && !tokens[end]!.cap && !L.aux.has(tokens[end]!.lower) && !L.verb(tokens[end]!.lower); // not "il Bar Centrale ha scritto"
  // "that" and "this" before a name are a conjunction or a pointer, not an article ("confirmed that Shimon Peres").
  const article = tokens[start - 1]?.lower ?? '';
  const thing = person && k === start && last - k >= 2 && !attributive && L.dets.has(article) && !L.possDets.has(article) && !L.complementizers.has(article) && !L.clauseStart.has(article);
  if (thing || (L.capitalNouns && k === start && last - k === 1 && L.dets.has(article) && !L.indefinite.has(article) && !tokens[start]!.quoted)) person = false;
  const here = person && !poss ? notPersonHere(tokens, start, end, L) : null;
  const body = (person && !poss && pluralSubject(tokens, start, end, floor, L)) || here === 'thing';
  if (body || here) person = false;
  // "Kremlin spokesperson", "BBC reporter", "Dover mayor": one word modifying a role is no name.
  const next = tokens[end];
  const roleWord = (w: string) => L.isRole(w) || L.journalistRoles.has(w);
  // "Bridgend council leader": also through an organisation word.
  const viaOrg = next?.kind === 'word' && !next.cap && L.isOrg(next.lower) && tokens[end + 1]?.kind === 'word' && roleWord(tokens[end + 1]!.lower);
  // "the Steenkamp family", "the Trump administration": a group named after a person.
  if (last - k === 1 && !poss && next?.kind === 'word' && !next.cap && (roleWord(next.lower) || viaOrg || L.groupNouns.has(next.lower))) person = false;
  const prefix = tokens.slice(start, k).map((t) => t.lower);
  const before = wordsBefore(tokens, start, floor, 4, L);
  const apposBefore = appositiveBefore(tokens, start, floor, L);
  const apposAfter = poss ? [] : appositiveAfter(tokens, end, ceil, L);
  const near = [...before, ...prefix];
  const prev = near[near.length - 1];
  // "Meghan, the Duchess of Sussex,": a role in apposition makes a lone word a person too.
  const titled =
    (prev !== undefined && (L.isRole(prev) || L.keepTitles.has(prev) || L.occupations.has(prev))) ||
    (nameTokens.length === 1 && !before.some((w) => L.isOrg(w)) && apposAfter.slice(0, 4).some((w) => L.isRole(w) || L.keepTitles.has(w) || L.occupations.has(w))) ||
    // "a voter called Gemma", "a man named Peter".
    (k === start && L.namedWords.has(tokens[start - 1]?.lower ?? ''));
  // "The BBC's Nick Robinson", "my colleague Ian Sample": the outlet's or the blog's own people.
  const outlet = tokens[start - 1]?.poss === true && k === start && (L.publications.has(tokens[start - 1]!.lower) || L.acronyms.has(tokens[start - 1]!.lower) && MEDIA.has(tokens[start - 1]!.lower));
  const colleague = (L.colleagues.has(near[near.length - 1] ?? '') && L.ours.has(near[near.length - 2] ?? '')) || ourReporterBefore(tokens, start, floor, L);
  const journalist = outlet || colleague || [...near, ...apposBefore, ...apposAfter.slice(0, 5)].some((w) => L.journalistRoles.has(w.slice(w.lastIndexOf('-') + 1))); // "ARD-Korrespondentin"
  let kin: Mention['kin'] = null;
  if (nameTokens.length === 1 && k === start && L.kin.has(tokens[start - 1]?.lower ?? '')) {
    const owner = tokens[start - 2];
    if (owner && L.possDets.has(owner.lower)) kin = { owner: 'pronoun' };
    else if (owner?.poss && owner.cap) kin = { owner: [owner.text] };
  }
  // "Ms Khairunisa's father, Haidar Fauzi,": someone other than the owner, whatever their names share.
  const kinOwner = tokens[start - 1]?.text === ',' && L.kin.has(tokens[start - 2]?.lower ?? '') && tokens[start - 3]?.poss ? tokens[start - 3]!.text : null;
  // Roles may stand further back, across their domain ("il direttore generale dell'Oms Tedros").
  const roles = [...wordsBefore(tokens, start, floor, 10, L, true), ...prefix, ...apposBefore, ...apposAfter];
  return {
    from: start,
    to: end,
    nameFrom: k,
    org: !person && (org || tokens.slice(start, end).some((t) => L.isOrg(t.lower) || L.acronyms.has(t.lower))),
    tokens: person ? nameTokens : [],
    titled,
    roles,
    journalist,
    poss,
    person,
    quoted: tokens[k]?.quoted ?? false,
    kin,
    ...(kinOwner ? { notOf: kinOwner } : {}), ...(prev ? { titleWord: prev } : {}),
    thing: thing || body ? words.map((t) => t.text) : null,
    // A declined given name tells the case itself ("z TVN24 Paulina Szymańska": the medium is the preposition's).
    oblique: L.nominative.length > 0 && ((person ? L.declension?.oblique(nameTokens) : null) ?? obliqueBefore(tokens, start, floor, L)),
    initial: !tokens.slice(floor, start).some((t) => t.kind === 'word'),
    // So is a known given name after a kin word ("il padre Franco", "sa sœur Claire"): families share a surname.
    ...(person && nameTokens.length === 1 && (L.givenTitles.has(prev ?? '') || (L.kin.has(prev ?? '') && L.givenNames.has(nameTokens[0]!))) ? { given: true } : {}),
  };
}
