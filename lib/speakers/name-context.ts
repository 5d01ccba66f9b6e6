/** The words around a name that say who the person is: a role before it, an appositive after it. */
import type { Token } from './tokens';
import type { Lang } from './lang';
import { agreeingVerb } from './sex';
import { genitiveTitle } from './inflection-pl';

/** Lower-case words of the noun phrase just before `i` (exclusive), back to a boundary. */
export function wordsBefore(tokens: Token[], i: number, floor: number, max: number, L: Lang, through = false): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= floor && out.length < max; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || L.verb(t.lower) || agreeingVerb(t.lower, L)) break; // a role does not reach across a verb
    // `through`: read a role across its domain ("direttore generale dell'Organizzazione ...") and
    // its place ("our correspondent in Brussels, X").
    if (L.npBoundary.has(t.lower) && !(through && (L.ofWords.has(t.lower) || L.locative.has(t.lower)))) break;
    out.unshift(t.lower);
    if (t.poss) break;
  }
  return out;
}

/**
 * Words of an appositive before the comma before token `start` ("Our correspondent in Kyiv, X"),
 * unless a preposition governs them: "Interrogée par la journaliste Léa Salamé, X" is not the journalist.
 */
export function appositiveBefore(tokens: Token[], start: number, floor: number, L: Lang): string[] {
  if (tokens[start - 1]?.text !== ',') return [];
  // "Jak relacjonuje nasz reporter Adam Wilk, Jan Kos przyznał": a role that has its own holder before the comma is not X's.
  let c = start - 2;
  while (c > floor && tokens[c]!.cap && tokens[c]!.kind === 'word') c--;
  const role = (x: Token | undefined) => !!x && x.kind === 'word' && (L.journalistRoles.has(x.lower) || L.isRole(x.lower));
  const held = c < start - 2 && (role(tokens[c]) || (role(tokens[c - 1]) && !tokens[c]!.cap)); // "notre envoyé spécial Paul Girard
  if (held) return [];
  const words = wordsBefore(tokens, start - 1, floor, 8, L, true);
  let j = start - 2 - words.length;
  if (L.dets.has(tokens[j]?.lower ?? '')) j--;
  const gov = tokens[j]?.lower ?? '';
  return (j >= floor && (L.agentPreps.has(gov) || L.preps.has(gov))) || words.some((w) => L.agentPreps.has(w)) ? [] : words;
}

/** Words of an appositive ", the Nato secretary general," right after token `i`, if any. */
export function appositiveAfter(tokens: Token[], i: number, to: number, L: Lang): string[] {
  // "Jessica Hamzelou a biomedical reporter at the New Scientist told": no comma, an indefinite article.
  if (tokens[i]?.kind === 'word' && L.indefinite.has(tokens[i]!.lower) && !tokens[i]!.cap) {
    const out: string[] = [];
    for (let j = i; j < to && j < i + 6 && tokens[j]!.kind === 'word' && !tokens[j]!.cap && !L.verb(tokens[j]!.lower); j++) out.push(tokens[j]!.lower);
    return out;
  }
  if (tokens[i]?.text !== ',') return [];
  const first = tokens[i + 1];
  if (!first || first.kind !== 'word' || L.functionHeads.has(first.lower) || L.clauseStart.has(first.lower)) return [];
  const out: string[] = [];
  for (let j = i + 1; j < to && j < i + 16; j++) {
    const t = tokens[j]!;
    // ", our correspondent in Surabaya:" and a sentence's last appositive end in a colon or a stop.
    if (t.kind === 'punct' || t.kind === 'open' || t.kind === 'close') return t.text === ',' || t.text === ':' || t.text === '.' ? out : [];
    if (t.kind === 'word') out.push(t.lower);
  }
  return [];
}

/** "O hOisin", "Ní Chuilín", "Mac an tSaoi": Irish surnames begin lower-case after their particle. */
const IRISH = /^(?:o|ó|ní|nic|mac|uí|ui|an)$/;
export function irishMutation(t: Token, prev: Token): boolean {
  return t.kind === 'word' && /^[hnt]\p{Lu}\p{Ll}/u.test(t.text) && IRISH.test(prev.lower);
}

/** A role word just before the name, or before the comma that opens it ("the clerk, Peter Hall"). */
export function introducedByRole(tokens: Token[], start: number, floor: number, L: Lang): boolean {
  const before = tokens[start - 1]?.text === ',' ? wordsBefore(tokens, start - 1, floor, 4, L) : wordsBefore(tokens, start, floor, 2, L);
  const w = before[before.length - 1] ?? '';
  return L.isRole(w) || L.occupations.has(w);
}

// Also "-e": "Meteorologe", "Experte", "Abgeordnete" (given names that end so are on the list).
const AGENT_NOUN = /(?:in|er|ent|eur|e)$/;

/**
 * "Labour MP for Kensington Emma Dent Coad", "die Mutter Anja Wagner": a run of three name words
 * or more whose first word is no given name but a later one is (with a surname after it) names
 * the person from that given name on; words of a place or role ran into it. Only inside a
 * sentence (after a word), as such words run in: a run opening a sentence or a clause may be a
 * name whose first given name the list lacks ("Florentina Maria Widodo"). Returns the name's start.
 */
