/**
 * A colon lead whose subject follows its verb: "Zadowolony był także Adam Kruk: – …",
 * "Más contento estaba X, que pasa a la final: «…»", "Anders sieht es X vom Ifo: „…“",
 * "Gli ha risposto su X il capogruppo, Marco Vitale: «…»". Where subjects may follow the verb,
 * the person named last before a colon into a quotation speaks it, when only a description of
 * them stands between the name and the colon. Not when a preposition governs the name ("ha
 * scritto a X:", "odpowiedział Nowakowi:" is the one answered, not the one speaking).
 */
import { DASH, type Cue, type CueContext } from './cue';
import { colonLead } from './leads';
import type { Mention } from './names';
import { personSubject, type Sentence } from './subjects';

// The longest description between the name and the colon ("vom Deutschen Institut für Wirtschaftsforschung").
const MAX_TAIL = 12;
// The longest lead: a longer sentence before the colon says more than who speaks.
const MAX_LEAD = 30;
// Polish endings of a name in the dative, instrumental or accusative: the one spoken to or of.
const OBJECT_CASE = /(?:owi|emu|iem|ą)$/;

/**
 * A sentence's cues with its colon lead, if any: where no cue names anyone, and where the only
 * subject is a left-out one ("Le ha replicato su Facebook la presidente, X:": the name after the
 * verb is its subject).
 */
export function withColonLead(out: Cue[], s: Sentence, ctx: CueContext): Cue[] {
  if (!out.some((c) => c.subject.type !== 'anon')) {
    const colon = colonLead(s, ctx) ?? colonAfterName(s, ctx);
    return colon ? [...out, colon] : out;
  }
  const leftOut = (c: Cue) => c.subject.type === 'pronoun' && c.subject.at === c.at;
  if (out.some((c) => c.subject.type !== 'anon' && !leftOut(c))) return out;
  const after = colonAfterName(s, ctx);
  return after ? [...out.filter((c) => !leftOut(c) || c.at > after.at), after] : out;
}

function colonAfterName(s: Sentence, ctx: CueContext): Cue | null {
  if (!s.L.inversion) return null;
  const t = s.tokens;
  let c = s.from;
  while (c < s.to && !(t[c]!.text === ':' && !t[c]!.quoted)) c++;
  if (c >= s.to || c - s.from > MAX_LEAD) return null;
  const after = t[c + 1];
  const intoQuote = after?.kind === 'open' || (c + 1 < s.to && DASH.test(after?.text ?? '')) || (c + 1 >= s.to && ctx.quoteFollows);
  if (!intoQuote) return null;
  // The first person that only a description separates from the colon; none named before it.
  let m: Mention | undefined;
  for (const x of s.mentions) {
    if (x.from >= c || x.quoted || (x.initial && x.tokens.length === 1)) continue;
    // Objects of a preposition ("su Facebook", "nach dem Spiel in Köln") are no subject.
    if (!x.person || x.oblique || afterPrep(s, x.from)) continue;
    if (describes(s, x.to, c)) m = x;
    break;
  }
  if (!m || m.poss || m.journalist || m.from === s.from) return null;
  if (s.L.nominative.length && OBJECT_CASE.test(t[m.to - 1]!.lower)) return null;
  if (governed(s, m) || t.slice(s.from, m.from).some((x) => x.kind === 'word' && s.L.pronouns.has(x.lower))) return null;
  return { subject: personSubject(s, m), at: c };
}

/** Whether the words from `from` to the colon only describe the person: an apposition, a relative clause or "of/from" a body. */
function describes(s: Sentence, from: number, colon: number): boolean {
  const t = s.tokens;
  if (from === colon) return true;
  const first = t[from]!;
  const relative = first.text === ',' && s.L.relatives.has(t[from + 1]?.lower ?? '');
  if (!relative && first.text !== ',' && !s.L.workPreps.has(first.lower) && !s.L.preps.has(first.lower)) return false;
  for (let k = from; k < colon; k++) {
    const x = t[k]!;
    if (x.quoted || x.kind === 'open' || x.kind === 'close' || x.text === ';') return false;
    // A relative clause has its own verb ("que pasa a la final"); a description has none.
    if (!relative && x.kind === 'word' && !x.cap && (s.L.verb(x.lower) || s.L.aux.has(x.lower))) return false;
  }
  return true;
}

/** Whether a preposition governs the name, directly or through the role before it ("a il sindaco, X"). */
function governed(s: Sentence, m: Mention): boolean {
  const t = s.tokens;
  if (afterPrep(s, m.from)) return true;
  if (t[m.from - 1]?.text !== ',') return false;
  // "il capogruppo di Fratelli d'Italia alla Camera, X": the role's own article decides.
  for (let k = m.from - 2; k > s.from && k > m.from - 12; k--) {
    if (!s.L.isRole(t[k]!.lower)) continue;
    const det = s.L.dets.has(t[k - 1]?.lower ?? '') ? k - 1 : k;
    return s.L.preps.has(t[det - 1]?.lower ?? '');
  }
  return false;
}

/** Whether a preposition stands before the run of capitalised words that holds `from` ("en O Barco"). */
function afterPrep(s: Sentence, from: number): boolean {
  let r = from;
  while (r - 1 > s.from && s.tokens[r - 1]!.cap) r--;
  return s.L.preps.has(s.tokens[r - 1]?.lower ?? '');
}
