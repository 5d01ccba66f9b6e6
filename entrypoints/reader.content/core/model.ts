// The annotated entries every feature draws from: the feed's entries with what the pipeline found
// in them (repeats, related entries, speakers, quotes), kept current batch by batch.
import { type Annotation, type Annotations, createAnnotator } from '@/lib/annotate';
import type { Entry, SpeakerCount } from '@/lib/types';
import type { LexiconData } from '@/lib/speakers/lang';
import type { EntryFeed } from './feed';

/** One entry with what the pipeline found in it. */
export interface LensEntry extends Annotation {
  entry: Entry;
}

/** Everything the reader's features draw from, after each batch of entries. */
export interface LensSnapshot {
  /** Every entry in page order. */
  entries: readonly LensEntry[];
  /** The entries that arrived in this batch (all of them at first). */
  added: readonly LensEntry[];
  speakers: readonly SpeakerCount[];
}

export type SnapshotListener = (snapshot: LensSnapshot) => void;

/** The annotated entries of the page, kept current as the feed grows. */
export interface LensModel {
  current(): LensSnapshot;
  /** Calls `listener` now with the current snapshot (every entry counted as added), then after every batch. */
  subscribe(listener: SnapshotListener): () => void;
}

const EMPTY: Annotation = { duplicateOf: null, related: [], speakers: [], quotes: [] };

/** Runs dedupe and speakers (in the blog's language: `lexicon`) over the feed, batch by batch. */
export function createModel(feed: EntryFeed, signal: AbortSignal, lexicon: LexiconData | null): LensModel {
  const annotator = createAnnotator({ lexicon });
  const listeners = new Set<SnapshotListener>();
  let snapshot: LensSnapshot = { entries: [], added: [], speakers: [] };

  const build = (annotations: Annotations, added: readonly Entry[]): LensSnapshot => {
    const wrap = (entry: Entry): LensEntry => ({ entry, ...(annotations.byElement.get(entry.element) ?? EMPTY) });
    return { entries: feed.entries.map(wrap), added: added.map(wrap), speakers: annotations.speakers };
  };
  const unsubscribe = feed.subscribe((added, all) => {
    snapshot = build(annotator.add(added, all), added);
    for (const listener of listeners) listener(snapshot);
  });
  signal.addEventListener('abort', () => {
    unsubscribe();
    listeners.clear();
  });
  return {
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      // A late subscriber has seen nothing yet: everything so far is new to it.
      listener({ ...snapshot, added: snapshot.entries });
      return () => listeners.delete(listener);
    },
  };
}
