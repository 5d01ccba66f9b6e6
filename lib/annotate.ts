// What the pipeline finds in entries beyond what the page says: repeats and related entries
// (dedupe) and the people quoted (speakers). Incremental and by deltas: each call takes a batch
// and answers only the entries whose annotation it set or changed, so a live entry costs its own
// reading plus the rare earlier entries it changes, never a pass over the whole blog (issue 12).
// The two halves can run apart (`addRepeats`, `addSpeakers`), so that a big first page can be
// annotated in slices: repeats in publication order (which copy stays open depends on it),
// speakers from the top of the page down (what the reader sees first), read ahead in slices
// (`prepareSpeakers`) and resolved as one batch, exactly as `add` would.
import { DedupeIndex, streamOrder, type StreamOrder } from './dedupe/index';
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

/** The entry fields the pipeline reads: an entry without its element (the indexes keep these, never page nodes). */
export type EntryData = Omit<Entry, 'element'>;

/** A related pair, by entry id ("see also" rather than collapsed). */
export interface RelatedLink {
  a: string;
  b: string;
  score: number;
}

/** What one call changed: the new annotation of each entry (by the caller's key) it set or changed. */
export interface AnnotationUpdate<K> {
  changed: Map<K, Annotation>;
  /** The blog's speakers, most quoted first. */
  speakers: SpeakerCount[];
}

/**
 * Annotates one blog's entries, each given once with a key of the caller's (two copies of one
 * entry, a pinned post and its original, share an id but not a key).
 */
export interface Annotator<K> {
  /** Both halves for a batch in page order, all published after what was added before (a live update). */
  add(batch: ReadonlyArray<readonly [K, EntryData]>): AnnotationUpdate<K>;
  /** Repeats and related entries of a batch in page order (published after the earlier batches). */
  addRepeats(batch: ReadonlyArray<readonly [K, EntryData]>): AnnotationUpdate<K>;
  /** Reads entries' speakers ahead of `addSpeakers` (the costly part), any number at a time. */
  prepareSpeakers(entries: readonly EntryData[]): void;
  /** Speakers of a batch (its entries inform each other as one batch), and earlier entries it renames. */
  addSpeakers(batch: ReadonlyArray<readonly [K, EntryData]>): AnnotationUpdate<K>;
  /** The content of entries changed on the page (same ids): their speakers are read again. */
  edit(batch: ReadonlyArray<readonly [K, EntryData]>): AnnotationUpdate<K>;
  /** Every related pair so far, between the copies that are open now. */
  related(): RelatedLink[];
  /** The stream's direction, once the first batch of repeats told it (newest first when silent). */
  readonly order: StreamOrder | null;
}

/** How to annotate: the blog's speaker lexicon (English when absent; null: a language without one). */
export interface AnnotatorOptions {
  lexicon?: LexiconData | null;
  /** The stream's direction when the caller knows it better than the first batch's times. */
  order?: StreamOrder;
}

const NO_SPEAKERS: EntrySpeakers = { speakers: [], quotes: [] };

