/**
 * Cues without a reporting verb: "Okafor:" and "Here's X:" leads, "X in his own words", "“…” – X",
 * "according to X" and colon leads into quotations (speech nouns: speech-nouns.ts).
 */
import { DASH, colonOrOpen, type Cue, type CueContext } from './cue';
import { rightSubject } from './inverted';
import { clauseSubject, judgementAfter } from './clauses';
import { invertedReport } from './openings';
import { plainPredicate } from './plain-predicate';
import type { Sentence, Subject } from './subjects';

/** After a leading time ("11h30 - ", "14.05:"), as flat tickers print it in the headline. */
function afterTimestamp(s: Sentence): number {
  const t = s.tokens;
  let k = s.from;
  while (k < s.from + 4 && (t[k]?.kind === 'num' || /\d/.test(t[k]?.text ?? ''))) k++;
  return k > s.from && (DASH.test(t[k]?.text ?? '') || t[k]?.text === ':') ? k + 1 : s.from;
}

/** "Okafor:", "Here's Senator Ruth Oyelaran, who ...:", "Okafor on the bridge: '...'" at the start of a sentence. */
export function nameColon(s: Sentence, ctx: CueContext): Cue | null {
  const t = s.tokens;
  let k = afterTimestamp(s);
  let here = false;
  if (t[k]?.lower === 'here' && (t[k]!.poss || t[k + 1]?.lower === 'is')) {
    k += t[k]!.poss ? 1 : 2;
    here = true;
  }
  const m = [k, k + 1, k + 2, k + 3].map((i) => s.starts.get(i)).find((x) => x?.person);
  // "Trener Sikorskiej: …": a name in an oblique case is whose the role is; the role's holder speaks.
  if (!m || m.poss || m.oblique || (m.from > k && !here && !roleLead(s, k, m.from))) return null;
  const subject = clauseSubjectAt(s, m);
  const last = subject.type === 'person' ? subject.people[subject.people.length - 1]!.mention : m;
  // "Bartosz Zmarzlik (Motor Lublin): – …", "Sir Bill Cash (Con): …": a bracketed club or party.
  const close = t[last.to]?.text === '(' ? t.findIndex((x, i) => i > last.to && i <= last.to + 6 && x.text === ')') : -1;
  const end = close > 0 && t[close + 1]?.text === ':' ? close + 1 : last.to;
  const after = t[end];
  // In body text "Name:" also starts player ratings and glossaries, so it needs a quotation after
  // it, unless it is a headline or opens an embedded post.
  if (after?.text === ':') {
    // A dash opens the words as a quotation mark would ("Bartosz Zmarzlik: – Jestem zadowolony").
    const quoted = t[end + 1]?.kind === 'open' || DASH.test(t[end + 1]?.text ?? '') || (end + 1 >= s.to && ctx.quoteFollows);
    return quoted || ctx.headline || ctx.afterByline || firstPersonAfter(s, end + 1) ? { subject, at: end } : null;
  }
  for (let c = last.to; c < Math.min(s.to, last.to + 30); c++) {
    if (t[c]!.text !== ':') continue;
    // "Okafor on the bridge: “…”", "Maciej Janowski po meczu: – …": a short topic, then the words.
    const opens = t[c + 1]?.kind === 'open' || DASH.test(t[c + 1]?.text ?? '');
    const topic = (after?.lower === 'on' || s.L.preps.has(after?.lower ?? '')) && opens && c - last.to <= 5;
    return here || topic ? { subject, at: c } : null;
  }
  return null;
}

/** "Komendant straży Dariusz Wieczorek:": a role and its lower-case domain before the name. */
function roleLead(s: Sentence, from: number, to: number): boolean {
  const t = s.tokens;
  // Not a name after "of" ("Negoziatore di Shalit:"): that is the role's domain, not its holder.
  const plain = (x: Sentence['tokens'][number]) => x.kind === 'word' && !x.cap && !s.L.verb(x.lower) && !s.L.aux.has(x.lower) && !s.L.preps.has(x.lower) && !s.L.ofWords.has(x.lower);
  return s.L.isRole(t[from]!.lower) && t.slice(from + 1, to).every(plain);
}

/**
 * "Andrew Colvin: no, I don't believe we owe them an apology": the words after a name and colon speak
 * in the first person, so they are the person's own (transcripts, press conferences, Q&A), not a rating or a glossary line.
 */
function firstPersonAfter(s: Sentence, from: number): boolean {
  for (let k = from; k < s.to; k++) if (s.tokens[k]!.kind === 'word' && s.L.firstPerson.has(s.tokens[k]!.lower)) return true;
  return false;
}

