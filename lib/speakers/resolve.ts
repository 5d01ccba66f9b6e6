/**
 * Entry-local reference resolution: expands "Rutte" to the fullest form named in the same entry,
 * and resolves "he"/"she" and role descriptions ("the striker") to a person, or to nobody when
 * the text leaves it ambiguous: a wrong speaker is worse than a missing one.
 */
import { type Mention } from './names';
import { endsWithName, foldWord, nameKey } from './keys';
import type { Subject } from './subjects';
import type { RawName } from './model';
import type { Lang } from './lang';
import { otherSex, sexOfName, sexOfWord, type PronounSex, type Sex } from './sex';

/** A person as the entry knows them. */
export interface Person {
  name: RawName;
  key: string;
  journalist: boolean;
}

interface Mark {
  person: Person | null; // null: an anonymous or organisational speaker, or an ambiguous subject
  at: number;
  /** A subject named in full ("Andrei Lugovoi, the former agent, dismissed ..."): the writer turns to someone. */
  full?: boolean;
  /** Introduced in apposition ("Ivan Lutz, 48, from Leeds, was ..."): a new voice the writer sets up. */
  intro?: boolean;
}

/** The resolver of one entry, fed with every mention of the entry up front. */
export function createResolver(mentions: readonly Mention[], endings: readonly string[] = [], anonRoles: ReadonlySet<string> = new Set(), L?: Lang) {
  const fold = (w: string) => foldWord(w, endings);
  const keyOf = (tokens: readonly string[]) => nameKey(tokens, endings);
  const fulls = new Map<string, { tokens: string[]; folded: string[]; oblique: boolean }>();
  for (const m of mentions) {
    if (!m.person || m.tokens.length < 2) continue;
    const folded = m.tokens.map(fold);
    const key = folded.join(' ');
    // Where names inflect, the form seen as a subject names the person ("Tusk", not "Tuska").
    const had = fulls.get(key);
    if (!had || (had.oblique && !m.oblique)) fulls.set(key, { tokens: m.tokens, folded, oblique: m.oblique });
  }
  const fullList = [...fulls.values()];

  /** The longest name of the entry that `tokens` shortens, else `tokens` (also when two people fit). */
  const expand = (tokens: string[], notOf?: string): string[] => {
    const folded = tokens.map(fold);
    const other = notOf === undefined ? null : fold(notOf);
    let best: { tokens: string[]; folded: string[]; oblique: boolean } | null = null;
    for (const f of fullList) {
      if (f.folded.length <= folded.length || !endsWithName(f.folded, folded) || (other && f.folded.includes(other))) continue;
      if (best && !endsWithName(f.folded, best.folded) && !endsWithName(best.folded, f.folded)) return tokens;
      if (!best || f.folded.length > best.folded.length) best = f;
    }
    return best ? best.tokens : tokens;
  };

  // One-word names the entry gives a title or role and no fuller form ("president Trump"): the
  // blog's evidence that the word names a person, and what the person is.
  const titledWords: RawName[] = [];
  for (const m of mentions) {
    if (!m.person || m.tokens.length !== 1 || !m.titled || m.kin || m.quoted || expand(m.tokens).length > 1) continue;
    titledWords.push({ tokens: m.tokens, titled: true, oblique: m.oblique, roles: m.roles });
  }

  // What the entry says of each person's sex ("Mrs May", "Theresa May"); evidence both ways says nothing.
  const sexes = new Map<string, Sex | null>();
  for (const m of L ? mentions : []) {
    if (!m.person || m.kin) continue;
    const tokens = expand(m.tokens, m.notOf);
    const sex = sexOfName(tokens, L!, m.titleWord, m.given);
    const key = keyOf(tokens);
    if (sex) sexes.set(key, sexes.has(key) && sexes.get(key) !== sex ? null : sex);
  }
  const sexOf = (p: Person): Sex | null => {
    if (!L) return null;
    if (sexes.has(p.key)) return sexes.get(p.key)!;
    if (p.name.role) return sexOfWord(p.name.role.head, L);
    return p.name.tokens.length ? sexOfName(p.name.tokens, L, undefined, p.name.given) : null;
  };

  const journalistKeys = new Set<string>();
  const journalistNames: RawName[] = [];
  for (const m of mentions) {
    if (!m.person || !m.journalist) continue;
    const tokens = expand(m.tokens, m.notOf);
    const key = keyOf(tokens);
    if (journalistKeys.has(key)) continue;
    journalistKeys.add(key);
    journalistNames.push({ tokens, titled: true });
  }
  // Words the entry capitalises where no sentence starts, or gives a title or a fuller form: a lone
  // word that only opens sentences ("Good morning", "War veterans said") may be no name at all.
  const solid = new Set<string>();
  for (const m of mentions) if (m.person && (!m.initial || m.titled || m.tokens.length > 1)) for (const w of m.tokens) solid.add(fold(w));
  const weak = (m: Mention) => m.initial && !m.titled && m.tokens.length === 1 && !solid.has(fold(m.tokens[0]!));

  // Roles and people are learnt in reading order: "the lawmaker" points back, not forward. The
  // headline is the exception: it summarises the entry, so it sees all of it (`all`).
  const roles = new Map<string, Set<string>>();
  const known: Person[] = [];
  /** Where each person of `known` was first named in the current sentence (-1: before it). */
  const knownAt: number[] = [];
  const all = { roles: new Map<string, Set<string>>(), known: [] as Person[] };
  let headline = false;
  const see = (ms: readonly Mention[], into: { roles: Map<string, Set<string>>; known: Person[] } = { roles, known }) => {
    if (into.known === known) knownAt.fill(-1);
    for (const m of ms) {
      if (!m.person || m.kin) continue;
      const tokens = expand(m.tokens, m.notOf);
      const key = keyOf(tokens);
      const r = into.roles.get(key) ?? new Set<string>();
      for (const w of m.roles) r.add(w);
      into.roles.set(key, r);
      if (!m.quoted && (tokens.length > 1 || m.titled) && !into.known.some((p) => p.key === key)) {
        const given = m.given && tokens.length === 1 ? { given: true } : {};
        into.known.push({ name: { tokens, titled: true, ...given }, key, journalist: journalistKeys.has(key) });
        if (into.known === known) knownAt.push(m.from);
      }
    }
  };

  see(mentions, all);
  let step = 0;
  let lastCued: Mark | null = null;
  let lastSubject: Mark | null = null;
  /** A subject named only by a sentence's first capital: the antecedent of last resort. */
  let lastWeak: Mark | null = null;
  /** The pronoun ("he", "she") the entry has used for each person so far. */
  const pronounOf = new Map<string, string>();
  const extraNames: RawName[] = [];

  const person = (tokens: string[], titled: boolean, journalist: boolean, mention?: Mention): Person => {
    let full = expand(tokens, mention?.notOf);
    if (mention?.kin && tokens.length === 1) {
      const owner = mention.kin.owner === 'pronoun' ? pronoun()?.name.tokens : expand(mention.kin.owner);
      if (owner && owner.length > 1) {
        full = [tokens[0]!, owner[owner.length - 1]!];
        extraNames.push({ tokens: full, titled: true });
      }
    }
    const key = keyOf(full);
    const name: RawName = {
      tokens: full,
      titled: titled || full.length > 1,
      ...(mention?.notOf ? { notOf: mention.notOf } : {}),
      ...(mention?.given && full.length === 1 ? { given: true } : {}),
    };
    return { name, key, journalist: journalist || journalistKeys.has(key) };
  };

  /**
   * "he"/"she": the person last cued, unless someone else became the subject since (then it is
   * ambiguous); after an anonymous speaker, the later subject; with no cue and no subject, the
   * only person the entry has named so far.
   */
  const pronoun = (at = Infinity, word?: string, sex: PronounSex = null): Person | null => {
    const found = antecedent(at, word, sex);
    if (found && word) pronounOf.set(found.key, word);
    return found;
  };
  const antecedent = (at: number, word?: string, sex: PronounSex = null): Person | null => {
    const c = lastCued;
    const s = lastSubject;
    // "She" never points to a man the text names as one: the one before him may fit, else nobody;
    // "sie sagten" ("they") to no one person.
    const fits = (p: Person | null | undefined): p is Person => !!p && !otherSex(sex, sexOf(p));
    if (s && (!c || s.at > c.at)) {
      if (!s.person) return null;
      if (!fits(s.person)) return fits(c?.person) ? c.person : null;
      if (!c || !c.person || c.person.key === s.person.key || !fits(c.person)) return s.person;
      // "Nato's secretary general has said ... Jens Stoltenberg was being interviewed. He said":
      // the role may be the person named since.
      const sKey = s.person.key;
      if (c.person.name.role?.among.some((n) => keyOf(n) === sKey)) return s.person;
      // "… she said. Andrei Lugovoi, the former agent, dismissed the report. He said: …": a writer
      // who names someone in full as a clause's subject after a quotation turns to that person.
      // Not when the entry already calls the quoted person by this pronoun and the newcomer by none
      // or another ("Lena Brandt … She added … Karl Weber arrived. She said"): both still fit.
      const cuedWord = pronounOf.get(c.person.key);
      const subjectWord = pronounOf.get(sKey);
      // Unless the newcomer was introduced in apposition, as a writer sets up the next voice
      // ("… he said. His colleague, Ivan Lutz, is a veteran of three quakes. He said: …").
      if (s.full && (s.intro || !word || ((!subjectWord || subjectWord === word) && (cuedWord !== word || subjectWord === word)))) return s.person;
      return null;
    }
    if (c) return !c.person || fits(c.person) ? c.person : fits(s?.person) ? s.person : null;
    // Only people named before the pronoun: "She took part in James Corden's show" is not Corden.
    const before = known.filter((_, i) => knownAt[i]! < at);
    const fitting = before.filter(fits);
    if (fitting.length === 1) return fitting[0]!;
    return !before.length && lastWeak && (!lastWeak.person || fits(lastWeak.person)) ? lastWeak.person : null;
  };

  // Everyone the entry names, lone surnames included: the blog may know their roles.
  const named: string[][] = [];
  for (const m of mentions) if (m.person && !m.kin && !named.some((n) => keyOf(n) === keyOf(m.tokens))) named.push(expand(m.tokens, m.notOf));

  /**
   * "the prime minister": the one person the entry gave that role, else the person last cued;
   * with nobody cued yet, a reference the blog's role table settles among the people the entry
   * names ("Starmer" here, "Prime Minister Keir Starmer" in another entry).
   */
  const role = (head: string, indefinite: boolean, words: readonly string[] = [head]): Person | null => {
    if (indefinite) return null;
    const ctx = headline ? all : { roles, known };
    const matches = ctx.known.filter((p) => ctx.roles.get(p.key)?.has(head));
    if (matches.length === 1) return matches[0]!;
    const cued = lastCued?.person ?? null;
    if (matches.length > 1) return cued && matches.some((p) => p.key === cued.key) ? cued : null;
    if (anonRoles.has(head)) return null;
    if (cued) return cued;
    // No fuller name in the entry: failing its lone words, the one person the whole blog gives this role.
    const blog = !named.some((n) => n.length > 1);
    return { name: { tokens: [], titled: true, role: { head, words: [...words], among: named, ...(blog ? { blog } : {}) } }, key: `role:${words.join(' ')}`, journalist: false };
  };

  /** Resolves a cue's or a clause's subject to a person, or null for nobody. */
  const resolveSubject = (subject: Subject, word?: string, sex: PronounSex = null): Person | null => {
    switch (subject.type) {
      case 'person': {
        const n = subject.people[subject.people.length - 1]!;
        return person(n.tokens, n.mention.titled, n.mention.journalist, n.mention);
      }
      case 'pronoun':
        return pronoun(subject.at, word, sex);
      case 'role':
        return role(subject.head, subject.indefinite, subject.words);
      case 'anon':
        return null;
    }
  };

  return {
    person,
    /** Learns the people and roles of the sentence about to be read. */
    see: (ms: readonly Mention[]) => see(ms),
    /** Switches headline reading (roles from the whole entry) on or off. */
    headline(on: boolean): void {
      headline = on;
    },
    resolveSubject,
    /** Records that `p` (or an anonymous speaker) was just cued as speaking. */
    cued(p: Person | null): void {
      lastCued = { person: p, at: ++step };
    },
    /**
     * Records a clause subject: one that only a sentence's first capital names ("Good morning",
     * "War veterans said") is kept apart, as an antecedent of last resort.
     */
    learnSubject(subject: Subject, ambiguous: boolean, intro = false): void {
      const p = ambiguous ? null : resolveSubject(subject);
      // A journalist at work ("My colleague Ian Sample has more from ...") narrates: no antecedent.
      if (p?.journalist) return;
      if (subject.type === 'person' && subject.people.every((n) => weak(n.mention))) lastWeak = { person: p, at: ++step };
      else {
        // "She had brought a card" after "Helen Price, 48, …": the same newcomer, still set up as the next voice.
        const same = subject.type === 'pronoun' && !!p && lastSubject?.person?.key === p.key ? lastSubject : null;
        const full = subject.type === 'person' && subject.people.length === 1 && subject.people[0]!.mention.tokens.length > 1;
        lastSubject = { person: p, at: ++step, full: full || !!same?.full, intro: intro || !!same?.intro };
      }
    },
    /** What the entry says of a person's sex (a title, a given name of one sex), if anything. */
    sexOf,
    /** Multi-word people of the entry (for matching social handles). */
    people(): RawName[] {
      return known.map((p) => p.name).filter((n) => n.tokens.length > 1);
    },
    fullNames(): RawName[] {
      return [...fullList.map((f) => ({ tokens: f.tokens, titled: true, oblique: f.oblique, roles: [...(all.roles.get(f.folded.join(' ')) ?? [])] })), ...extraNames, ...titledWords];
    },
    journalists(): RawName[] {
      return journalistNames;
    },
  };
}
