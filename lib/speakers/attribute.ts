/**
 * One entry, read in order: finds its cues, resolves pronouns and role descriptions against the
 * people seen so far in the entry, and attributes quotations. Names stay raw here (entry-local
 * fullest form); the blog-level table turns them into canonical names.
 */
import type { Paragraph } from '../types';
import { tokenize, type TokenizedParagraph } from './tokens';
import { toldMe, type Mention } from './told-me';
import { nameKey } from './keys';
import { introducedByRole, opensWithSource, relaysOthers, tweetAuthor } from './posts';
import type { Lang } from './lang';
import { sentenceCues, type Cue } from './cues';
import { makeSentence, type Sentence } from './subjects';
import { appositive, clauseSubject, laterClauseSubject, selfPronoun } from './clauses';
import { createResolver, type Person } from './resolve';
import { journalistsOf } from './journalists';
import { interviewee } from './qa';
import { genderClash, groupGenitive } from './inflection-pl';
import { sexOfPronoun } from './sex';
import { previous, pronounSubject } from './pronoun-subject';
import type { EntryAnalysis, QuoteSpan, RawName, SpeakerEntryInput } from './model';

export type { EntryAnalysis, QuoteSpan, RawName, SpeakerEntryInput } from './model';

interface Para {
  L: Lang;
  index: number;
  kind: Paragraph['kind'];
  tp: TokenizedParagraph;
  sentences: Sentence[];
}

/** A cue of a paragraph after resolution: token position and person (null: nobody named). */
interface ResolvedCue {
  at: number;
  person: Person | null;
}

// One-word quotations are scare quotes ("terrible"), not something to keep.
const MIN_QUOTE_WORDS = 2;
// Two or three words, and four with an article ("a coalition of jets").
const SCARE_MAX_WORDS = 4;

function readParagraphs(input: SpeakerEntryInput, L: Lang): Para[] {
  const raw: Array<{ kind: Paragraph['kind']; text: string }> = [{ kind: 'h', text: input.title }, ...input.paragraphs];
  const out: Para[] = [];
  raw.forEach((p, i) => {
    if (typeof p.text !== 'string' || !p.text.trim()) return;
    const tp = tokenize(p.text, L.abbrev, L.elisions, L.capitalNouns);
    const sentences = tp.sentences.map(([from, to]) => makeSentence(tp.tokens, from, to, L));
    out.push({ L, index: i - 1, kind: p.kind, tp, sentences });
  });
  return out;
}

// An entry with almost none of the language's frequent words is in another language (a quoted
// post, a mixed page), where these rules would find nonsense.
function inLanguage(paras: readonly Para[], L: Lang): boolean {
  let words = 0;
  let common = 0;
  for (const p of paras) {
    for (const t of p.tp.tokens) {
      if (t.kind !== 'word') continue;
      words++;
      if (L.common.has(t.lower)) common++;
    }
  }
  return words < 30 || common / words >= 0.06;
}

/**
 * Whether the entry's next quotation mark after paragraph `pi` closes a quotation that no mark
 * opened ("Brian Scott, Unite officer: this is a cause ... in the coming days.”"): the words
 * after a colon lead then are a quotation whose opening mark was lost.
 */
function unmarkedQuoteAfter(paras: readonly Para[], pi: number): boolean {
  for (let k = pi; k < Math.min(paras.length, pi + 8); k++) {
    const t = paras[k]!.tp.tokens;
    const mark = t.find((x) => x.kind === 'open' || x.kind === 'close');
    if (mark) return mark.kind === 'close' && (t[0]?.quoted ?? false);
  }
  return false;
}

/** A paragraph that is a quotation by itself: a blockquote, or text opening with a quotation mark. */
function isQuoteParagraph(p: Para | undefined): boolean {
  return !!p && (p.kind === 'blockquote' || p.tp.tokens[0]?.kind === 'open' || (p.tp.tokens[0]?.quoted ?? false));
}