export function givenNameStart(tokens: readonly Token[], start: number, k: number, last: number, L: Lang): number {
  if (last - k < 3 || L.givenNames.has(tokens[k]!.text)) return k;
  // Where nouns are capitalised, a sentence may open with a person noun ("Gewerkschafterin",
  // "Anwohner"): agent and relation nouns end so; given names that do are on the list.
  if (tokens[start - 1]?.kind !== 'word' && !(L.capitalNouns && AGENT_NOUN.test(tokens[k]!.lower))) return k;
  for (let i = k + 1; i <= last - 2; i++) if (L.givenNames.has(tokens[i]!.text)) return i;
  return k;
}

/**
 * A name particle: "von", "de la", and inside a name, capitalised where the name writes it so
 * ("Yannick Le Goff", "Marine Le Pen"): mid-sentence, a capitalised "Le" is no article.
 */
export function isParticle(t: Token, L: Lang): boolean {
  return L.particles.has(t.text) || (t.cap && L.particles.has(t.lower));
}

/**
 * "Goldman Sachs have also responded", "Fitch warn": a plural verb right after the name, which no
 * one person takes. Only where the name opens its clause: not after a modal ("Could Sunak have
 * known"), a preposition ("friends of Tom Reyes have said"), a verb ("heard Tom Reyes say") or in a
 * coordinated subject ("Ed and David Miliband have said"), nor inside a quotation.
 */
export function pluralSubject(tokens: Token[], start: number, end: number, floor: number, L: Lang): boolean {
  const next = tokens[end];
  if (!L.pluralAgreement.size || !next || next.kind !== 'word' || tokens[start]!.quoted) return false;
  const verb = L.verb(next.lower);
  const plural = L.pluralAgreement.has(next.lower) || (L.data.regular === 'en' && !!verb?.base && !verb.participle && (verb.cls === 'strong' || verb.cls === 'semi'));
  if (!plural) return false;
  // The name opens its clause: nothing, punctuation or an article before it (not "heard Tom Reyes say").
  const before = start > floor ? tokens[start - 1]! : null;
  if (before && before.kind === 'word' && !L.dets.has(before.lower)) return false;
  // "Chancellor Grace Rutherford and former chancellor Tom Baines are …": a coordinated subject.
  for (let k = start - 1; k >= Math.max(floor, start - 8); k--) if (L.conj.has(tokens[k]!.lower)) return false;
  return true;
}

// The longest description between "our reporter" and the comma before the name.
const MAX_REPORTER_PHRASE = 12;

/**
 * "Nuestro enviado al puerto de Vigo, X, cuenta …", "Nuestra compañera en
 * la grada, X, nos cuenta …", "La nostra inviata a Trieste, X, …": the blog's own reporter, named in
 * apposition after "our" and a reporter's or colleague's word that a phrase of place may follow.
 * Such a person narrates (rule 6 of the labelling convention): no speaker, and no antecedent.
 */
export function ourReporterBefore(tokens: readonly Token[], start: number, floor: number, L: Lang): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  for (let k = start - 2; k > floor && k >= start - 2 - MAX_REPORTER_PHRASE; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || L.verb(t.lower) || L.aux.has(t.lower) || L.complementizers.has(t.lower) || L.clauseStart.has(t.lower)) return false;
    const reporter = L.colleagues.has(t.lower) || L.journalistRoles.has(t.lower);
    // "Our" opens the sentence, after an article at most ("Il nostro inviato").
    if (reporter && L.ours.has(tokens[k - 1]?.lower ?? '') && (k - 1 === floor || (k - 2 === floor && L.dets.has(tokens[floor]!.lower)))) return true;
  }
  return false;
}

/**
 * "la fédération France Assureurs", "il sindacato Usb": an article and an organisation's common
 * noun open the run, which names that body (not "de la santé Jean Dupont", a domain). The noun, or ''.
 */
export function orgNounBefore(tokens: readonly Token[], start: number, floor: number, L: Lang): string {
  const noun = tokens[start - 1];
  if (!noun || start - 2 < floor || noun.kind !== 'word' || noun.cap || !L.isOrg(noun.lower)) return '';
  const det = tokens[start - 2]!.lower;
  const elided = det.endsWith("'") || det.endsWith('’');
  if (!L.dets.has(det) && !(elided && L.dets.has(det.slice(0, -1)))) return '';
  const gov = tokens[start - 3]?.lower ?? '';
  return L.preps.has(gov) || L.ofWords.has(gov) ? '' : noun.lower;
}

/**
 * "Analysts at Rabobank say", "Economists at the bank warn": the plural of an occupation or a
 * role names a group, never one person, though a sentence's first word is capitalised.
 */
export function pluralRole(lower: string, L: Lang): boolean {
  if (lower.length < 5 || !lower.endsWith('s')) return false;
  const one = lower.slice(0, -1);
  return L.occupations.has(one) || L.journalistRoles.has(one) || L.publicRoles.has(one);
}

/** After a preposition, across lower-case titles ("według trenera Jana Kowala"), or a title in the genitive: an oblique case. */
export function obliqueBefore(tokens: Token[], start: number, floor: number, L: Lang): boolean {
  let j = start - 1;
  if (L.declension && genitiveTitle(tokens[j]?.lower ?? '', L.titles)) return true; // "rolę trenera Kaliny", "pochwalił trenera Nowaka"
  while (j > floor && j > start - 4 && !tokens[j]!.cap && L.isRole(tokens[j]!.lower)) j--;
  const w = tokens[j]?.lower ?? '';
  return j >= floor && (L.preps.has(w) || L.according.has(w));
}
