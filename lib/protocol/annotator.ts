// The reader's entries go to the background to be annotated (repeats, related entries, speakers,
// quotes), over one port per page session (`runtime.connect` with ANNOTATOR_PORT): the annotation
// runs on the background's thread, not the page's, and the lexicons of every language live there,
// so the page never loads word lists. The port is the session: the background drops a session's
// state when its port closes (tab closed, page navigated, reader stopped), and the page opens a new
// port and sends its entries again when the background went away (a restarted service worker).
// Entries are keyed by numbers the page gives (two copies of one entry share an id, not a key).
import type { Annotation, EntryData } from '../annotate';
import { SPEAKER_LANGUAGES, type SpeakerLanguage } from '../lang/detect';
import type { SpeakerCount } from '../types';
import { joinParagraphs, PARAGRAPH_BREAK } from '../entries/text';
import { LIMITS } from './limits';
import { arr, bool, int, nullable, obj, oneOf, optional, str, ValidationError, type Check } from './validate';

/** The port's name: the background's onConnect knows the reader by it. */
export const ANNOTATOR_PORT = 'lbl-annotator';

/** An entry as the page sends it: its key and its data (never a page node). */
export interface KeyedEntry {
  key: number;
  data: EntryData;
}

/**
 * Page to background. Every message carries `seq` (1, 2, 3... on a port), which the background's
 * notes answer with `done` once the message's work is over.
 * - `begin`: the first message on a port, with the blog's language (null: a language the speaker
 *   finder does not read, so no speakers rather than guesses).
 * - `add`: entries new to the page. Before `read`, they are the first page (in page order); after
 *   it, live entries published after everything before (the first page is annotated as a whole,
 *   because which copy of a repeat stays open depends on the order of publication).
 * - `read`: the first page is all there.
 * - `edit`: entries whose content changed on the page (same keys), read again.
 */
export type ToAnnotator =
  | { kind: 'begin'; seq: number; lang: SpeakerLanguage | null }
  | { kind: 'add'; seq: number; entries: KeyedEntry[] }
  | { kind: 'edit'; seq: number; entries: KeyedEntry[] }
  | { kind: 'read'; seq: number };

/**
 * An entry's data as the page sends it: `text` is left out where it is the paragraphs joined (as
 * entries' text always is), since the port serialises every message and the text would cross
 * twice; the check (`entryData`) joins them again on the background's side.
 */
export type WireEntryData = Omit<EntryData, 'text'> & { text?: string };

/** A message as the page sends it (`ToAnnotator` is what the check gives the background). */
export type SentToAnnotator =
  | Exclude<ToAnnotator, { entries: KeyedEntry[] }>
  | { kind: 'add' | 'edit'; seq: number; entries: Array<{ key: number; data: WireEntryData }> };

/**
 * Background to page: annotations set or changed (by key), the blog's speakers, the highest `seq`
 * whose work is over, and whether the first page is annotated (`complete`). `ms`: the background's
 * own time on the first page so far (the bench reports it).
 */
export interface AnnotatorNotes {
  kind: 'notes';
  notes: Array<{ key: number; note: Annotation }>;
  speakers: SpeakerCount[];
  done: number;
  complete: boolean;
  ms: number;
}

/** Background to page: a message was refused (its check failed); the session is over. */
export interface AnnotatorRefusal {
  kind: 'refused';
  message: string;
}

export type FromAnnotator = AnnotatorNotes | AnnotatorRefusal;

/** Generous bounds: an entry is text of the page, and one long entry must not cost the session. */
const TEXT = 200_000;
const PARAGRAPHS = 2_000;
const seq = /* @__PURE__ */ int(1, 2 ** 31);
const key = /* @__PURE__ */ int(0, 2 ** 31);

/** True when `text` is `paragraphs` joined as the extractors join them (`joinParagraphs`), read in place: no joined copy is made on the page. */
function isJoined(text: string, paragraphs: readonly { text: string }[]): boolean {
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i) {
      if (!text.startsWith(PARAGRAPH_BREAK, at)) return false;
      at += PARAGRAPH_BREAK.length;
    }
    const part = paragraphs[i]!.text;
    if (!text.startsWith(part, at)) return false;
    at += part.length;
  }
  return at === text.length;
}

