/** What a cue is, and the token tests the cue finders share. */
import type { Token } from './tokens';
import type { Subject } from './subjects';

/** A cue: who (unresolved) and where (token index of the verb, colon or noun). */
export interface Cue {
  subject: Subject | { type: 'clause' };
  at: number;
  /** The subject writes in a publication: a journalist's piece, not a speaker's words. */
  journalist?: boolean;
  /** A second predicate of the clause ("X ends his statement … and says"): the clause's subject speaks. */
  coordinated?: boolean;
  /** The name stands in an oblique case ("według Tuska"): not the form to display. */
  oblique?: boolean;
}

/** Context a sentence cannot see by itself. */
export interface CueContext {
  /** This is the paragraph's last sentence and the next paragraph is a quotation. */
  quoteFollows: boolean;
  /** The sentence is the entry's headline ("Healey: Ukraine must be at the heart of talks"). */
  headline?: boolean;
  /** The sentence follows an embedded post's byline "Name (@handle)". */
  afterByline?: boolean;
  /** The entry's next quotation mark closes a quotation no mark opened (its opening mark was lost). */
  unmarked?: boolean;
}

export const DASH = /^[-–—]$/;

export function within(t: Token[], from: number, to: number, n: number, test: (x: Token) => boolean): boolean {
  for (let k = from; k < Math.min(to, from + n); k++) {
    const x = t[k]!;
    if (x.text === '.' || x.text === ';') return false;
    if (test(x)) return true;
  }
  return false;
}

export const colonOrOpen = (x: Token) => x.text === ':' || x.kind === 'open';