/** The annotator: a shingle index for repeats, the incremental speaker index for speakers. */
export function createAnnotator<K>(options: AnnotatorOptions = {}): Annotator<K> {
  let dedupe: DedupeIndex | null = null;
  // A blog in a language without a lexicon gets no speakers rather than English rules' guesses.
  const speakerIndex = options.lexicon === null ? null : new SpeakerIndex(options.lexicon);
  let speakerList: SpeakerCount[] = [];
  /** Every key given, by entry id (copies share an id), and each key's annotation now. */
  const keysOf = new Map<string, K[]>();
  const notes = new Map<K, Annotation>();
  const keyOfInput = new Map<object, K>();
  /** Each id's related ids with their scores; reported most related first (ties by id), so the order never depends on how the batches fell. */
  const related = new Map<string, Map<string, number>>();
  const listOf = (id: string) =>
    [...(related.get(id) ?? [])].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([other]) => other);

  const noteOf = (key: K): Annotation => {
    let note = notes.get(key);
    if (!note) notes.set(key, (note = { duplicateOf: null, related: [], speakers: [], quotes: [] }));
    return note;
  };
  const remember = (batch: ReadonlyArray<readonly [K, EntryData]>) => {
    for (const [key, data] of batch) {
      if (notes.has(key)) continue;
      // A second copy of a known id (a pinned post) starts with what its id has.
      notes.set(key, { duplicateOf: null, related: listOf(data.id), speakers: [], quotes: [] });
      keysOf.set(data.id, [...(keysOf.get(data.id) ?? []), key]);
    }
  };
  /** Sets one field of a key's annotation (a fresh object, so callers may keep the old one). */
  const set = (changed: Map<K, Annotation>, key: K, patch: Partial<Annotation>) => {
    const next = { ...noteOf(key), ...patch };
    notes.set(key, next);
    changed.set(key, next);
  };
  const setRelated = (changed: Map<K, Annotation>, id: string, scores: Map<string, number>) => {
    related.set(id, scores);
    const list = listOf(id);
    for (const key of keysOf.get(id) ?? []) set(changed, key, { related: list });
  };
  const withPair = (id: string, other: string, score: number) => new Map([...(related.get(id) ?? []), [other, score]]);

  const annotator: Annotator<K> = {
    get order() {
      return dedupe?.order ?? options.order ?? null;
    },
    related: () => dedupe?.related() ?? [],
    add(batch) {
      const repeats = annotator.addRepeats(batch);
      const speakers = annotator.addSpeakers(batch);
      for (const [key, note] of speakers.changed) repeats.changed.set(key, note);
      return { changed: repeats.changed, speakers: speakers.speakers };
    },
    addRepeats(batch) {
      remember(batch);
      const changed = new Map<K, Annotation>();
      dedupe ??= new DedupeIndex({ order: options.order ?? streamOrder(batch.map(([, d]) => d)) ?? 'newest-first' });
      // Inputs are the caller's data objects (no page nodes): the index keeps them for the page's life.
      const inputs = batch.map(([key, data]) => {
        keyOfInput.set(data, key);
        return data;
      });
      const update = dedupe.add(inputs);
      update.verdicts.forEach((v, i) => set(changed, batch[i]![0], { duplicateOf: v.duplicateOf }));
      for (const v of update.changed) {
        const key = keyOfInput.get(v.entry as object);
        if (key !== undefined) set(changed, key, { duplicateOf: v.duplicateOf });
      }
      if (update.changed.length) {
        // A fold moved copies under another open entry: the pairs are reported between open copies again.
        const fresh = new Map<string, Map<string, number>>();
        const add = (id: string, other: string, score: number) => fresh.set(id, (fresh.get(id) ?? new Map()).set(other, score));
        for (const p of dedupe.related()) add(p.a, p.b, p.score), add(p.b, p.a, p.score);
        const same = (x?: Map<string, number>, y?: Map<string, number>) => (x?.size ?? 0) === (y?.size ?? 0) && [...(x ?? [])].every(([k, v]) => y?.get(k) === v);
        for (const id of new Set([...related.keys(), ...fresh.keys()])) {
          if (!same(fresh.get(id), related.get(id))) setRelated(changed, id, fresh.get(id) ?? new Map());
        }
      } else {
        for (const p of update.related) {
          setRelated(changed, p.a, withPair(p.a, p.b, p.score));
          setRelated(changed, p.b, withPair(p.b, p.a, p.score));
        }
      }
      for (const [key] of batch) if (!changed.has(key)) changed.set(key, noteOf(key));
      return { changed, speakers: speakerList };
    },
    prepareSpeakers(entries) {
      speakerIndex?.prepare(entries);
    },
    addSpeakers(batch) {
      remember(batch);
      return speak(batch.map(([, d]) => d), false);
    },
    edit(batch) {
      remember(batch);
      return speak(batch.map(([, d]) => d), true);
    },
  };

  const speak = (entries: EntryData[], reread: boolean): AnnotationUpdate<K> => {
    const changed = new Map<K, Annotation>();
    if (!speakerIndex) return { changed, speakers: speakerList };
    const found = reread ? speakerIndex.update(entries) : speakerIndex.add(entries);
    speakerList = found.speakers;
    for (const [id, s] of found.changed) {
      for (const key of keysOf.get(id) ?? []) set(changed, key, { speakers: s.speakers, quotes: s.quotes });
    }
    // Entries of the batch the index had seen (a pinned copy of a known entry) get what it holds.
    for (const e of entries) {
      if (found.changed.has(e.id)) continue;
      const s = speakerIndex.get(e.id) ?? NO_SPEAKERS;
      for (const key of keysOf.get(e.id) ?? []) {
        const note = noteOf(key);
        if (note.speakers !== s.speakers) set(changed, key, { speakers: s.speakers, quotes: s.quotes });
      }
    }
    return { changed, speakers: speakerList };
  };
  return annotator;
}

/** The annotations of a whole page at once (the analyser, tests): by element, with the speakers and related pairs. */
export interface Annotations {
  byElement: Map<Element, Annotation>;
  speakers: SpeakerCount[];
  /** Pairs that look related but are not similar enough to hide. */
  related: RelatedLink[];
}

/** Annotates a whole page's entries as one batch. */
export function annotateAll(entries: readonly Entry[], options: AnnotatorOptions = {}): Annotations {
  const annotator = createAnnotator<Element>(options);
  const { changed, speakers } = annotator.add(entries.map(({ element, ...data }) => [element, data] as const));
  const byElement = new Map<Element, Annotation>();
  for (const e of entries) byElement.set(e.element, changed.get(e.element) ?? { duplicateOf: null, related: [], speakers: [], quotes: [] });
  return { byElement, speakers, related: annotator.related() };
}