/** One entry's data, exactly the fields the annotator reads (`text`, when the page left it out, joined again). */
export const entryData: Check<EntryData> = /* @__PURE__ */ (() => {
  const text = str(TEXT);
  const short = nullable(str(LIMITS.url * 4));
  const wire = obj({
    id: str(LIMITS.entryId, { min: 1 }),
    time: short,
    timeLabel: short,
    title: str(TEXT),
    text: optional(text),
    paragraphs: arr(obj({ kind: oneOf('p', 'blockquote', 'li', 'h'), text }), PARAGRAPHS),
    author: short,
    permalink: short,
    pinned: bool,
    keyEvent: bool,
    hasMedia: bool,
  });
  return (value, path) => {
    const d = wire(value, path);
    // Text left out is joined again within the same bound as text sent (a page cuts longer text, so sends it).
    if (d.text === undefined && d.paragraphs.reduce((n, p) => n + p.text.length + PARAGRAPH_BREAK.length, 0) - PARAGRAPH_BREAK.length > TEXT) {
      throw new ValidationError(`${path}.text: the paragraphs joined are longer than ${TEXT} characters`);
    }
    return {
      id: d.id, time: d.time, timeLabel: d.timeLabel, title: d.title, text: d.text ?? joinParagraphs(d.paragraphs),
      paragraphs: d.paragraphs, author: d.author, permalink: d.permalink, pinned: d.pinned, keyEvent: d.keyEvent, hasMedia: d.hasMedia,
    };
  };
})();

const entries = /* @__PURE__ */ arr(obj({ key, data: entryData }), LIMITS.batch);

/** The check of every message the page may send on the port. */
export const toAnnotator: Check<ToAnnotator> = /* @__PURE__ */ (() => {
  const shapes = {
    begin: obj({ kind: oneOf('begin'), seq, lang: nullable(oneOf(...SPEAKER_LANGUAGES)) }),
    add: obj({ kind: oneOf('add'), seq, entries }),
    edit: obj({ kind: oneOf('edit'), seq, entries }),
    read: obj({ kind: oneOf('read'), seq }),
  } as const;
  return (value, path) => {
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(shapes, kind)) throw new ValidationError(`${path}.kind: unknown kind`);
    return shapes[kind as keyof typeof shapes](value, path) as ToAnnotator;
  };
})();

// Control characters are refused by the checks; a page's text may hold one. Each becomes a space,
// so that quote offsets into a paragraph stay right.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const HAS_CONTROL = new RegExp(CONTROLS.source);
const clean = (s: string) => s.replace(CONTROLS, ' ');
const cleanOrNull = (s: string | null) => (s === null ? null : clean(s));

/**
 * An entry's data as the page sends it: within the checks' bounds, without control characters,
 * and without `text` where it is the paragraphs joined (`WireEntryData`).
 */
export function entryForWire(data: EntryData): WireEntryData {
  // The common case, text within bounds that is its paragraphs joined, is read once: no control
  // character in the text means none in the paragraphs, and nothing needs cleaning or cutting.
  const ofParagraphs = data.paragraphs.length <= PARAGRAPHS && data.text.length <= TEXT && isJoined(data.text, data.paragraphs);
  const plain = ofParagraphs && !HAS_CONTROL.test(data.text);
  const paragraphs = data.paragraphs
    .slice(0, PARAGRAPHS)
    .map((p) => ({ kind: p.kind, text: plain ? p.text : clean(p.text).slice(0, TEXT) }));
  // Cleaning maps one character to one, so text that was its paragraphs joined still is.
  const text = ofParagraphs ? null : clean(data.text).slice(0, TEXT);
  return {
    id: clean(data.id).slice(0, LIMITS.entryId),
    time: cleanOrNull(data.time)?.slice(0, LIMITS.url * 4) ?? null,
    timeLabel: cleanOrNull(data.timeLabel)?.slice(0, LIMITS.url * 4) ?? null,
    title: clean(data.title).slice(0, TEXT),
    ...(text === null || isJoined(text, paragraphs) ? {} : { text }),
    paragraphs,
    author: cleanOrNull(data.author)?.slice(0, LIMITS.url * 4) ?? null,
    permalink: cleanOrNull(data.permalink)?.slice(0, LIMITS.url * 4) ?? null,
    pinned: data.pinned,
    keyEvent: data.keyEvent,
    hasMedia: data.hasMedia,
  };
}
