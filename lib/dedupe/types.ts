// The verdicts and options of the dedupe stage, shared by the index, the batch function and callers.
import type { DedupeInput, Thresholds } from './compare';

/** Why an entry collapsed. */
export type DuplicateReason = 'same-id' | 'exact' | 'near' | 'contained';

/** The dedupe verdict on one entry. */
export interface Verdict {
  id: string;
  /** Id of the entry that stays open, or null when this one stays open. */
  duplicateOf: string | null;
  reason: DuplicateReason | null;
  /** Containment of this entry in the kept one (1 for identity and exact repeats; 0 when open). */
  score: number;
}

/** Two open entries that share text without one repeating the other: a quiet "see also". */
export interface RelatedPair {
  /** The entry published first. */
  a: string;
  b: string;
  score: number;
}

/** An earlier verdict that changed, with the entry it belongs to (two copies may share an id). */
export interface ChangedVerdict extends Verdict {
  entry: DedupeInput;
}

/** What one `add` decided. */
export interface DedupeUpdate {
  /** One verdict per added entry, in the order given. */
  verdicts: Verdict[];
  /** Earlier entries whose verdict changed (folded into a fuller new copy, or a pinned copy meeting its original). */
  changed: ChangedVerdict[];
  /** Related pairs found for the added entries. */
  related: RelatedPair[];
}

/** Direction of the stream in page order. */
export type StreamOrder = 'newest-first' | 'oldest-first';

/** Options of the index and the batch function. */
export interface DedupeOptions {
  /** Page order of the stream; the batch function reads it from entry times when not given. */
  order?: StreamOrder;
  thresholds?: Partial<Thresholds>;
  /** A shingle filed under more entries than this is boilerplate and no longer finds candidates. */
  maxPosting?: number;
  /** How many candidates an entry is verified against. */
  maxCandidates?: number;
}
