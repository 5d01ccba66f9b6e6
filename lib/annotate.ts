import type { Entry, SpeakerCount } from './types';

/** A quote the speaker finder attributed inside one entry. */
export interface FoundQuote {
  text: string;
  speaker: string;
}

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
}

/**
 * Annotates entries incrementally: `add` takes a batch (the first page, then each live update)
 * and returns the annotations of every entry seen so far, since a fuller name found later can
 * rename a speaker in earlier entries.
 */
export interface Annotator {
  add(batch: readonly Entry[], all: readonly Entry[]): Annotations;
}

/** The annotator combining dedupe and speakers. (Placeholder until both land.) */
export function createAnnotator(): Annotator {
  const byElement = new Map<Element, Annotation>();
  return {
    add(batch) {
      for (const e of batch) byElement.set(e.element, { duplicateOf: null, related: [], speakers: [], quotes: [] });
      return { byElement, speakers: [] };
    },
  };
}
