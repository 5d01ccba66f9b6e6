import { DedupeIndex, streamOrder } from './dedupe/index';
import { SpeakerIndex, type EntrySpeakers, type LexiconData, type SpeakerQuote } from './speakers/index';
import type { Entry, SpeakerCount } from './types';

/** A quote the speaker finder attributed inside one entry (with where it sits, for highlighting). */
export type FoundQuote = SpeakerQuote;

/** What the pipeline knows about one entry beyond what the page says. */
export interface Annotation {
  /** The id of the entry this one repeats (the copy that stays open), or null. */
  duplicateOf: string | null;
  /** Ids of entries that look related but not similar enough to hide ("see also"). */
  related: string[];
  /** Canonical names of the people whose words the entry reports. */
  speakers: string[];
  quotes: FoundQuote[];
}

/** The annotations of every entry so far, and the blog's speakers, most quoted first. */
export interface Annotations {
  byElement: Map<Element, Annotation>;
  speakers: SpeakerCount[];
  /** Pairs that look related but are not similar enough to hide. */
  related: RelatedLink[];
  /**
   * Ids of the entries whose speakers or quotes changed with this batch: the batch's own entries
   * and the rare earlier ones a fuller name renamed. Every other entry's speakers are as before.
   */
  speakersChanged?: Set<string>;
}

/**
 * Annotates entries incrementally: `add` takes a batch (the first page, then each live update)
 * and returns the annotations of every entry seen so far. Speakers cost the batch only (plus
 * the rare earlier entries it renames, listed in `speakersChanged`).
 */
export interface Annotator {
  add(batch: readonly Entry[], all: readonly Entry[]): Annotations;
}

/** A related pair, by entry id ("see also" rather than collapsed). */
export interface RelatedLink {
  a: string;
  b: string;
  score: number;
}

/** How to annotate: the blog's speaker lexicon (English when absent; null: a language without one). */
export interface AnnotatorOptions {
  lexicon?: LexiconData | null;
}

/**
 * The annotator combining dedupe (a shingle index, so a live update costs its own length) and
 * speakers. The stream's direction (newest or oldest first) is read from the first batch.
 */
export function createAnnotator(options: AnnotatorOptions = {}): Annotator {
  let dedupe: DedupeIndex | null = null;
  // A blog in a language without a lexicon gets no speakers rather than English rules' guesses.
  const speakers = options.lexicon === null ? null : new SpeakerIndex(options.lexicon);
  const perEntry = new Map<string, EntrySpeakers>();
  return {
    add(batch, all) {
      dedupe ??= new DedupeIndex({ order: streamOrder(batch) ?? 'newest-first' });
      dedupe.add(batch);
      // The speaker index returns only what changed (the batch, and earlier entries a fuller name
      // renamed, "Rutte" becoming "Mark Rutte"); the rest keep what they had.
      const found = speakers ? speakers.add(batch) : { changed: new Map<string, EntrySpeakers>(), speakers: [] };
      for (const [id, s] of found.changed) perEntry.set(id, s);
      const pairs = dedupe.related();
      const related = new Map<string, string[]>();
      for (const pair of pairs) {
        related.set(pair.a, [...(related.get(pair.a) ?? []), pair.b]);
        related.set(pair.b, [...(related.get(pair.b) ?? []), pair.a]);
      }
      const byElement = new Map<Element, Annotation>();
      for (const entry of all) {
        byElement.set(entry.element, {
          duplicateOf: dedupe.verdictFor(entry)?.duplicateOf ?? null,
          related: related.get(entry.id) ?? [],
          speakers: perEntry.get(entry.id)?.speakers ?? [],
          quotes: perEntry.get(entry.id)?.quotes ?? [],
        });
      }
      return { byElement, speakers: found.speakers, related: pairs, speakersChanged: new Set(found.changed.keys()) };
    },
  };
}
