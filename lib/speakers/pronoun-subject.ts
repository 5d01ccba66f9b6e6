/**
 * A cue whose subject is "he"/"she", and the stand-in for the speaker of the entry before it in
 * time when the entry names nobody ("He added that ...").
 */
import type { Cue } from './cues';
import type { Sentence } from './subjects';
import { clauseSubject } from './clauses';
import type { Person } from './resolve';
import type { PronounSex } from './sex';

/** Whoever the entry before this one in time quotes, if that is one person not of the other sex (the blog's index decides). */
export const previous = (sex: PronounSex): Person | null =>
  sex === 'plural' ? null : { name: { tokens: [], titled: true, previous: true, ...(sex ? { sex } : {}) }, key: 'previous:', journalist: false };

/** The token of a cue's "he"/"she" subject, said with the cue or as its clause's subject, else null. */
export function pronounSubject(cue: Cue, s: Sentence): number | null {
  if (cue.subject.type === 'pronoun') return cue.subject.at;
  const cs = cue.subject.type === 'clause' ? clauseSubject(s)?.subject : undefined;
  return cs?.type === 'pronoun' ? cs.at : null;
}