function clauseSubjectAt(s: Sentence, m: Sentence['mentions'][number]): Subject {
  const t = s.tokens;
  if (s.L.conj.has(t[m.to]?.lower ?? '')) {
    const second = s.starts.get(m.to + 1);
    if (second?.person) {
      const first = m.tokens.length === 1 && second.tokens.length > 1 ? [m.tokens[0]!, ...second.tokens.slice(1)] : m.tokens;
      return { type: 'person', people: [{ mention: m, tokens: first }, { mention: second, tokens: second.tokens }] };
    }
  }
  return { type: 'person', people: [{ mention: m, tokens: m.tokens }] };
}

/** "Keir Starmer in his own words": a heading over the person's words. */
export function ownWords(s: Sentence): Cue | null {
  const t = s.tokens;
  const m = s.starts.get(s.from);
  const k = m?.to ?? -1;
  if (!m?.person || t[k]?.lower !== 'in' || !s.L.possDets.has(t[k + 1]?.lower ?? '') || t[k + 2]?.lower !== 'own' || t[k + 3]?.lower !== 'words') return null;
  return { subject: { type: 'person', people: [{ mention: m, tokens: m.tokens }] }, at: k + 3 };
}

/**
 * "Il primo ministro – si legge ancora – ha illustrato ...", "..., heißt es": a parenthetical
 * saying the sentence reports a document, whose clause subject is then the one speaking.
 */
export function readsAs(s: Sentence): Cue | null {
  const t = s.tokens;
  for (let v = s.from + 1; v < s.to; v++) {
    for (const words of s.L.readsAs.get(t[v]!.lower) ?? []) {
      if (!words.every((w, i) => t[v + i]?.lower === w)) continue;
      const before = t[v - 1]!;
      if (before.text !== ',' && !DASH.test(before.text)) continue;
      const subj = clauseSubject({ ...s, to: v - 1 });
      if (subj && !subj.ambiguous && subj.subject.type !== 'anon') return { subject: { type: 'clause' }, at: v };
    }
  }
  return null;
}

/** "Pour Julien Morel, « la réforme est nécessaire »": an opening "for X," and a quotation. */
export function forLead(s: Sentence): Cue | null {
  const t = s.tokens;
  if (!s.L.forLead.has(t[s.from]?.lower ?? '')) return null;
  // "Per il climatologo Luca Mercalli,": an article and a description may come first.
  let k = s.from + 1;
  while (k < s.from + 4 && t[k]?.kind === 'word' && !t[k]!.cap && !s.L.verb(t[k]!.lower) && !s.starts.get(k)) k++;
  // "Para el alcalde, Juan Ortiz, «…»", "Per il presidente della Regione, Luca Fabbri,": a role (and
  // its domain) first, its holder between commas.
  if (!s.starts.get(k)?.person) {
    let c = k;
    while (c < s.from + 9 && t[c]?.kind === 'word' && !s.L.verb(t[c]!.lower)) c++;
    if (t[c]?.text === ',' && t.slice(s.from + 1, c).some((x) => s.L.isRole(x.lower))) k = c + 1;
  }
  const m = s.starts.get(k);
  if (!m?.person || m.poss || t[m.to]?.text !== ',') return null;
  // The quotation follows the comma, or an appositive ("Pour X, présidente de Y, « … »").
  let c = m.to;
  for (let i = m.to + 1; i < Math.min(s.to, m.to + 12) && c === m.to; i++) if (t[i]!.text === ',') c = i;
  // Or later in the clause: "Pour le climatologue X, ces tempêtes « vont se multiplier »".
  const quoted = [m.to + 1, m.to + 2, c + 1, c + 2].some((i) => t[i]?.kind === 'open') || t.slice(m.to + 1, s.to).some((x) => x.kind === 'open');
  return quoted || judgementAfter(s, c) ? { subject: { type: 'person', people: [{ mention: m, tokens: m.tokens }] }, at: m.to, oblique: true } : null;
}

/** Quote-first attribution: "“We will win.” – Okafor" (a dash and a name after a quotation). */
export function dashAfterQuote(s: Sentence): Cue | null {
  const t = s.tokens;
  for (let k = s.from + 1; k < s.to - 1; k++) {
    if (t[k - 1]!.kind !== 'close' || !DASH.test(t[k]!.text)) continue;
    const m = s.starts.get(k + 1);
    const end = m ? t[m.to] : undefined;
    if (m?.person && !m.poss && (!end || end.kind === 'punct')) return { subject: { type: 'person', people: [{ mention: m, tokens: m.tokens }] }, at: k };
  }
  return null;
}

/**
 * "according to Yusuf Demir", "secondo il ministro X", "laut Scholz", "według premiera" at `v`
 * (or "according to officials": anonymous); "Scholz zufolge" ends at `v`.
 */
