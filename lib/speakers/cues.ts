/**
 * Speech cues in one sentence: reporting verbs with their subjects, and the cues without a verb
 * (leads.ts), in text order.
 */
import type { VerbInfo } from './lang';
import { DASH, colonOrOpen, within, type Cue, type CueContext } from './cue';
import { rightSubject } from './inverted';
import { accordingTo, dashAfterQuote, forLead, nameColon, ownWords, readsAs } from './leads';
import { nounCues } from './speech-nouns';
import { quotedPerson } from './quoting';
import { subjectLeftOut, talkPartner } from './free-order';
import { withColonLead } from './colon-after-name';
import { objectAfter } from './object-after';
import { inNominative, neuterPast } from './inflection-pl';
import { afterAdverbs, bareClause, callsItSo, listenerThenThat, prepThenClause } from './complements';
import { BLOCKED, COORDINATED, leftSubject, personSubject, type Sentence, type Subject } from './subjects';
import { reportsNoContent } from './no-content';

export type { Cue, CueContext } from './cue';

/** Whether the words after the verb show it reports speech here. */
function complementOk(s: Sentence, v: number, info: VerbInfo, ctx: CueContext): boolean {
  const t = s.tokens;
  const next = t[v + 1];
  const atEnd = !next || v + 1 >= s.to || next.text === '.';
  const colonSoon = (n: number) => within(t, v + 1, s.to, n, colonOrOpen) || (atEnd && ctx.quoteFollows);
  if ((info.lemma === 'deny' || info.lemma === 'admit') && within(t, v + 1, s.to, 5, (x) => s.L.legal.has(x.lower))) return false;
  // German separable verbs report speech only with their particle: "teilte ... mit".
  if (info.particle && !within(t, v + 1, s.to, 40, (x) => x.lower === info.particle)) return false;
  switch (info.cls) {
    case 'strong':
    case 'inverted':
      return !reportsNoContent(s, v, ctx.quoteFollows);
    case 'semi':
      if (!next) return ctx.quoteFollows;
      if (s.L.clauseStart.has(next.lower) || next.text === ':' || next.kind === 'open' || commaClause(s, v, info) || prepThenClause(s, v) || afterAdverbs(s, v)) return true;
      if (next.lower === 'on' && s.L.platforms.has(t[v + 2]?.lower ?? '')) return true;
      // "confirmed the talks would resume", "assured MPs that the plan was safe".
      if (bareClause(s, v + 1) || listenerThenThat(s, v + 1)) return true;
      // "a reconnu des « erreurs »": the person's own words quoted right after the verb.
      return within(t, v + 1, s.to, 8, (x) => x.text === ':') || within(t, v + 1, s.to, 3, (x) => x.kind === 'open') || (atEnd && ctx.quoteFollows);
    case 'weak':
      return s.L.complementizers.has(next?.lower ?? '') || colonSoon(3) || commaClause(s, v, info, true) || prepThenClause(s, v);
    case 'call':
      return next?.lower === 'for' || within(t, v + 1, s.to, 12, (x) => x.kind === 'open' || x.quoted) || callsPersonA(s, v) || callsItSo(s, v);
    case 'speak':
      return !info.participle && (within(t, v + 1, s.to, 4, (x) => s.L.topicPreps.has(x.lower)) || within(t, v + 1, s.to, 8, colonOrOpen));
    case 'issue':
      // "ha pubblicato su Instagram una foto: «…»": on a platform, into the words posted.
      return within(t, v + 1, s.to, 5, (x) => s.L.issued.has(x.lower)) || (within(t, v + 1, s.to, 3, (x) => s.L.platforms.has(x.lower)) && colonSoon(14));
    case 'press':
      // "presses the home secretary on police numbers": someone, then the topic.
      if (!next || !(next.cap || (s.L.dets.has(next.lower) && within(t, v + 2, s.to, 3, (x) => s.L.isRole(x.lower))))) return false;
      return within(t, v + 2, s.to, 8, (x) => s.L.pressPreps.has(x.lower));
    case 'tribute':
      return within(t, v + 1, s.to, 4, (x) => s.L.tributes.has(x.lower));
    case 'address': {
      // "thanks the jury", "congratulating Madrid for …": whom the words address, then what for; not
      // "thanks to the rain", "thanked the crowd with a wave", nor one act among others ("visited … and thanked staff");
      // the base form is the words themselves ("George, thank you for …"), not a report of them.
      if (info.base) return false;
      const prep = t.slice(v + 2, s.to).find((x) => s.L.preps.has(x.lower) && !s.L.conj.has(x.lower));
      const what = !prep || s.L.ofWords.has(prep.lower) || s.L.pressPreps.has(prep.lower);
      return !atEnd && next!.kind === 'word' && !s.L.preps.has(next!.lower) && !s.L.conj.has(t[v - 1]?.lower ?? '') && what;
    }
  }
}

