// The annotation port's messages (lib/protocol/annotator.ts) and the background's session
// (entrypoints/background/annotator.ts): what a page may send, what is refused, and that the
// session annotates as the annotator itself does (one code path), per session.
import { describe, expect, it } from 'vitest';
import { createAnnotationSession } from '../../../entrypoints/background/annotator';
import { annotateAll, type EntryData } from '../../../lib/annotate';
import { entryData, entryForWire, toAnnotator, type AnnotatorNotes, type FromAnnotator, type ToAnnotator } from '../../../lib/protocol/annotator';
import { parse } from '../../../lib/protocol/validate';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';

const entry = (id: string, text: string, minutes: number, extra: Partial<EntryData> = {}): EntryData => ({
  id,
  time: new Date(Date.UTC(2026, 11, 3, 9, minutes)).toISOString(),
  timeLabel: null,
  title: '',
  text,
  paragraphs: [{ kind: 'p', text }],
  author: null,
  permalink: null,
  pinned: false,
  keyEvent: false,
  hasMedia: false,
  ...extra,
});

const REPEAT = 'The harbour authority said the ferry crossings would resume at noon once the storm had passed over the estuary.';
/** Newest first: e3 repeats e1 (published first, so e1 stays open). */
const PAGE = [
  entry('e3', REPEAT, 30),
  entry('e2', '"We will reopen the bridge tomorrow," said Mayor Helen Marsh, standing beside the closed approach road.', 20),
  entry('e1', REPEAT, 10),
];

/** A session run to the end with an instant clock; its notes, merged per key. */
async function session(messages: unknown[]) {
  const out: FromAnnotator[] = [];
  const s = createAnnotationSession((m) => out.push(m), { yieldTo: (next) => void queueMicrotask(next) });
  for (const m of messages) s.receive(m);
  await new Promise((resolve) => setTimeout(resolve, 10));
  const notes = out.filter((m): m is AnnotatorNotes => m.kind === 'notes');
  const byKey = new Map(notes.flatMap((m) => m.notes).map((n) => [n.key, n.note]));
  return { out, notes, byKey, last: notes.at(-1), session: s };
}

const firstPage = (lang: 'en' | null = 'en'): ToAnnotator[] => [
  { kind: 'begin', seq: 1, lang },
  { kind: 'add', seq: 2, entries: PAGE.map((data, key) => ({ key, data })) },
  { kind: 'read', seq: 3 },
];

describe('the annotation port: what the page may send', () => {
  it('accepts the four kinds of message', () => {
    for (const m of firstPage()) expect(parse('annotator', toAnnotator, m)).toEqual(m);
    const edit = { kind: 'edit', seq: 4, entries: [{ key: 0, data: PAGE[0] }] };
    expect(parse('annotator', toAnnotator, edit)).toEqual(edit);
  });

  it.each([
    ['no kind', { seq: 1, lang: 'en' }],
    ['an unknown kind', { kind: 'loadLexicon', seq: 1, lang: 'de' }],
    ['a language the extension does not ship', { kind: 'begin', seq: 1, lang: '../background' }],
    ['no sequence number', { kind: 'read' }],
    ['a negative key', { kind: 'add', seq: 2, entries: [{ key: -1, data: PAGE[0] }] }],
    ['an entry without an id', { kind: 'add', seq: 2, entries: [{ key: 0, data: { ...PAGE[0], id: '' } }] }],
    ['a page node instead of data', { kind: 'add', seq: 2, entries: [{ key: 0, data: { ...PAGE[0], paragraphs: 'p' } }] }],
    ['control characters', { kind: 'add', seq: 2, entries: [{ key: 0, data: { ...PAGE[0], text: 'a\u0000b' } }] }],
    ['an unknown paragraph kind', { kind: 'add', seq: 2, entries: [{ key: 0, data: { ...PAGE[0], paragraphs: [{ kind: 'script', text: 'x' }] } }] }],
    ['a class instance', { kind: 'add', seq: 2, entries: [{ key: 0, data: new Date() }] }],
    ['not an object', 'begin'],
  ])('refuses %s', (_what, bad) => {
    expect(() => parse('annotator', toAnnotator, bad)).toThrow(/Invalid annotator message/);
  });

  it('sends page text as it is, control characters as spaces (quote offsets stay right), long text cut to the bounds', () => {
    const data = entryForWire({ ...PAGE[1]!, text: 'a\u0007b', paragraphs: [{ kind: 'p', text: 'x\u0000y' }], title: 't'.repeat(300_000) });
    expect(data.text).toBe('a b');
    expect(data.paragraphs[0]!.text).toBe('x y');
    expect(() => entryData(data, 'data')).not.toThrow();
  });
});

