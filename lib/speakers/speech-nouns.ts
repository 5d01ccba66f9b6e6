/**
 * Speech nouns as cues: "Okafor's statement:", "a statement from X", "Rees's warning that …"
 * (split from leads.ts, which holds the cues without a verb that are no nouns).
 */
import { colonOrOpen, type Cue } from './cue';
import type { Sentence, Subject } from './subjects';

/**
 * Where a document names its author before `m`: "a statement from Grace Okafor", "the statement,
 * signed by X", "una nota del ministro X", "in einer Erklärung von Aussenministerin X". Returns
 * the document noun's index.
 */
function documentOf(s: Sentence, m: Sentence['mentions'][number]): number | null {
  const t = s.tokens;
  const L = s.L;
  let k = m.nameFrom - 1;
  // Roles and articles between the preposition and the name ("del ministro", "von Aussenministerin").
  for (let n = 0; n < 3 && k > s.from && (L.isRole(t[k]!.lower) || L.dets.has(t[k]!.lower) || L.npWords.has(t[k]!.lower)); n++) k--;
  if (!L.byWords.has(t[k]?.lower ?? '')) return null;
  k--;
  if (L.signed.has(t[k]?.lower ?? '')) k -= t[k - 1]?.text === ',' ? 2 : 1;
  const noun = t[k];
  // "a suggestion by X that …": a noun of a claim names its author when the claim follows.
  const claim = !!noun && L.claimNouns.has(noun.lower) && L.complementizers.has(t[m.to]?.lower ?? '');
  if (!noun || k < s.from || L.interviews.has(noun.lower) || !(L.speechNouns.has(noun.lower) || L.issued.has(noun.lower) || claim)) return null;
  return k;
}

/**
 * "Okafor's statement on the bridge:", "a statement from Grace Okafor", "una nota firmata da X",
 * and, when a quotation block follows the sentence, "Here is Okafor's apology in full." or "the
 * Okafor quote that Vik cited.".
 */
export function nounCues(s: Sentence, quoteFollows = false): Cue[] {
  const t = s.tokens;
  const out: Cue[] = [];
  // The statement must lead into its words ("Okafor's statement on the bridge: “...”"), before
  // anyone else is named ("Okafor's comments drew criticism from Vik, who said: ..."), but for
  // whoever a relative clause names on the noun ("the quote that Vik cited").
  const hasLead = (from: number) => {
    const end = quoteFollows ? s.to : Math.min(s.to, from + 9);
    for (let k = from + 1; k < end; k++) {
      if (colonOrOpen(t[k]!)) return true;
      // "Trump's comments was probably an overreaction: ...": the noun is a clause's subject, not a lead.
      if (s.L.aux.has(t[k]!.lower)) return false;
      const topic = /^(on|about|for|to|of)$/.test(t[k - 1]?.lower ?? '') || s.L.possDets.has(t[k - 1]!.lower) || (k === from + 2 && s.L.complementizers.has(t[k - 1]!.lower));
      if (!topic && s.starts.get(k)?.person) return false;
    }
    return quoteFollows;
  };
  for (const m of s.mentions) {
    if (!m.person) continue;
    const subject: Subject = { type: 'person', people: [{ mention: m, tokens: m.tokens }] };
    // "that Lord Freud quote": the name used as the noun's modifier.
    if (!m.poss && s.L.dets.has(t[m.from - 1]?.lower ?? '') && m.to < s.to && s.L.speechNouns.has(t[m.to]!.lower) && hasLead(m.to)) {
      out.push({ subject, at: m.to });
      continue;
    }
    if (m.poss && s.L.eventPreps.has(t[m.from - 1]?.lower ?? '')) continue; // "following Okafor's statement": an earlier speech
    if (m.poss) {
      const n = [m.to, m.to + 1, m.to + 2].find((k) => k < s.to && s.L.speechNouns.has(t[k]!.lower));
      if (n !== undefined && (hasLead(n) || speaksFor(s, n))) out.push({ subject, at: n });
      else if (claimThat(s, m.to)) out.push({ subject, at: m.to });
      continue;
    }
    const doc = documentOf(s, m);
    if (doc !== null) out.push({ subject, at: doc, oblique: true });
  }
  return out;
}

/** "Okafor's statement said …", "Rees's letter warns …": the speech noun is the reporting verb's subject. */
function speaksFor(s: Sentence, n: number): boolean {
  const info = n + 2 < s.to ? s.L.verb(s.tokens[n + 1]!.lower) : undefined;
  return !!info && !info.participle && !info.base && (info.cls === 'strong' || info.cls === 'semi');
}

/**
 * "Pugh's claim that ...", "Rees's warning that ...", "Reyes's announcement that ...": after a
 * possessive name, a reporting verb's own form used as a noun (its base or -ing form) or a noun of
 * a claim, and the reported clause.
 */
function claimThat(s: Sentence, k: number): boolean {
  const t = s.tokens;
  const L = s.L;
  const info = k + 1 < s.to ? L.verb(t[k]!.lower) : undefined;
  const verbNoun = !!info && info.cls === 'strong' && (info.participle || info.lemma === t[k]!.lower);
  if (!verbNoun && !(k + 1 < s.to && L.claimNouns.has(t[k]!.lower))) return false;
  // The clause has a subject ("that the", "that he", "that Rees", "that uncertainty will"), unlike
  // "writing that summer was" (a time) or a relative clause ("the announcement that was made").
  const subj = t[k + 2];
  if (!L.complementizers.has(t[k + 1]!.lower) || !subj || k + 2 >= s.to) return false;
  if (subj.cap || L.dets.has(subj.lower) || L.clauseStart.has(subj.lower)) return true;
  const next = t[k + 3]?.lower ?? '';
  return subj.kind === 'word' && !L.verb(subj.lower) && !L.aux.has(subj.lower) && !L.preps.has(subj.lower) && !L.timeNouns.has(subj.lower) && L.aux.has(next);
}