/** "calls Ali a champion", "called Johnson a liar" (not "called Johnson a day later"). */
function callsPersonA(s: Sentence, v: number): boolean {
  const m = s.starts.get(v + 1);
  const art = s.tokens[m?.to ?? -1]?.lower ?? '';
  // An indefinite article that is no numeral ("a", not "one evening").
  if (!m?.person || m.poss || m.to + 1 >= s.to || !s.L.indefinite.has(art) || !s.L.nounDets.has(art)) return false;
  return !s.L.adverbs.has(s.tokens[m.to + 2]?.lower ?? '');
}

/**
 * A comma (after a separable particle, if any) opening the reported clause: "przyznał, że ...",
 * "bestätigte, dass ...", and in German, where the comma marks every reported clause, "kündigte
 * an, den Angriff fortzusetzen" (`strict`: a complementizer must follow the comma).
 */
function commaClause(s: Sentence, v: number, info: VerbInfo, strict = false): boolean {
  let k = v + 1;
  // "bestätigte auf Nachfrage, dass", "kündigte am Montag an, …": a short phrase of time or manner first.
  if (!strict && s.L.verbFinal) while (k < v + 4 && s.tokens[k]?.kind === 'word' && s.tokens[k]!.lower !== info.particle && !s.L.verb(s.tokens[k]!.lower)) k++;
  if (s.tokens[k]?.text !== ',' && (info.particle ? s.tokens[k]?.lower !== info.particle : true)) k = v + 1;
  if (info.particle && s.tokens[k]?.lower === info.particle) k++;
  if (s.tokens[k]?.text !== ',' || k + 1 >= s.to) return false;
  const after = s.tokens[k + 1]!;
  return s.L.complementizers.has(after.lower) || (!strict && (s.L.clauseStart.has(after.lower) || s.L.verbFinal));
}

/** "In the Evening Herald, Tom Ellery writes" / "writes in the Post". */
function inPublication(s: Sentence, v: number): boolean {
  return s.mentions.some((m) => {
    if (m.person || (m.from < v - 16 || m.from > v + 4)) return false;
    const i = s.tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
    return s.tokens[i]?.lower === 'in' && s.L.publications.has(s.tokens[m.to - 1]!.lower);
  });
}

const PHRASE_VERB: VerbInfo = { lemma: 'phrase', cls: 'strong', participle: false, base: false, past: false };

/** The length of a reporting phrase of the language starting at `v`, or 0. */
function phraseAt(s: Sentence, v: number): number {
  const t = s.tokens;
  for (const words of s.L.verbPhrases.get(t[v]!.lower) ?? []) if (words.every((w, i) => t[v + i]?.lower === w && v + i < s.to)) return words.length;
  return 0;
}

