// The reader's annotation, run here rather than on the page's main thread: one session per port
// (lib/protocol/annotator.ts), that is per tab and page session, gone with its port. The speaker
// reading of the first page starts as its entries arrive, while the page is still reading the
// rest; once the page says it is all there, repeats run in publication order and speakers are
// resolved, the notes going back in parts so that the page draws progressively. Between steps
// the session yields, so that other tabs and the database's messages are served meanwhile. Every
// language's lexicon is a plain import here: the page never loads word lists.
import { createAnnotator, type Annotation, type Annotator, type EntryData } from '@/lib/annotate';
import { streamOrder, type StreamOrder } from '@/lib/dedupe/index';
import { ANNOTATOR_PORT, toAnnotator, type FromAnnotator, type KeyedEntry, type ToAnnotator } from '@/lib/protocol/annotator';
import { parse } from '@/lib/protocol/validate';
import { lexiconFor } from '@/lib/speakers/lexicons/index';
import type { SpeakerCount } from '@/lib/types';

/** Entries per repeats step and per speakers step (each a batch of the annotator, as in one task of the old reader). */
const REPEATS_STEP = 200;
const SPEAKERS_STEP = 400;
const PREPARE_STEP = 50;
/** Notes per message to the page at most (see `flush`). */
const NOTES_PER_MESSAGE = 200;
/** Work per turn of the background (ms) before it yields to its other tabs and messages. */
const TURN_MS = 20;

const inChunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * A yield without the timers' clamp (nested timers wait at least 4 ms): a message to ourselves,
 * run after the tasks already queued (other tabs' ports, the database's messages). One channel
 * for the whole background, made on first use.
 */
let turns: { queue: Array<() => void>; port: MessagePort } | null = null;
function selfYield(next: () => void): void {
  if (typeof MessageChannel !== 'function') return void setTimeout(next, 0);
  if (!turns) {
    const channel = new MessageChannel();
    const queue: Array<() => void> = [];
    channel.port1.onmessage = () => queue.shift()?.();
    turns = { queue, port: channel.port2 };
  }
  turns.queue.push(next);
  turns.port.postMessage(null);
}

export interface SessionOptions {
  /** Runs `next` after the background's other work had a turn (tests pass their own). */
  yieldTo?: (next: () => void) => void;
  now?: () => number;
}

