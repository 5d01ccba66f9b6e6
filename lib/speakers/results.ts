// What the speaker finder answers: per entry, per batch and for the whole blog (the shapes the
// annotator, the reader and the analyser read; kept apart from the index that computes them).
import type { SpeakerCount } from '../types';

/**
 * A quotation and the canonical name of the person it is attributed to. `paragraph` indexes the
 * entry's `paragraphs` (-1: the title); `start`/`end` are character offsets in that text.
 */
export interface SpeakerQuote {
  text: string;
  speaker: string;
  paragraph: number;
  start: number;
  end: number;
}

/** What one entry reports: canonical speaker names (in order of appearance) and quotations. */
export interface EntrySpeakers {
  speakers: string[];
  quotes: SpeakerQuote[];
}

/** Speakers of a whole blog: per entry id, and the blog-level list by entry count (descending). */
export interface SpeakersResult {
  perEntry: Map<string, EntrySpeakers>;
  speakers: SpeakerCount[];
}

/**
 * What one batch changed. `changed` holds the new speakers of every entry whose speakers or
 * quotes differ from what earlier batches returned for it: each entry read in this batch, and
 * the (rare) earlier entries the batch renamed ("Rutte" becoming "Mark Rutte" once the blog gives
 * the full name) or gave a speaker they lacked ("Okafor said" once the blog names Grace Okafor).
 * Entries not in `changed` keep exactly what they had. `speakers`: the blog's counts, most first.
 */
export interface SpeakersUpdate {
  changed: Map<string, EntrySpeakers>;
  speakers: SpeakerCount[];
}

/** Work done by the last `add`/`update` (entries read, entries resolved), for tests and benches. */
export interface SpeakerWork {
  read: number;
  resolved: number;
}