/** A verb of the clause between its subject (ending at `from`) and token `to`. */
function hasPredicate(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k]!;
    if (t.kind === 'word' && !t.quoted && (s.L.aux.has(t.lower) || s.L.verb(t.lower))) return true;
  }
  return false;
}

/** Reads one entry: speakers, quotations, names and places, with names still entry-local. */
export function analyseEntry(input: SpeakerEntryInput, L: Lang): EntryAnalysis {
  const read = readParagraphs(input, L);
  const paras = inLanguage(read, L) ? read : [];
  const allMentions: Mention[] = paras.flatMap((p) => p.sentences.flatMap((s) => s.mentions));
  const places = new Set<string>();
  for (const p of paras) {
    const t = p.tp.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      // Not inside a quotation, where "à"/"a" is as often the dative of a person ("prendre du temps à Sven").
      if (!L.locative.has(t[i]!.lower) || !t[i + 1]!.cap || t[i + 1]!.poss || t[i + 1]!.quoted || t[i + 2]?.cap) continue;
      places.add(nameKey([t[i + 1]!.text], L.nameEndings));
    }
  }
  // "mieszkanka Mikołowa": one word after a resident noun is a town, not a person the next "powiedziała" could mean;
  // so is a known city or a group in the genitive after a role ("Prezydent Warszawy", "Trener Szwedów"), where names inflect.
  const resident = (m: Mention) => m.from === m.nameFrom && L.occupations.has(m.titleWord ?? '') && L.locative.has(m.titleWord ?? '');
  const town = (m: Mention) => L.nominative.length > 0 && L.isRole(m.titleWord ?? '') && (L.placeKeys.has(nameKey(m.tokens, L.nameEndings)) || groupGenitive(m.tokens[0]!));
  for (const m of allMentions) if (m.person && m.tokens.length === 1 && (resident(m) || town(m))) { m.person = false; m.tokens = []; }
  // Where every noun is capitalised, "die Fähre" or "am Montag" is no name.
  const noun = (m: Mention, t: TokenizedParagraph) => L.capitalNouns && m.tokens.length === 1 && !m.titled && (m.oblique || L.dets.has(t.tokens[m.from - 1]?.lower ?? ''));
  const namesNobody = !paras.some((p) => p.sentences.some((s) => s.mentions.some((m) => m.person && !noun(m, p.tp))));
  const res = createResolver(allMentions, L.nameEndings, L.anonRoles, L);
  const speakers = new Map<string, RawName>();
  const quotes: EntryAnalysis['quotes'] = [];
  const journalists: RawName[] = [];
  const addSpeaker = (p: Person) => {
    if (p.journalist) journalists.push(p.name);
    else if (!speakers.has(p.key)) speakers.set(p.key, p.name);
  };
  let lastQuoteSpeaker: Person | null = null;
  let pendingQuotes: QuoteSpan[] = []; // blockquotes waiting for an embedded post's byline below them

  paras.forEach((para, pi) => {
    res.headline(pi === 0 && input.title.trim().length > 0);
    const continuation = lastQuoteSpeaker;
    const resolved: ResolvedCue[] = [];
    const quoteFollows = isQuoteParagraph(paras[pi + 1]);
    const unmarked = unmarkedQuoteAfter(paras, pi);
    const cuesBySentence = para.sentences.map((s, si) => {
      const prev = para.sentences[si - 1];
      return sentenceCues(s, {
        quoteFollows: quoteFollows && si === para.sentences.length - 1,
        headline: para.index < 0,
        afterByline: !!prev && s.tokens[prev.to - 2]?.kind === 'handle',
        unmarked,
      });
    });
    para.sentences.forEach((s, si) => {
      res.see(s.mentions);
      journalists.push(...journalistsOf(s));
      for (const m of toldMe(s)) addSpeaker(res.person(m.tokens, m.titled, m.journalist, m)); // who told the speaker speaks too
      const tweet = tweetAuthor(s, res.people);
      // The sentence's own subject comes before a pronoun cue that follows its predicate
      // ("Carole Langley, 65, believes ..., she said"), not one inside it ("Peres, he said, was").
      const subj = clauseSubject(s);
      const cues = cuesBySentence[si]!;
      const early = !!subj && !!cues.length && (subj.subject.type === 'role' ? subj.end < cues[0]!.at : hasPredicate(s, subj.end, cues[0]!.at)); // a role's verb is its end
      const learnSubject = () => subj && res.learnSubject(subj.subject, subj.ambiguous, appositive(s, subj.subject));
      if (early) learnSubject();
      let sentencePerson: Person | null | undefined;
      for (const cue of cuesBySentence[si]!) {
        let people = resolveCue(cue, res, sentencePerson, s);
        // "He added that ..." with nobody named in the entry: the speaker of the entry before it.
        const pronounAt = pronounSubject(cue, s);
        if (namesNobody && people?.length === 1 && !people[0] && pronounAt !== null) people = [previous(sexOfPronoun(s.tokens, pronounAt, L))];
        // "Ewa Pawlak …. – … – powiedział": a verb of the other gender points to someone else.
        if (people?.length === 1 && people[0] && pronounAt !== null && genderClash(s.tokens[cue.at]!.text, people[0].name.tokens, L.declension)) people = [null];
        if (people === undefined) continue;
        for (const p of people) if (p) addSpeaker(p);
        const last = people.length ? people[people.length - 1]! : null;
        res.cued(last);
        sentencePerson = last;
        lastQuoteSpeaker = last;
        resolved.push({ at: cue.at, person: last });
      }
      if (!early) learnSubject();
      const later = laterClauseSubject(s);
      if (later) res.learnSubject(later, false);
      if (tweet) {
        // The post's author, unless the post relays someone else's words (a reporter's post).
        const relays = relaysOthers(para.sentences.slice(si + 1), cuesBySentence.slice(si + 1)) || opensWithSource(para.sentences[si + 1]);
        const person = res.person(tweet.name.tokens, true, tweet.journalist);
        if (relays && !person.journalist && !introducedByRole(allMentions, tweet.name.tokens, L)) return;
        addSpeaker(person);
        res.cued(person);
        lastQuoteSpeaker = person;
        for (const q of pendingQuotes) quotes.push({ ...q, speaker: person.name });
        pendingQuotes = [];
        resolved.push({ at: s.to, person });
      }
    });
    collectQuotes(para, resolved, continuation, (span, person) => {
      if (person) quotes.push({ ...span, speaker: person.name });
      else if (para.kind === 'blockquote') pendingQuotes.push(span);
    });
    if (para.kind !== 'blockquote') pendingQuotes = [];
  });

  const answers = interviewee(paras, L);
  if (answers) addSpeaker(res.person(answers.tokens, answers.titled, false, answers));

  return {
    id: input.id,
    author: input.author,
    speakers: [...speakers.values()],
    quotes,
    names: res.fullNames(),
    journalists: [...journalists, ...res.journalists()],
    places: [...places],
    things: allMentions.flatMap((m) => (m.thing ? [m.thing] : [])),
  };
}