/** The cue of the reporting verb at `v` (a phrase of `len` words), if it is one. */
function verbCue(s: Sentence, v: number, info: VerbInfo, ctx: CueContext, len = 1): Cue | null {
  if (len > 1) {
    // The phrase reads as one verb: its subject on the left of its first word, or after its last
    // where subjects follow the verb ("Lo ha fatto sapere il portavoce X").
    const left = leftSubject(s, v, within(s.tokens, v + len, s.to, 8, colonOrOpen) || ctx.quoteFollows);
    if (left === BLOCKED) return null;
    const right = s.L.inversion && (left === COORDINATED || left?.type !== 'person') ? rightSubject(s, v + len - 1) : null;
    if (right && right.type !== 'anon') return { subject: right, at: v };
    if (!left) return right ? { subject: right, at: v } : null;
    return left === COORDINATED ? { subject: { type: 'clause' }, at: v } : { subject: left, at: v };
  }
  const t = s.tokens;
  // A passive's agent speaks: "criticised by X", "come annunciato dal capo di stato maggiore X".
  const by = s.L.agentPreps.has(t[v + 1]?.lower ?? '') || !s.L.fillers.has(t[v + 1]?.lower ?? '') ? v + 1 : v + 2;
  // "condolences sent by X", "a message sent by X"; not "a proverb sent by X" (a thing passed on).
  const sent = info.cls !== 'tribute' || [t[v - 1], t[v - 2]].some((x) => !!x && (s.L.tributes.has(x.lower) || s.L.issued.has(x.lower) || s.L.speechNouns.has(x.lower)));
  if (info.past && sent && s.L.agentPreps.has(t[by]?.lower ?? '')) {
    const agent = rightSubject(s, by, true);
    if (agent?.type === 'person') return { subject: agent, at: v, oblique: true };
  }
  const partner = info.cls === 'speak' ? talkPartner(s, v) : undefined;
  if (partner !== undefined) return partner ? { subject: personSubject(s, partner), at: v } : null;
  let p = v - 1;
  while (p > s.from && s.L.adverbs.has(t[p]!.lower)) p--;
  if (p >= s.from && s.L.passiveAux.has(t[p]!.lower)) {
    if (info.past && !info.participle) return null; // "was told", "has been criticised"
    if (info.participle && !within(t, v + 1, s.to, 3, (x) => s.L.complementizers.has(x.lower) || colonOrOpen(x))) return null; // "is speaking to media now"
  }
  // An auxiliary may stand between the quotation and the verb: `"…" ha commentato X`, `« … », a reconnu X`.
  let a = v - 1;
  // Where subjects are left out, a clitic may too: `«…», nos contó`, `"…", ci ha detto`.
  // So may an object pronoun before a verb that carries its subject: `« … », nous a-t-elle confié`, `se félicite-t-il`.
  const carried = info.clitic || (s.L.aux.has(t[v - 1]?.lower ?? '') && s.L.pronouns.has(t[v - 1]?.lower ?? ''));
  while (a > s.from && (s.L.aux.has(t[a]!.lower) || ((s.L.proDrop || carried) && s.L.fillers.has(t[a]!.lower))) && a > v - 3) a--;
  const prev = t[a];
  // After a closing quotation mark the quotation is the verb's complement: "'I was wrong,' admits X".
  // Where subjects follow the verb, a dash after a statement attributes it like a quotation
  // ("Most pozostanie zamknięty – poinformował burmistrz X").
  const dashed = DASH.test(prev?.text ?? '') && s.L.inversion && a > s.from + 2;
  // An incise closing the sentence attributes what precedes it: "…, a annoncé la présidente X."
  const incise = s.L.inversion && prev?.text === ',' && a > s.from + 2 && !info.participle && closesSentence(s, rightSubject(s, v), info);
  const afterQuote = prev?.kind === 'close' || ((prev?.text === ',' || DASH.test(prev?.text ?? '')) && t[a - 1]?.kind === 'close') || dashed || incise;
  // "« … », estime-t-il": the pronoun joined to the verb is its subject.
  if (info.clitic) return afterQuote || prev?.text === ',' ? { subject: { type: 'pronoun', at: v }, at: v } : null;
  // "X, known as …", "X, believed to be …": a participle describing the person, no thought reported.
  if (info.cls === 'weak' && info.past && t[v - 1]?.text === ',' && !afterQuote && s.L.preps.has(t[v + 1]?.lower ?? '')) return null;
  if (!afterQuote && !complementOk(s, v, info, ctx)) return null;
  const colonAfter = within(t, v + 1, s.to, 8, colonOrOpen) || ctx.quoteFollows;
  // Quotation first, then the verb: `“…,” said Rose`, `"…" – powiedział premier`, `…, so Scholz`.
  const inverted = !info.participle && prev !== undefined && a >= s.from && v > s.from && (prev.text === ',' || prev.kind === 'close' || DASH.test(prev.text));
  // Languages that put the subject after the verb anywhere: "Lo ha detto il ministro ...".
  // "Er fügte hinzu, …": the particle right after the verb closes it; no subject follows.
  const closed = !!info.particle && t[v + 1]?.lower === info.particle;
  const right = !closed && (inverted || (s.L.inversion && !info.participle)) ? rightSubject(s, v) : null;
  if (info.cls === 'inverted') return inverted && right?.type === 'person' ? { subject: right, at: v } : null;
  // After a bare comma (no quotation before it), a person on the left is the subject: "Joe Delaney,
  // who was evacuated, says Sir Martin “took a stumble”" (Sir Martin is the reported clause's).
  if (inverted && right && right.type !== 'anon' && prev?.text === ',' && t[a - 1]?.kind !== 'close' && !s.L.inversion) {
    const left = leftSubject(s, v, colonAfter);
    if (left && left !== BLOCKED && left !== COORDINATED && left.type === 'person') return { subject: left, at: v };
  }
  if (inverted && right && right.type !== 'anon') return { subject: right, at: v };
  // German participles close their clause: the subject stands after the auxiliary.
  const late = s.L.verbFinal && info.past ? verbFinalSubject(s, v) : null;
  if (late) return { subject: late, at: v };
  const left = leftSubject(s, v, colonAfter);
  if (left === BLOCKED) return null;
  // "… e ha assicurato il pieno sostegno": after "and", a phrase after the verb is its object
  // unless it names someone.
  if (left === COORDINATED) return right && right.type !== 'anon' ? { subject: right, at: v } : { subject: { type: 'clause' }, at: v, coordinated: true };
  // "Po naradzie powiedziała, że …": a left-out subject is the person the entry just named.
  // An unnamed subject after the verb is no left-out one ("«…», cuenta un comerciante").
  const unnamed = right?.type === 'anon' && (s.L.dets.has(t[v + 1]?.lower ?? '') || s.L.indefinite.has(t[v + 1]?.lower ?? ''));
  if (!info.participle && (!right || (right.type === 'anon' && !unnamed)) && subjectLeftOut(s, v)) return { subject: { type: 'pronoun', at: v }, at: v };
  // "El candidato ha prometido una ley": an unnamed phrase after the verb is its object when a role
  // or a pronoun stands before it.
  if (right && left?.type !== 'person' && !(right.type === 'anon' && left && left.type !== 'anon') && !objectAfter(s, v, right)) return { subject: right, at: v };
  // "Clegg says what Lord West said ... was ill-informed": speech as an object, no words of its own.
  if (left?.type === 'person' && s.L.whatWords.has(t[left.people[0]!.mention.from - 1]?.lower ?? '') && !colonAfter) return null;
  // "Broken promises", "Sunak responds": a sentence of subject and verb alone reports no words.
  const bare = (!t[v + 1] || v + 1 >= s.to || t[v + 1]!.text === '.') && !ctx.quoteFollows;
  if (bare && left?.type === 'person' && left.people[0]!.mention.from === s.from) return null;
  if (left && left.type !== 'anon') return { subject: left, at: v, journalist: info.lemma === 'write' && inPublication(s, v) };
  const named = nameAfterQuote(s, v);
  if (named) return { subject: named, at: v };
  if (left) return { subject: left, at: v };
  if (info.participle && prev?.text === ',') return { subject: { type: 'clause' }, at: v };
  return null;
}

