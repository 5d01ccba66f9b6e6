// The annotator by deltas (lib/annotate.ts): a first page annotated in chunks (repeats in
// publication order, speakers read ahead in slices and resolved as one batch) gives exactly what
// one batch gives, and a live entry changes only what it changes.
import { describe, expect, it } from 'vitest';
import { annotateAll, createAnnotator, type EntryData } from '../../lib/annotate';
import type { Entry } from '../../lib/types';

/** Entries of a newest-first blog (page order); `said` entries quote someone. */
function blog(): EntryData[] {
  const at = (m: number) => new Date(Date.UTC(2026, 11, 2, 9, m)).toISOString();
  const text = (i: number) => `Update ${i}: the harbour council met again over the ferry timetable, item ${i} of ${i * 7} on its list.`;
  const entries: EntryData[] = Array.from({ length: 40 }, (_, k) => {
    const i = 39 - k;
    const said = i % 4 === 0 ? [{ kind: 'p' as const, text: `Speaking to reporters, Mara Lindqvist said the ferries would run on time.` }] : [];
    return {
      id: `e${i}`, time: at(i), timeLabel: null, title: `Update ${i}`, text: text(i), author: null, permalink: null,
      pinned: false, keyEvent: false, hasMedia: false, paragraphs: [{ kind: 'p' as const, text: text(i) }, ...said],
    };
  });
  // A re-post of e10 near the top, and a pinned copy of e30 above everything.
  entries.splice(3, 0, { ...entries[29]!, id: 'e10-again', time: at(50) });
  entries.unshift({ ...entries[10]!, pinned: true });
  return entries;
}

const asEntries = (data: EntryData[]) => data.map((d) => ({ ...d, element: {} as Element }) as Entry);

describe('the annotator by deltas', () => {
  it('annotates a first page in chunks exactly as in one batch', () => {
    const data = blog();
    const whole = annotateAll(asEntries(data));
    const expected = [...whole.byElement.values()];

    const annotator = createAnnotator<number>({ order: 'newest-first' });
    const notes = new Map<number, unknown>();
    const keyed = data.map((d, i) => [i, d] as const);
    const stream = keyed.filter(([, d]) => !d.pinned);
    // Repeats: chunks of 7 from the bottom of the page up, each in page order; pinned copies last.
    for (let end = stream.length; end > 0; end -= 7) {
      for (const [k, n] of annotator.addRepeats(stream.slice(Math.max(0, end - 7), end)).changed) notes.set(k, n);
    }
    for (const [k, n] of annotator.addRepeats(keyed.filter(([, d]) => d.pinned)).changed) notes.set(k, n);
    // Speakers: read ahead in slices of 5, then resolved as one batch.
    for (let i = 0; i < data.length; i += 5) annotator.prepareSpeakers(data.slice(i, i + 5));
    for (const [k, n] of annotator.addSpeakers(keyed).changed) notes.set(k, n);

    expect(keyed.map(([k]) => notes.get(k))).toEqual(expected);
    expect(expected.filter((n) => n.duplicateOf).length).toBe(2); // the fixture has what it says
    expect(expected.some((n) => n.speakers.includes('Mara Lindqvist'))).toBe(true);
  });

  it('a live entry changes itself and what it repeats or relates to, nothing else', () => {
    const data = blog();
    const annotator = createAnnotator<string>({});
    annotator.add(data.map((d) => [d.id + (d.pinned ? '#pinned' : ''), d] as const));
    const live: EntryData = { ...data[5]!, id: 'live', time: new Date(Date.UTC(2026, 11, 2, 11)).toISOString(), title: 'Ferry news', text: 'The ferry to the islands is cancelled for the afternoon because of the gale.', paragraphs: [{ kind: 'p', text: 'The ferry to the islands is cancelled for the afternoon because of the gale.' }] };
    const { changed } = annotator.add([['live', live]]);
    expect([...changed.keys()]).toEqual(['live']);
  });
});
