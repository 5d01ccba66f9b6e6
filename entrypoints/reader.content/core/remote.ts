// The page's end of the annotation port (lib/protocol/annotator.ts): entries go to the background
// as they are read, annotations come back by key. The background may go away at any time (Chrome
// stops an idle service worker; its sessions go with it): the page keeps what it sent (the
// language, the first page, each live batch since, in order) and, on a new port, sends it all again
// with the entries' current data, at once when an answer was still due, else with the next
// message. Nothing is lost: the annotations that come back again change nothing that is the same.
import type { Annotation } from '@/lib/annotate';
import type { SpeakerLanguage } from '@/lib/lang/detect';
import { ANNOTATOR_PORT, entryForWire, type FromAnnotator, type SentToAnnotator, type WireEntryData } from '@/lib/protocol/annotator';
import { LIMITS } from '@/lib/protocol/limits';
import type { SpeakerCount } from '@/lib/types';
import type { LensEntry } from './binding';

/** The part of `runtime.Port` the page uses. */
export interface PagePort {
  postMessage(message: SentToAnnotator): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: FromAnnotator) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What the background told: the annotations it set or changed, the blog's speakers, and whether the first page is done. */
export interface RemoteUpdate {
  changed: Map<LensEntry, Annotation>;
  speakers: SpeakerCount[];
  complete: boolean;
  /** The background's own time on the first page so far (ms). */
  ms: number;
}

export interface RemoteAnnotator {
  /** The blog's language (once; before anything else). */
  begin(lang: SpeakerLanguage | null): void;
  /** Entries new to the page (the first page until `read`, then live entries). */
  add(items: readonly LensEntry[]): void;
  /** The first page is all there. */
  read(): void;
  /** Entries whose content changed (their data is read again). */
  edit(items: readonly LensEntry[]): void;
}

/** Opens the annotation port of this page (the reader's own: `runtime.connect` from a content script). */
export const connectToBackground = (): PagePort => browser.runtime.connect({ name: ANNOTATOR_PORT }) as unknown as PagePort;

/** The data of an entry as sent (its element left out), kept until its content changes. */
const sent = new WeakMap<LensEntry, WireEntryData>();
function dataOf(item: LensEntry): WireEntryData {
  let d = sent.get(item);
  if (!d) {
    const { element: _element, ...rest } = item.entry;
    sent.set(item, (d = entryForWire(rest)));
  }
  return d;
}

const MAX_FAILURES = 3;

export function createRemoteAnnotator(connect: () => PagePort, signal: AbortSignal, onUpdate: (update: RemoteUpdate) => void): RemoteAnnotator {
  let port: PagePort | null = null;
  let seq = 0;
  let done = 0;
  let lang: SpeakerLanguage | null | undefined;
  /** Everything sent, in order: the first page, then each live batch. */
  const firstPage: LensEntry[] = [];
  const live: LensEntry[][] = [];
  let read = false;
  /** Ports lost in a row before any answer came: after a few the page gives up (the background refuses it). */
  let failures = 0;
  let refused = false;
  const keyOf = new Map<LensEntry, number>();
  const byKey: LensEntry[] = [];
  const key = (item: LensEntry) => {
    let k = keyOf.get(item);
    if (k === undefined) keyOf.set(item, (k = byKey.push(item) - 1));
    return k;
  };

  type Unnumbered = SentToAnnotator extends infer M ? (M extends SentToAnnotator ? Omit<M, 'seq'> : never) : never;
  const post = (p: PagePort, message: Unnumbered) => {
    if (port !== p) return; // lost meanwhile: a new port is sent everything
    try {
      p.postMessage({ ...message, seq: ++seq } as SentToAnnotator);
    } catch {
      // Closed before its onDisconnect was heard (the worker stopped): the same as a loss.
      lose(p, true);
    }
  };
  const postEntries = (p: PagePort, kind: 'add' | 'edit', items: readonly LensEntry[]) => {
    for (let i = 0; i < items.length; i += LIMITS.batch) {
      post(p, { kind, entries: items.slice(i, i + LIMITS.batch).map((item) => ({ key: key(item), data: dataOf(item) })) });
    }
  };

  const receive = (message: FromAnnotator) => {
    if (signal.aborted) return;
    if (message.kind === 'refused') return void (refused = true);
    failures = 0;
    done = Math.max(done, message.done);
    const changed = new Map<LensEntry, Annotation>();
    for (const { key: k, note } of message.notes) {
      const item = byKey[k];
      if (item) changed.set(item, note);
    }
    onUpdate({ changed, speakers: message.speakers, complete: message.complete, ms: message.ms });
  };

  /** A port went away. When an answer was still due (`due`), a new one is opened now; otherwise with the next message. */
  function lose(p: PagePort, due: boolean) {
    if (port !== p) return;
    port = null;
    if (!due || signal.aborted) return;
    failures++;
    setTimeout(open, 0);
  }

  /** The port, opened (and everything sent so far sent again) when there is none. */
  const open = (): PagePort | null => {
    if (port || signal.aborted || lang === undefined || refused || failures >= MAX_FAILURES) return port;
    let p: PagePort;
    try {
      p = connect();
    } catch {
      return null; // the extension was reloaded or removed: this page's reader is over
    }
    port = p;
    p.onMessage.addListener((m) => port === p && receive(m));
    p.onDisconnect.addListener(() => lose(p, done < seq));
    seq = 0;
    done = 0;
    post(p, { kind: 'begin', lang: lang! });
    if (firstPage.length) postEntries(p, 'add', firstPage);
    if (read) post(p, { kind: 'read' });
    for (const batch of live) postEntries(p, 'add', batch);
    return p;
  };
  const send = (work: (p: PagePort) => void) => {
    const had = port;
    const p = open();
    // A new port has just been sent everything, this included.
    if (p && p === had) work(p);
  };

  signal.addEventListener('abort', () => {
    const p = port;
    port = null;
    p?.disconnect();
  });

  return {
    begin(value) {
      if (lang !== undefined) return;
      lang = value;
      open();
    },
    add(items) {
      if (!items.length) return;
      if (read) live.push([...items]);
      else firstPage.push(...items);
      send((p) => postEntries(p, 'add', items));
    },
    read() {
      if (read) return;
      read = true;
      send((p) => post(p, { kind: 'read' }));
    },
    edit(items) {
      const known = items.filter((item) => keyOf.has(item));
      for (const item of known) sent.delete(item);
      if (known.length) send((p) => postEntries(p, 'edit', known));
    },
  };
}