export function accordingTo(s: Sentence, v: number): Cue | null {
  const t = s.tokens;
  const lower = t[v]!.lower;
  // "Jego zdaniem", "selon lui": the person named before.
  for (const words of s.L.accordingPronoun.get(lower) ?? []) {
    if (words.every((w, i) => t[v + i]?.lower === w)) return { subject: { type: 'pronoun', at: v }, at: v + words.length - 1 };
  }
  for (const words of s.L.according.get(lower) ?? []) {
    if (!words.every((w, i) => t[v + i]?.lower === w)) continue;
    const k = v + words.length - 1;
    const right = rightSubject(s, k, true);
    return right ? { subject: right, at: k, oblique: true } : null;
  }
  if (s.L.accordingAfter.has(lower)) {
    const m = s.ends.get(v - 1);
    if (m?.person && !m.poss) return { subject: { type: 'person', people: [{ mention: m, tokens: m.tokens }] }, at: v, oblique: true };
  }
  return null;
}

/** "He went on: “...”", "The 72-year-old, a retired nurse: “...”": a subject, a short or plain predicate (plain-predicate.ts), a colon into a quotation. */
export function colonLead(s: Sentence, ctx: CueContext): Cue | null {
  const t = s.tokens;
  for (let c = s.from; c < s.to; c++) {
    if (t[c]!.text !== ':' || t[c]!.quoted) continue;
    const intoQuote = t[c + 1]?.kind === 'open' || (c + 1 >= s.to && ctx.quoteFollows) || (!!ctx.unmarked && c + 1 < s.to);
    if (!intoQuote) return null;
    const subj = invertedReport(t, s.from, s.to, s.L) ? null : clauseSubject({ ...s, to: c });
    if (subj && !subj.ambiguous && subj.subject.type === 'person' && describesOnly(s, subj.end, c)) return { subject: subj.subject, at: c };
    // "Mihir Rao, founder of Sun Capital, has a good take:": the appositive, then a short predicate.
    const close = subj && !subj.ambiguous && subj.subject.type === 'person' ? appositiveEnd(s, subj.end, c) : -1;
    if (close > 0 && c - close <= 6) return { subject: subj!.subject, at: c };
    if (!subj || subj.ambiguous || (c - subj.end > 5 && !plainPredicate(s, subj.end, c))) {
      // A role description leads the clause: "The 72-year-old, a retired nurse:".
      const first = t[s.from];
      if (first?.lower === 'the') {
        const head = t.slice(s.from + 1, Math.min(c, s.from + 4)).find((x) => x.kind === 'num' || !x.cap);
        if (head && /year-old$/.test(head.lower)) return { subject: { type: 'role', head: 'year-old', indefinite: false }, at: c };
      }
      return null;
    }
    return { subject: subj.subject, at: c };
  }
  return null;
}

/** The comma closing an appositive that opens at `from` ("X, chief economist at Y,"), before `colon`, or -1. */
function appositiveEnd(s: Sentence, from: number, colon: number): number {
  if (s.tokens[from]?.text !== ',') return -1;
  const t = s.tokens;
  for (let k = from + 1; k < colon && k < from + 14; k++) {
    const x = t[k]!;
    if (x.text === ',') return k > from + 1 ? k : -1;
    if (x.kind !== 'word' || x.quoted) return -1;
    // "chief executive and founder of Y" joins roles; "and Tom Reyes" would join another subject.
    if (s.L.conj.has(x.lower) && !t[k + 1]?.cap) continue;
    if (s.L.verb(x.lower) || s.L.aux.has(x.lower) || s.L.pronouns.has(x.lower) || s.L.conj.has(x.lower) || s.L.clauseStart.has(x.lower)) return -1;
  }
  return -1;
}

/** "Brian Scott, Unite officer for the Royal Mail:": only an appositive between the name and the colon, no verb. */
function describesOnly(s: Sentence, from: number, colon: number): boolean {
  const t = s.tokens;
  if (t[from]?.text !== ',' || colon - from > 14) return false;
  for (let k = from + 1; k < colon; k++) {
    const x = t[k]!;
    if (x.kind !== 'word' && x.text !== ',') return false;
    // "ingegnera di Avio e responsabile della missione": "and" may join a second role.
    const secondRole = s.L.conj.has(x.lower) && (s.L.isRole(t[k + 1]?.lower ?? '') || s.L.occupations.has(t[k + 1]?.lower ?? ''));
    if (x.kind === 'word' && !secondRole && (s.L.verb(x.lower) || s.L.aux.has(x.lower) || s.L.pronouns.has(x.lower) || s.L.conj.has(x.lower) || s.L.clauseStart.has(x.lower))) return false;
  }
  return true;
}
