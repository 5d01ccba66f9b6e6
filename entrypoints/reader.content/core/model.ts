// The annotated entries every feature draws from: the feed's entries with what the pipeline found
// in them (repeats, related entries, speakers, quotes). Entries reach the features as soon as they
// are read; their annotations follow, computed in slices (annotate.ts: repeats in publication
// order, speakers from the top down), and each change is told as a delta: the entries added,
// changed (annotations, or back on the page on another element) and removed since the last
// snapshot. A live entry costs its own annotation, never a pass over the blog (issue 12).
import { createAnnotator, type Annotation, type Annotator, type EntryData } from '@/lib/annotate';
import { streamOrder } from '@/lib/dedupe/index';
import { SAMPLE_CHARS } from '@/lib/lang/detect';
import type { LexiconData } from '@/lib/speakers/lang';
import type { SpeakerCount } from '@/lib/types';
import type { LensEntry } from './binding';
import type { EntryFeed, FeedDelta } from './feed';
import type { Slicer } from './slices';

export type { LensEntry } from './binding';

/** Everything the reader's features draw from, and what changed since the last snapshot. */
export interface LensSnapshot {
  /** Every entry on the page, in page order. */
  entries: readonly LensEntry[];
  /** Entries new to the features (all of them for a late subscriber). */
  added: readonly LensEntry[];
  /** Entries whose annotations changed, or that are back on the page (read `entry.element` again). */
  changed: readonly LensEntry[];
  /** Entries whose element left the page (their decorations go; they may come back as `changed`). */
  removed: readonly LensEntry[];
  speakers: readonly SpeakerCount[];
  /** False while the first page is still being read and annotated. */
  complete: boolean;
}

export type SnapshotListener = (snapshot: LensSnapshot) => void;

/** The annotated entries of the page, kept current as the feed changes. */
export interface LensModel {
  current(): LensSnapshot;
  /** Calls `listener` now with the current snapshot (every entry counted as added), then after every change. */
  subscribe(listener: SnapshotListener): () => void;
  /** Resolves when the first page is read and annotated. */
  readonly ready: Promise<void>;
}

/** While the first page is read, snapshots go out at most this often (features redraw in between). */
const FIRST_PASS_NOTIFY_MS = 150;
/** Aim of one annotation step (ms): a slice runs steps until its budget. */
const STEP_MS = 3;
/** Annotation changes told per snapshot at most (see `notify`). */
const CHANGED_PER_SNAPSHOT = 100;
/** Speakers resolved together at most (each batch is one step); a longer first page is resolved in parts. */
const SPEAKERS_BATCH = 400;

/** Chunks of `list` sized so that each step takes about STEP_MS, learnt from the steps before. */
function* chunks<T>(list: readonly T[], costPerItem: { ms: number }, max = Infinity): Generator<T[]> {
  for (let i = 0; i < list.length; ) {
    const n = Math.max(1, Math.min(max, Math.floor(STEP_MS / Math.max(costPerItem.ms, 0.01))));
    const chunk = list.slice(i, i + n);
    const start = performance.now();
    yield chunk;
    costPerItem.ms = (performance.now() - start) / chunk.length;
    i += n;
  }
}