/**
 * A named or pronoun subject that ends its sentence ("…, a annoncé la présidente Catherine Moreau.",
 * "…, fügte sie hinzu."), with the verb's separable particle after it.
 */
function closesSentence(s: Sentence, subject: Subject | null, info: VerbInfo): boolean {
  if (subject?.type !== 'person' && subject?.type !== 'pronoun') return false;
  let end = subject.type === 'pronoun' ? subject.at + 1 : subject.people[subject.people.length - 1]!.mention.to;
  if (info.particle && s.tokens[end]?.lower === info.particle) end++;
  return end >= s.to || /^[.!?…]$/.test(s.tokens[end]!.text);
}

/**
 * "“…,” Francesco Maresca, the lawyer for the family has said": a quotation, then the name that
 * opens the clause of the verb, with only a description (no other verb) between them.
 */
function nameAfterQuote(s: Sentence, v: number): Subject | null {
  const t = s.tokens;
  for (let k = v - 1; k > s.from && k > v - 16; k--) {
    const x = t[k]!;
    if (x.kind === 'close' || x.kind === 'open' || x.text === ';' || x.text === ':') return null;
    if (x.kind === 'word' && s.L.verb(x.lower) && !s.L.aux.has(x.lower)) return null;
    const m = s.starts.get(k);
    if (!m?.person || m.poss) continue;
    const before = t[k - 1]?.text === ',' ? t[k - 2] : t[k - 1];
    return before?.kind === 'close' ? personSubject(s, m) : null;
  }
  return null;
}