describe('an entry on the wire', () => {
  const multi = entry('m1', '', 5, {
    paragraphs: [{ kind: 'p', text: 'The bridge is closed.' }, { kind: 'blockquote', text: '"Stay away from the river," police said.' }],
    text: 'The bridge is closed.\n\n"Stay away from the river," police said.',
  });

  it('sends an entry\'s text once: left out where it is the paragraphs joined, and the background has it back the same', () => {
    const data = entryForWire(multi);
    expect(data).not.toHaveProperty('text');
    expect(JSON.stringify(data).split('Stay away').length - 1).toBe(1);
    expect(entryData(JSON.parse(JSON.stringify(data)), 'data')).toEqual(multi);
  });

  it('keeps the text where it says something else than the paragraphs joined', () => {
    const other = { ...multi, text: 'The bridge is closed. "Stay away from the river," police said.' };
    expect(entryForWire(other).text).toBe(other.text);
    expect(entryData(entryForWire(other), 'data')).toEqual(other);
  });

  it('refuses paragraphs whose joined text would pass the bound a sent text has', () => {
    const long = { ...entryForWire(multi), paragraphs: [{ kind: 'p', text: 'a'.repeat(150_000) }, { kind: 'p', text: 'b'.repeat(150_000) }] };
    expect(() => entryData(long, 'data')).toThrow(/longer than/);
  });
});

describe('the background session', () => {
  it('annotates the first page as the annotator does on its own: repeats, speakers, the blog list', async () => {
    const { byKey, last } = await session(firstPage());
    const whole = annotateAll(PAGE.map((d) => ({ ...d, element: {} as Element })), { lexicon: LEXICONS.en });
    const expected = [...whole.byElement.values()];
    expect(PAGE.map((_, key) => byKey.get(key))).toEqual(expected);
    expect(byKey.get(0)!.duplicateOf).toBe('e1');
    expect(byKey.get(1)!.speakers).toEqual(['Helen Marsh']);
    expect(last).toMatchObject({ complete: true, done: 3, speakers: whole.speakers });
  });

  it('tells nothing as complete until the page says its first page is read', async () => {
    const { notes } = await session(firstPage().slice(0, 2));
    expect(notes.every((n) => !n.complete)).toBe(true);
    expect(notes.flatMap((n) => n.notes)).toEqual([]);
  });

  it('gives a blog in a language without a lexicon its repeats and no speakers', async () => {
    const { byKey, last } = await session(firstPage(null));
    expect(byKey.get(0)!.duplicateOf).toBe('e1');
    expect(byKey.get(1)?.speakers ?? []).toEqual([]);
    expect(last!.speakers).toEqual([]);
  });

  it('annotates a live entry against the blog, answering only what it changed', async () => {
    const { out, session: s } = await session(firstPage());
    const before = out.length;
    s.receive({ kind: 'add', seq: 4, entries: [{ key: 3, data: entry('e4', REPEAT, 40) }] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const after = out.slice(before) as AnnotatorNotes[];
    expect(after.at(-1)!.done).toBe(4);
    const told = new Map(after.flatMap((n) => n.notes).map((n) => [n.key, n.note]));
    expect(told.get(3)!.duplicateOf).toBe('e1'); // a repeat of the first published copy
    expect(told.has(1)).toBe(false); // the speaker's entry is not told again
  });

  it('refuses a bad message, says why, and ends the session', async () => {
    const { out, session: s } = await session([{ kind: 'add', seq: 1, entries: [] }, ...firstPage()]);
    expect(out).toEqual([{ kind: 'refused', message: expect.stringMatching(/no begin first/) }]);
    expect(s.stopped).toBe(true);
    const bad = await session([{ kind: 'begin', seq: 1, lang: 'en' }, { kind: 'add', seq: 2, entries: [{ key: 'x' }] }]);
    expect(bad.out.at(-1)).toEqual({ kind: 'refused', message: expect.stringMatching(/^Invalid annotator message: data\.entries\[0\]\.key/) });
  });

  it('keeps sessions apart (two tabs) and forgets one when its port closes', async () => {
    const a = await session(firstPage());
    const b = await session([{ kind: 'begin', seq: 1, lang: 'en' }, { kind: 'add', seq: 2, entries: [{ key: 0, data: PAGE[0]! }] }, { kind: 'read', seq: 3 }]);
    expect(a.byKey.get(0)!.duplicateOf).toBe('e1');
    expect(b.byKey.get(0)!.duplicateOf).toBeNull(); // e1 is not in this tab's blog
    a.session.stop();
    const before = a.out.length;
    a.session.receive({ kind: 'add', seq: 4, entries: [{ key: 9, data: entry('e9', 'More news', 50) }] });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(a.out.length).toBe(before);
  });

  it('tells a big first page in messages of a few hundred notes (each one task on the page), complete only in the last', async () => {
    const out: FromAnnotator[] = [];
    const s = createAnnotationSession((m) => out.push(m), { yieldTo: (next) => void setTimeout(next, 0), now: () => 0 });
    const many = Array.from({ length: 900 }, (_, i) => entry(`e${i}`, `Update ${i}: the council met again about road ${i}.`, i % 60));
    s.receive({ kind: 'begin', seq: 1, lang: 'en' });
    s.receive({ kind: 'add', seq: 2, entries: many.map((data, key) => ({ key, data })) });
    s.receive({ kind: 'read', seq: 3 });
    while (!(out.at(-1) as AnnotatorNotes | undefined)?.complete) await new Promise((resolve) => setTimeout(resolve, 5));
    const notes = out as AnnotatorNotes[];
    expect(Math.max(...notes.map((m) => m.notes.length))).toBeLessThanOrEqual(200);
    expect(new Set(notes.flatMap((m) => m.notes.map((n) => n.key))).size).toBe(900);
    expect(notes.filter((m) => m.complete)).toHaveLength(1);
    expect(notes.at(-1)).toMatchObject({ complete: true, done: 3 });
  });
});