/** One page session: takes the page's messages (checked here), posts notes back; `stop` when the port closed. */
export function createAnnotationSession(post: (message: FromAnnotator) => void, options: SessionOptions = {}) {
  const yieldTo = options.yieldTo ?? selfYield;
  const now = options.now ?? (() => performance.now());
  let annotator: Annotator<number> | null = null;
  let order: StreamOrder | undefined;
  let firstPage: KeyedEntry[] | null = [];
  /** Entries edited before the first page was annotated: read again once it is. */
  const editedEarly = new Map<number, EntryData>();
  let complete = false;
  let stopped = false;
  let begun = false;
  let done = 0;
  let ms = 0;
  let speakers: SpeakerCount[] = [];
  const pending = new Map<number, Annotation>();
  const work: Array<{ seq: number; steps: Generator<void> }> = [];
  let running = false;

  const apply = (update: { changed: Map<number, Annotation>; speakers: SpeakerCount[] }) => {
    for (const [key, note] of update.changed) pending.set(key, note);
    speakers = update.speakers;
  };
  let told = { done: 0, complete: false };
  const flush = (force: boolean) => {
    if (!pending.size && !force) return;
    const notes = [...pending].map(([key, note]) => ({ key, note }));
    pending.clear();
    // The page handles each message in a task of its own: parts, so that a first page's thousands
    // of notes are not one long task there. Only the last part tells what this flush finished.
    let i = 0;
    for (; notes.length - i > NOTES_PER_MESSAGE; i += NOTES_PER_MESSAGE) {
      post({ kind: 'notes', notes: notes.slice(i, i + NOTES_PER_MESSAGE), speakers, ...told, ms });
    }
    post({ kind: 'notes', notes: notes.slice(i), speakers, done, complete, ms });
    told = { done, complete };
  };

  /** A batch in page order, as the old reader did it: repeats in publication order (pinned copies last), then speakers top down. */
  function* annotate(batch: readonly KeyedEntry[], prepared: boolean): Generator<void> {
    const a = annotator!;
    const stream = batch.filter((e) => !e.data.pinned);
    const upward = a.order !== 'oldest-first';
    const published = [...(upward ? [...stream].reverse() : stream), ...batch.filter((e) => e.data.pinned)];
    for (const chunk of inChunks(published, REPEATS_STEP)) {
      apply(a.addRepeats((upward ? [...chunk].reverse() : chunk).map((e) => [e.key, e.data] as const)));
      yield;
    }
    if (!prepared) for (const chunk of inChunks(batch, PREPARE_STEP)) a.prepareSpeakers(chunk.map((e) => e.data)), yield;
    for (const chunk of inChunks(batch, SPEAKERS_STEP)) {
      apply(a.addSpeakers(chunk.map((e) => [e.key, e.data] as const)));
      yield;
    }
  }

  function* steps(message: ToAnnotator): Generator<void> {
    switch (message.kind) {
      case 'begin': {
        // The order is read once the first page is all there (the annotator asks at its first batch).
        annotator = createAnnotator<number>({
          lexicon: message.lang === null ? null : lexiconFor(message.lang),
          get order() {
            return order;
          },
        });
        return;
      }
      case 'add': {
        if (firstPage) {
          // Read ahead (the costly part) while the page reads on; annotated when it is all there.
          firstPage.push(...message.entries);
          for (const chunk of inChunks(message.entries, PREPARE_STEP)) annotator!.prepareSpeakers(chunk.map((e) => e.data)), yield;
          return;
        }
        yield* annotate(message.entries, false);
        return;
      }
      case 'read': {
        if (!firstPage) return;
        const page = firstPage;
        firstPage = null;
        order = streamOrder(page.filter((e) => !e.data.pinned).map((e) => e.data)) ?? 'newest-first';
        yield* annotate(page, true);
        if (editedEarly.size) apply(annotator!.edit([...editedEarly].map(([key, data]) => [key, data] as const)));
        editedEarly.clear();
        complete = true;
        return;
      }
      case 'edit': {
        if (firstPage) {
          for (const e of message.entries) {
            const at = firstPage.findIndex((f) => f.key === e.key);
            if (at >= 0) firstPage[at] = e, editedEarly.set(e.key, e.data);
          }
          return;
        }
        apply(annotator!.edit(message.entries.map((e) => [e.key, e.data] as const)));
        return;
      }
    }
  }

  /** Steps until the turn's budget is spent, then the notes so far, then a yield. */
  const run = () => {
    if (stopped) return;
    const start = now();
    let finished = false;
    while (work.length && now() - start < TURN_MS) {
      const job = work[0]!;
      if (job.steps.next().done) work.shift(), (done = job.seq), (finished = true);
    }
    if (!complete || finished) ms += now() - start;
    flush(finished);
    if (!work.length) return void (running = false);
    yieldTo(run);
  };

  return {
    /** A message from the page; a bad one ends the session (refused), since what follows would not make sense. */
    receive(raw: unknown): void {
      if (stopped) return;
      let message: ToAnnotator;
      try {
        message = parse('annotator', toAnnotator, raw);
        if ((message.kind === 'begin') === begun) throw new Error(`Invalid annotator message: ${begun ? 'a second begin' : 'no begin first'}`);
        begun = true;
      } catch (error) {
        stopped = true;
        post({ kind: 'refused', message: (error as Error).message });
        return;
      }
      work.push({ seq: message.seq, steps: steps(message) });
      if (!running) (running = true), yieldTo(run);
    },
    /** The port closed: forget everything. */
    stop(): void {
      stopped = true;
      work.length = 0;
      annotator = null;
      firstPage = null;
      pending.clear();
    },
    get stopped() {
      return stopped;
    },
  };
}

/** The part of `runtime.Port` a session needs (both browsers). */
interface Port {
  name: string;
  sender?: { id?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Sessions open now, per port: what a test (or a curious reader of the worker) can count. */
export const openSessions = new Set<ReturnType<typeof createAnnotationSession>>();

/** Answers the readers' ports: only our own content scripts in a tab (a web page cannot connect to us). */
export function registerAnnotator(onConnect: { addListener(listener: (port: Port) => void): void }, extensionId: string): void {
  onConnect.addListener((port) => {
    if (port.name !== ANNOTATOR_PORT) return;
    if (port.sender?.id !== extensionId || port.sender.tab?.id === undefined) return port.disconnect();
    const session = createAnnotationSession((message) => {
      try {
        port.postMessage(message);
      } catch {
        // The page went away between two steps: its onDisconnect stops the session.
      }
      if (message.kind === 'refused') port.disconnect(), session.stop(), openSessions.delete(session);
    });
    openSessions.add(session);
    port.onMessage.addListener((message) => session.receive(message));
    port.onDisconnect.addListener(() => {
      session.stop();
      openSessions.delete(session);
    });
  });
}