/**
 * The people a cue names: a participle (", adding") hangs on the sentence's previous cue or its
 * subject; undefined when there is nobody to hang it on.
 */
function resolveCue(cue: Cue, res: ReturnType<typeof createResolver>, sentencePerson: Person | null | undefined, s: Sentence): Array<Person | null> | undefined {
  const subj = cue.subject;
  if (subj.type === 'clause') {
    // "X ends his statement criticising … and says": the clause's named subject, whatever a
    // participle in between hung on.
    const named = cue.coordinated ? clauseSubject(s) : null;
    if (named && !named.ambiguous && named.subject.type === 'person') return [res.resolveSubject(named.subject)];
    if (sentencePerson !== undefined) return [sentencePerson];
    const cs = clauseSubject(s);
    return cs && !cs.ambiguous ? [res.resolveSubject(cs.subject, undefined, cs.subject.type === 'pronoun' ? sexOfPronoun(s.tokens, cs.subject.at, s.L) : null)] : undefined;
  }
  if (subj.type === 'person') {
    const self = subj.people.length === 1 && selfPronoun(s, cue.at, subj.people[0]!.mention);
    return subj.people.map((n) => {
      const p = res.person(n.tokens, n.mention.titled || self, n.mention.journalist || !!cue.journalist, n.mention);
      return cue.oblique ? { ...p, name: { ...p.name, oblique: true } } : p;
    });
  }
  // The pronoun itself ("he", "she"), not a verb standing for a left-out subject.
  const word = subj.type === 'pronoun' ? s.tokens[subj.at]?.lower : undefined;
  const sex = subj.type === 'pronoun' ? sexOfPronoun(s.tokens, subj.at, s.L) : null;
  return [res.resolveSubject(subj, word && s.L.pronouns.has(word) ? word : undefined, sex)];
}