/** German verb-final clauses: "Das habe der CIA-Direktor Bill Burns … gesagt": the subject follows the auxiliary. */
function verbFinalSubject(s: Sentence, v: number): Subject | null {
  for (let a = v - 1; a >= Math.max(s.from, v - 30); a--) {
    const tk = s.tokens[a]!;
    if (tk.text === ',' || tk.text === ';' || tk.kind === 'close') return null;
    if (!s.L.aux.has(tk.lower)) continue;
    // "Dazu hat sich X bisher nicht geäußert": a negation before the participle reports no words.
    for (let k = a + 1; k < v; k++) if (s.L.blockers.has(s.tokens[k]!.lower) && !s.L.preps.has(s.tokens[k]!.lower)) return null;
    const subject = rightSubject(s, a, true);
    if (subject?.type === 'person') return subject;
    // "Friedrich Merz hat die Kritik zurückgewiesen": the subject before the auxiliary.
    const left = leftSubject(s, a, false);
    return left && left !== BLOCKED && left !== COORDINATED && left.type === 'person' ? left : null;
  }
  return null;
}

/** All cues of one sentence, in text order. */
export function sentenceCues(s: Sentence, ctx: CueContext): Cue[] {
  const t = s.tokens;
  const out: Cue[] = [];
  const lead = nameColon(s, ctx) ?? (ctx.headline ? ownWords(s) : null) ?? forLead(s) ?? readsAs(s);
  if (lead) out.push(lead);
  for (let v = s.from; v < s.to; v++) {
    const tk = t[v]!;
    if (tk.kind !== 'word') continue;
    if (s.L.according.has(tk.lower) || s.L.accordingAfter.has(tk.lower) || s.L.accordingPronoun.has(tk.lower)) {
      const c = accordingTo(s, v);
      // "Według tych danych Anna Nowak zdobyła": the genitive's one-word "według" before a nominative name names no source.
      if (c && !(c.at === v && c.subject.type === 'person' && inNominative(c.subject.people[0]!.tokens, s.L.declension))) {
        out.push(c);
        continue;
      }
    }
    // "made it clear that", "wants to know whether", "ha fatto sapere": a phrase that reports speech.
    const phrase = phraseAt(s, v);
    if (phrase) {
      const c = verbCue(s, v, PHRASE_VERB, ctx, phrase);
      if (c) out.push(c);
      v += phrase - 1;
      continue;
    }
    // "quoted him saying", "quoting X:": the object speaks.
    if (s.L.quoteVerbs.has(tk.lower)) {
      const c = quotedPerson(s, v);
      if (c) out.push(c);
      continue;
    }
    const info = s.L.verb(tk.lower);
    if (!info || (tk.cap && v === s.from && !(s.L.proDrop && !info.participle))) continue; // "Asked about ..., X said": an opening participle
    // "a tweet", "the claim", "his comments": after a determiner a verb form is a noun.
    // Where every noun is capitalised a lower-case form is the verb ("Das sagte X").
    if (s.L.nounDets.has(t[v - 1]?.lower ?? '') && !(s.L.capitalNouns && !tk.cap)) continue;
    // "member states are", "his comments were": a plural noun, not a verb.
    if (tk.lower.endsWith('s') && s.L.nounNext.has(t[v + 1]?.lower ?? '')) continue;
    const c = verbCue(s, v, info, ctx);
    if (c && !neuterPast(tk.text, s.L.declension)) out.push(c);
  }
  out.push(...nounCues(s, ctx.quoteFollows));
  const dash = dashAfterQuote(s);
  if (dash) out.push(dash);
  return withColonLead(out, s, ctx).sort((a, b) => a.at - b.at);
}