/** Runs the pipeline over the feed: `lexicon` is asked for once the first entries tell the blog's language (an answer at once, or later). */
export function createModel(
  feed: EntryFeed,
  slicer: Slicer,
  signal: AbortSignal,
  lexicon: (entries: readonly LensEntry[]) => LexiconData | null | Promise<LexiconData | null>,
): LensModel {
  const listeners = new Set<SnapshotListener>();
  let snapshot: LensSnapshot = { entries: [], added: [], changed: [], removed: [], speakers: [], complete: false };
  const added = new Set<LensEntry>();
  const changed = new Set<LensEntry>();
  const removed = new Set<LensEntry>();
  /** Entries the features have been told about (and not told gone since). */
  const delivered = new WeakSet<LensEntry>();
  let dirty = false;
  let speakers: readonly SpeakerCount[] = [];
  let annotator: Annotator<LensEntry> | null = null;
  const data = new WeakMap<LensEntry, EntryData>();
  const queued: LensEntry[] = [];
  let complete = false;
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  // --- snapshots --------------------------------------------------------------------------
  let timer = 0;
  let draining = false;
  let announced = false;
  const notify = () => {
    timer = 0;
    if (signal.aborted || !dirty) return;
    dirty = false;
    // At most CHANGED_PER_SNAPSHOT annotation changes per snapshot: features redraw what changed
    // in the task that tells them, so a batch of 400 speakers (or a whole blog's annotations at
    // the end) must reach them in parts. The rest follows in the reader's slices.
    const told: LensEntry[] = [];
    for (const item of changed) {
      if (told.length >= CHANGED_PER_SNAPSHOT) break;
      changed.delete(item);
      if (!added.has(item)) told.push(item);
    }
    snapshot = {
      entries: feed.entries.slice(),
      added: [...added],
      changed: told,
      removed: [...removed],
      speakers,
      // The first complete snapshot comes once every annotation of the first page has gone out.
      complete: complete && (announced || changed.size === 0),
    };
    announced ||= snapshot.complete;
    for (const item of added) delivered.add(item);
    for (const item of removed) delivered.delete(item);
    added.clear();
    removed.clear();
    if (changed.size) drain();
    for (const listener of [...listeners]) listener(snapshot);
    if (snapshot.complete) resolveReady();
  };
  /** The annotation changes a snapshot left, told in the reader's slices. */
  const drain = () => {
    dirty = true;
    if (draining) return;
    draining = true;
    slicer.run(() => {
      draining = false;
      if (timer) window.clearTimeout(timer), (timer = 0);
      notify();
      return false;
    });
  };
  const schedule = () => {
    dirty = true;
    if (!timer && !signal.aborted) timer = window.setTimeout(notify, complete ? 0 : FIRST_PASS_NOTIFY_MS);
  };
  const first = (() => {
    let sent = false;
    return () => {
      // The first entries go out at once: the top of the page gets its controls first.
      if (sent) return schedule();
      sent = true;
      dirty = true;
      notify();
    };
  })();

  // --- annotation -------------------------------------------------------------------------
  const dataOf = (item: LensEntry): EntryData => {
    let d = data.get(item);
    if (!d) {
      const { element: _element, ...rest } = item.entry;
      data.set(item, (d = rest));
    }
    return d;
  };
  const pairs = (items: readonly LensEntry[]) => items.map((item) => [item, dataOf(item)] as const);
  const apply = (update: { changed: Map<LensEntry, Annotation>; speakers: SpeakerCount[] }) => {
    for (const [item, note] of update.changed) {
      item.duplicateOf = note.duplicateOf;
      item.related = note.related;
      item.speakers = note.speakers;
      item.quotes = note.quotes;
      if (delivered.has(item)) changed.add(item);
    }
    speakers = update.speakers;
    if (update.changed.size) schedule();
  };
  const costs = { repeats: { ms: 0.5 }, read: { ms: 1 }, resolve: { ms: 0.2 } };

  /** Annotates a batch in steps: repeats in publication order (pinned copies last), then speakers top down. */
  function* annotate(batch: readonly LensEntry[]): Generator<void> {
    // The index takes each batch in page order, published after the batches before it: in a
    // newest-first stream the chunks go from the bottom of the page up.
    const stream = batch.filter((item) => !item.entry.pinned);
    const upward = annotator!.order !== 'oldest-first';
    const published = upward ? [...stream].reverse() : stream;
    for (const chunk of chunks([...published, ...batch.filter((item) => item.entry.pinned)], costs.repeats)) {
      apply(annotator!.addRepeats(pairs(upward ? chunk.reverse() : chunk)));
      yield;
    }
    for (const chunk of chunks(batch, costs.read)) {
      annotator!.prepareSpeakers(chunk.map(dataOf));
      yield;
    }
    for (const chunk of chunks(batch, costs.resolve, SPEAKERS_BATCH)) {
      apply(annotator!.addSpeakers(pairs(chunk)));
      yield;
    }
  }
  const run = (work: Generator<void>, then?: () => void) =>
    slicer.run(() => {
      if (!work.next().done) return true;
      then?.();
      return false;
    });

  // --- the first page -------------------------------------------------------------------
  // The lexicon is asked for as soon as the entries read so far decide the blog's language (the
  // sample `blogLanguage` reads), so another language's round trip to the background runs while
  // the rest of the page is still being read. The first page's annotation starts once it is read
  // and the lexicon is there, in the same task when both are (a small blog loses no turn).
  let asked = false;
  let found: { lexicon: LexiconData | null } | null = null;
  let sampled = 0;
  const ask = () => {
    asked = true;
    let answer: ReturnType<typeof lexicon> = null;
    try {
      answer = lexicon(feed.entries);
    } catch {
      answer = null; // no speakers rather than no annotation at all
    }
    const got = (value: LexiconData | null) => ((found = { lexicon: value }), begin());
    if (answer && typeof (answer as Promise<unknown>).then === 'function') void (answer as Promise<LexiconData | null>).catch(() => null).then(got);
    else got(answer as LexiconData | null);
  };
  const begin = () => {
    if (!found || !feed.complete || annotator || signal.aborted) return;
    const page = queued.splice(0);
    const stream = page.filter((item) => !item.entry.pinned).map((item) => item.entry);
    annotator = createAnnotator<LensEntry>({ lexicon: found.lexicon, order: streamOrder(stream) ?? 'newest-first' });
    run(annotate(page), () => {
      complete = true;
      dirty = true;
      if (timer) window.clearTimeout(timer);
      notify();
    });
  };
  const firstPage = (delta: FeedDelta) => {
    if (asked) return begin();
    for (const { entry } of delta.added) sampled += entry.title.length + entry.text.length + 2;
    if (sampled > SAMPLE_CHARS || delta.complete) ask();
  };

  const onDelta = (delta: FeedDelta) => {
    for (const item of delta.added) added.add(item);
    for (const item of delta.moved) {
      removed.delete(item);
      (delivered.has(item) ? changed : added).add(item);
    }
    for (const item of delta.removed) {
      added.delete(item);
      changed.delete(item);
      if (delivered.has(item)) removed.add(item);
    }
    if (annotator) {
      if (delta.added.length) run(annotate(delta.added));
      const edited = delta.edited.filter((item) => data.has(item));
      if (edited.length) {
        for (const item of edited) data.delete(item); // their text changed: read them again
        apply(annotator.edit(pairs(edited)));
      }
    } else {
      queued.push(...delta.added);
      firstPage(delta);
    }
    if (delta.added.length || delta.moved.length || delta.removed.length) first();
  };
  const unsubscribe = feed.subscribe(onDelta);
  // Anything the feed read before this model existed.
  if (feed.entries.length) onDelta({ added: [...feed.entries], moved: [], edited: [], removed: [], complete: feed.complete });

  signal.addEventListener('abort', () => {
    unsubscribe();
    listeners.clear();
    if (timer) window.clearTimeout(timer);
    resolveReady();
  });
  return {
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      // A late subscriber has seen nothing yet: everything so far is new to it.
      listener({ ...snapshot, added: snapshot.entries, changed: [], removed: [] });
      return () => listeners.delete(listener);
    },
    ready,
  };
}
