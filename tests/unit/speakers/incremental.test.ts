// The speaker index on a live blog: one new entry costs the entry (plus the rare earlier entries
// it renames), not a pass over the blog; `changed` lists exactly the entries whose speakers moved;
// and a new entry never takes a speaker away from an earlier one.
import { describe, expect, it } from 'vitest';
import { SpeakerIndex, type EntrySpeakers } from '../../../lib/speakers/index';
import type { SpeakerEntryInput } from '../../../lib/speakers/model';
import { entry } from './helpers';

const FIRST = ['Grace', 'Tomas', 'Amira', 'Jonas', 'Mira', 'Dan', 'Leila', 'Ruth', 'Pablo', 'Ines'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Vik', 'Patel', 'Reyes', 'Marsh', 'Dunne', 'Ortega', 'Keller', 'Brandt', 'Sato'];

/** A blog of `n` entries naming people in full, by surname and not at all, like a day of updates. */
function blog(n: number, prefix = 'p'): SpeakerEntryInput[] {
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const paras =
      i % 3 === 0
        ? [`${first} ${last} said the ferry would run on time.`]
        : i % 3 === 1
          ? [`Councillor ${last} told reporters the road was open.`, 'Traffic is light this morning.']
          : ['The tide is turning and the harbour is busy.'];
    return entry('', paras, { id: `${prefix}${i}` });
  });
}

function snapshot(index: SpeakerIndex, ids: readonly string[]): Map<string, EntrySpeakers> {
  return new Map(ids.map((id) => [id, structuredClone(index.get(id)!)]));
}

describe('a live entry costs the same on a small and a huge blog', () => {
  it.each([[50], [3000]])('on a blog of %i entries, one live entry is read once and resolved once', (size) => {
    const index = new SpeakerIndex();
    index.add(blog(size));
    expect(index.work.read).toBe(size);
    const live = entry('', ['Ambulance crews said the bridge would reopen at noon.'], { id: 'live-1' });
    const r = index.add([live]);
    expect(index.work).toEqual({ read: 1, resolved: 1 });
    expect([...r.changed.keys()]).toEqual(['live-1']);
    // A live entry naming a person the blog already knows changes nobody else either.
    const known = entry('', ['Grace Okafor said the bridge was safe again.'], { id: 'live-2' });
    index.add([known]);
    expect(index.work).toEqual({ read: 1, resolved: 1 });
  });

  it('re-resolves only the entries of the person a fuller name renames', () => {
    const index = new SpeakerIndex();
    const base = blog(600);
    const mentions = [
      entry('', ['Minister Zielke said the clinics would stay open.'], { id: 'z1' }),
      entry('', ['Minister Zielke added that staff were safe.'], { id: 'z2' }),
    ];
    index.add([...base, ...mentions]);
    const r = index.add([entry('', ['Health minister Hanna Zielke visited the clinic.'], { id: 'z3' })]);
    expect(index.work).toEqual({ read: 1, resolved: 3 });
    expect([...r.changed.keys()].sort()).toEqual(['z1', 'z2', 'z3']);
    expect(r.changed.get('z1')!.speakers).toEqual(['Hanna Zielke']);
    expect(r.speakers.find((s) => s.name === 'Hanna Zielke')).toEqual({ name: 'Hanna Zielke', entries: 2 });
    expect(r.speakers.some((s) => s.name === 'Zielke')).toBe(false);
  });
});

describe('changed means changed', () => {
  it('every entry left out of `changed` keeps exactly what it had', () => {
    const index = new SpeakerIndex();
    const first = blog(120);
    index.add(first);
    const ids = first.map((e) => e.id);
    const later = [
      entry('', ['Councillor Hana Sato said the market would move.'], { id: 'l1' }),
      entry('', ['Inspector Ruth Keller said the road had reopened.'], { id: 'l2' }),
      entry('', ['Sato said traders had been told.'], { id: 'l3' }),
    ];
    for (const e of later) {
      const before = snapshot(index, ids);
      const r = index.add([e]);
      for (const id of ids) {
        if (r.changed.has(id)) expect(r.changed.get(id)).not.toEqual(before.get(id));
        else expect(index.get(id)).toEqual(before.get(id));
      }
      ids.push(e.id);
    }
  });
});

describe('a new entry never takes a speaker away from an earlier one', () => {
  const earlier = [
    entry('', ['Berg said the vote would be close.'], { id: 'a' }),
    entry('', ['Erik Berg said the vote would be close.'], { id: 'b' }),
    entry('', ['Tom Hale said the crowd was growing.'], { id: 'c' }),
    entry('', ['Rishi Sunak said the economy was turning a corner.'], { id: 'd' }),
    entry('', ['Prime minister Ana Lopez said talks would go on.'], { id: 'e' }),
  ];
  const later = [
    // A second Berg makes "Berg" ambiguous from now on.
    entry('', ['Anna Berg said she would stand.'], { id: 'f' }),
    // The blog now presents Tom Hale as its correspondent.
    entry('', ['Our correspondent Tom Hale said the square was full.'], { id: 'g' }),
    entry('', ['Speaking to reporters, Rishi Sunak said:', ['blockquote', 'We are getting on with the job.']], { id: 'h' }),
    entry('', ['The Ana Lopez Foundation said it would fund the shelter.'], { id: 'i' }),
  ];

  it('whatever arrives later, earlier entries keep their speakers (renamed at most)', () => {
    const index = new SpeakerIndex();
    index.add(earlier);
    const before = snapshot(index, earlier.map((e) => e.id));
    for (const e of later) {
      index.add([e]);
      for (const [id, had] of before) {
        const now = index.get(id)!;
        for (const name of had.speakers) expect(now.speakers.some((s) => s === name || s.endsWith(` ${name}`))).toBe(true);
        expect(now.quotes.length).toBeGreaterThanOrEqual(had.quotes.length);
      }
    }
    expect(index.get('a')!.speakers).toEqual(['Erik Berg']);
    expect(index.get('c')!.speakers).toEqual(['Tom Hale']);
    expect(index.get('h')!.speakers).toEqual(['Rishi Sunak']);
    // The new entries themselves read with everything known so far.
    expect(index.get('g')!.speakers).toEqual([]);
  });

  it('read as one batch, the same blog uses all its evidence at once', () => {
    const index = new SpeakerIndex();
    index.add([...earlier, ...later]);
    // Two Bergs, but the entry just before 'a' in time (b: the page lists newest first) quotes Erik Berg alone.
    expect(index.get('a')!.speakers).toEqual(['Erik Berg']);
    expect(index.get('c')!.speakers).toEqual([]); // the blog's own correspondent
  });
});