/**
 * Attributes the paragraph's quotations: to the cue right after a quotation (`“…,” he said`), else
 * the cue right before it (`X said: “…”`), else, for a paragraph that opens with a quotation, to
 * whoever was quoted last (multi-paragraph quotes and blockquotes after a colon lead).
 */
function collectQuotes(
  para: Para,
  cues: readonly ResolvedCue[],
  continuation: Person | null,
  emit: (span: QuoteSpan, person: Person | null) => void,
): void {
  const { tp } = para;
  let spans = tp.quotes.map((q) => ({ from: q.from, to: q.to, start: q.start, end: q.end }));
  const first = tp.tokens[0];
  if (para.kind === 'blockquote' && first && first.text !== '—' && first.text !== '-') {
    const covered = spans.reduce((n, q) => n + q.end - q.start, 0);
    if (covered < tp.text.length * 0.4) spans = [{ from: 0, to: tp.tokens.length, start: 0, end: tp.text.length }];
  }
  const sorted = [...cues].sort((a, b) => a.at - b.at);
  // Index of the first cue at or after token `i` (binary search: entries can be long).
  const firstFrom = (i: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.at < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  spans.forEach((q, qi) => {
    const raw = tp.text.slice(q.start, q.end);
    const lead = raw.length - raw.replace(TRIM_START, '').length;
    const text = raw.replace(TRIM_START, '').replace(TRIM_END, '');
    if (text.split(/\s+/, MIN_QUOTE_WORDS).length < MIN_QUOTE_WORDS) return;
    // Two or three words quoted inside the reporter's own sentence ("called the package “important
    // and powerful” before ...") are scare quotes, not words to keep: a real quotation opens its
    // sentence or follows a colon or a reporting verb.
    const opener = tp.tokens[q.from - 2];
    if (text.split(/\s+/, SCARE_MAX_WORDS + 1).length <= SCARE_MAX_WORDS && opener?.kind === 'word' && !para.L.verb(opener.lower)) return;
    const a = firstFrom(q.to);
    const nextQuote = spans[qi + 1]?.from ?? Infinity;
    const next = sorted[a];
    const after = next && next.at - q.to <= 12 && next.at < nextQuote ? next : undefined;
    const prev = sorted[firstFrom(q.from) - 1];
    // A cue before a quotation leads into it: right before it ("said “…”") or through a colon.
    const leadsIn = (c: ResolvedCue) => q.from - c.at <= 5 || tp.tokens.slice(c.at, q.from).some((t) => t.text === ':');
    const before = prev && q.from - prev.at <= 14 && leadsIn(prev) ? prev : undefined;
    const cue = after ?? before;
    if (!cue && q.from > 1) return;
    const start = q.start + lead;
    const end = start + text.length;
    const span = { text, paragraph: para.index, start: tp.map?.[start] ?? start, end: tp.map?.[end] ?? end };
    emit(span, cue ? cue.person : continuation);
  });
}

const TRIM_START = /^[\s,.;:'"“”‘’`]+/;
const TRIM_END = /[\s,;:'"“”‘’`]+$/;
