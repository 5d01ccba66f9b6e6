// The annotated entries every feature draws from: the feed's entries with what the pipeline found
// in them (repeats, related entries, speakers, quotes). Entries reach the features as soon as they
// are read; their annotations follow from the background, which runs the annotator off the page's
// main thread (core/remote.ts, entrypoints/background/annotator.ts), and each change is told as a
// delta: the entries added, changed (annotations, or back on the page on another element) and
// removed since the last snapshot. A live entry costs its own annotation, never a pass over the
// blog (issue 12), and none of it on the page's thread.
import type { Annotation } from '@/lib/annotate';
import { SAMPLE_CHARS, type SpeakerLanguage } from '@/lib/lang/detect';
import { MEASURE } from '@/lib/page-contract';
import type { SpeakerCount } from '@/lib/types';
import type { LensEntry } from './binding';
import type { EntryFeed, FeedDelta } from './feed';
import { createRemoteAnnotator, type PagePort } from './remote';
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
/** Annotation changes told per snapshot at most (see `notify`). */
const CHANGED_PER_SNAPSHOT = 100;

/** Where the model's annotations come from. */
export interface ModelOptions {
  /** The blog's language, asked once the first entries tell it (null: no speakers). */
  language: (entries: readonly LensEntry[]) => SpeakerLanguage | null;
  /** Opens the port to the background's annotator (core/remote.ts). */
  connect: () => PagePort;
}

/** Runs the pipeline over the feed: entries as they are read, their annotations as the background tells them. */
export function createModel(feed: EntryFeed, slicer: Slicer, signal: AbortSignal, options: ModelOptions): LensModel {
  const listeners = new Set<SnapshotListener>();
  let snapshot: LensSnapshot = { entries: [], added: [], changed: [], removed: [], speakers: [], complete: false };
  const added = new Set<LensEntry>();
  const changed = new Set<LensEntry>();
  const removed = new Set<LensEntry>();
  /** Entries the features have been told about (and not told gone since). */
  const delivered = new WeakSet<LensEntry>();
  let dirty = false;
  let speakers: readonly SpeakerCount[] = [];
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

  // --- annotation (in the background) -----------------------------------------------------
  const same = (a: Annotation, b: Annotation) =>
    a.duplicateOf === b.duplicateOf && JSON.stringify([a.related, a.speakers, a.quotes]) === JSON.stringify([b.related, b.speakers, b.quotes]);
  const remote = createRemoteAnnotator(options.connect, signal, (update) => {
    for (const [item, note] of update.changed) {
      // A background that restarted tells everything again: only what differs is a change.
      if (same(item, note)) continue;
      item.duplicateOf = note.duplicateOf;
      item.related = note.related;
      item.speakers = note.speakers;
      item.quotes = note.quotes;
      if (delivered.has(item)) changed.add(item);
      dirty = true;
    }
    if (JSON.stringify(speakers) !== JSON.stringify(update.speakers)) (speakers = update.speakers), (dirty = true);
    if (update.complete && !complete) {
      complete = true;
      if (import.meta.env.LBL_PERF) performance.measure(MEASURE.background, { start: performance.now() - update.ms, duration: update.ms });
      dirty = true;
      if (timer) window.clearTimeout(timer), (timer = 0);
      notify();
    } else if (dirty) schedule();
  });

  // --- the first page -------------------------------------------------------------------
  // The language is told as soon as the entries read so far decide it (the sample `blogLanguage`
  // reads); entries go to the background as they are read from then on, so that it reads their
  // speakers while the page reads on; `read` when the first page is all there.
  let sampled = 0;
  let begun = false;
  let told = false;
  let readWhenTold = false;
  /** Tells the language from the entries read when the sample was there (a step of its own: see below). */
  const tell = (items: readonly LensEntry[]) => () => {
    let lang: SpeakerLanguage | null = null;
    try {
      lang = options.language(items);
    } catch {
      lang = null; // no speakers rather than no annotation at all
    }
    remote.begin(lang);
    told = true;
    if (readWhenTold) remote.read();
    return false;
  };
  const firstPage = (delta: FeedDelta) => {
    if (!begun) {
      for (const { entry } of delta.added) sampled += entry.title.length + entry.text.length + 2;
      if (sampled <= SAMPLE_CHARS && !delta.complete) return;
      begun = true;
      // Reading the sample's language costs a few ms: inside the feed's step that completed the
      // sample it made that slice a long task, so it is the next step (ahead of the rest).
      slicer.run(tell(feed.entries.slice()), true);
    }
    if (delta.complete) told ? remote.read() : (readWhenTold = true);
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
    remote.add(delta.added);
    if (delta.edited.length) remote.edit(delta.edited);
    firstPage(delta);
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
