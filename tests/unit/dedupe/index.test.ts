import { describe, expect, it } from 'vitest';
import { DedupeIndex, dedupeEntries, streamOrder, type DedupeInput } from '../../../lib/dedupe/index';
import { generateDedupeEntries } from '../../bench/dedupe-bench';

const FERRY =
  'A passenger ferry ran aground outside the harbour at Kestrel Bay this morning, the coastguard said. All 214 passengers ' +
  'were taken off by lifeboat crews and no one was seriously hurt. The operator said the vessel lost steering shortly after leaving port.';
const BRIDGE =
  'Engineers closed the Harrow Street bridge after finding cracks in two of its piers, and the council expects the closure to ' +
  'last at least six weeks. Buses are diverted through the old town while a temporary footbridge is built.';
const STRIKE = 'Rail workers at three depots will strike on Thursday and Friday after pay talks broke down, the union said on Monday evening.';

const entry = (id: string, text: string, extra: Partial<DedupeInput> = {}): DedupeInput => ({ id, title: '', text, ...extra });
const dupOf = (entries: DedupeInput[], options = {}): Record<string, string | null> =>
  Object.fromEntries(dedupeEntries(entries, options).verdicts.map((v, i) => [`${i}:${v.id}`, v.duplicateOf]));

describe('identity', () => {
  it('the same site id twice is one entry, whatever the text', () => {
    const r = dedupeEntries([entry('b1', STRIKE), entry('b1', `${STRIKE} Updated.`)], { order: 'oldest-first' });
    expect(r.verdicts[1]).toMatchObject({ id: 'b1', duplicateOf: 'b1', reason: 'same-id' });
    expect(r.verdicts[0]!.duplicateOf).toBeNull();
  });

  it('a pinned copy above the stream collapses onto the stream copy (same id)', () => {
    const r = dedupeEntries([entry('b2', FERRY, { pinned: true }), entry('b3', BRIDGE), entry('b2', FERRY)]);
    expect(r.verdicts.map((v) => v.duplicateOf)).toEqual(['b2', null, null]);
  });

  it('a pinned copy without the id is matched by its content', () => {
    const r = dedupeEntries([entry('lbl-x', `Pinned\n\n${FERRY}`, { pinned: true }), entry('b3', BRIDGE), entry('b2', FERRY)]);
    expect(r.verdicts[0]).toMatchObject({ duplicateOf: 'b2', reason: 'exact' });
    expect(r.verdicts[2]!.duplicateOf).toBeNull();
  });

  it('a pinned post whose original is not on the page stays open', () => {
    const r = dedupeEntries([entry('p', FERRY, { pinned: true }), entry('b3', BRIDGE)]);
    expect(r.verdicts.map((v) => v.duplicateOf)).toEqual([null, null]);
  });
});

describe('which copy stays', () => {
  it('newest-first: the copy further down was published first and stays open', () => {
    expect(dupOf([entry('new', FERRY), entry('mid', BRIDGE), entry('old', FERRY)])).toEqual({ '0:new': 'old', '1:mid': null, '2:old': null });
  });

  it('oldest-first: the copy further up stays open', () => {
    expect(dupOf([entry('old', FERRY), entry('mid', BRIDGE), entry('new', FERRY)], { order: 'oldest-first' })).toEqual({
      '0:old': null,
      '1:mid': null,
      '2:new': 'old',
    });
  });

  it('reads the stream direction from the times', () => {
    const oldestFirst = [entry('a', FERRY, { time: '2024-05-01T10:00:00Z' }), entry('b', BRIDGE, { time: '2024-05-01T10:05:00Z' }), entry('c', FERRY, { time: '2024-05-01T10:09:00Z' })];
    expect(streamOrder(oldestFirst)).toBe('oldest-first');
    expect(streamOrder([...oldestFirst].reverse())).toBe('newest-first');
    expect(streamOrder([entry('a', FERRY), entry('b', BRIDGE)])).toBeNull();
    expect(dedupeEntries(oldestFirst).verdicts.map((v) => v.duplicateOf)).toEqual([null, null, 'a']);
  });

  it('a re-post with a sentence added keeps the fuller copy open, with a sentence cut the earlier one', () => {
    const added = `${BRIDGE} A public meeting about the repairs will be held at the library on Monday.`;
    const r = dedupeEntries([entry('repost', added), entry('first', BRIDGE)]);
    expect(r.verdicts.map((v) => [v.duplicateOf, v.reason])).toEqual([[null, null], ['repost', 'near']]);
    const cut = FERRY.split('. ').slice(0, 2).join('. ');
    expect(dupOf([entry('repost', cut), entry('first', FERRY)])).toEqual({ '0:repost': 'first', '1:first': null });
  });

  it('a summary line collapses onto the entry that holds it, before or after it', () => {
    const line = 'A passenger ferry ran aground outside the harbour at Kestrel Bay this morning, the coastguard said.';
    const after = dedupeEntries([entry('summary', line), entry('full', FERRY)]);
    expect(after.verdicts[0]).toMatchObject({ duplicateOf: 'full', reason: 'contained' });
    expect(dupOf([entry('full', FERRY), entry('summary', line)])).toEqual({ '0:full': null, '1:summary': 'full' });
  });

  it('a copy that adds a photo stays open', () => {
    expect(dupOf([entry('photo', FERRY, { hasMedia: true }), entry('text', FERRY)])).toEqual({ '0:photo': null, '1:text': 'photo' });
  });

  it('repeats of a repeat point at the one open copy, and follow it when it folds into a fuller one', () => {
    const index = new DedupeIndex({ order: 'oldest-first' });
    index.add([entry('a', BRIDGE), entry('b', BRIDGE), entry('c', `Key event\n\n${BRIDGE}`)]);
    expect(index.verdicts().map((v) => v.duplicateOf)).toEqual([null, 'a', 'a']);
    const update = index.add([entry('d', `${BRIDGE} Work starts on Monday and will take 12 weeks, the council said.`)]);
    expect(update.verdicts).toEqual([{ id: 'd', duplicateOf: null, reason: null, score: 0 }]);
    expect(update.changed.map((v) => [v.id, v.duplicateOf, v.entry.id])).toEqual([
      ['a', 'd', 'a'],
      ['b', 'd', 'b'],
      ['c', 'd', 'c'],
    ]);
  });
});

describe('never collapsed', () => {
  it('same story with different facts: related, both open', () => {
    const r = dedupeEntries([entry('later', FERRY.replace('214', '241')), entry('earlier', FERRY)]);
    expect(r.verdicts.map((v) => v.duplicateOf)).toEqual([null, null]);
    expect(r.related).toEqual([{ a: 'earlier', b: 'later', score: expect.any(Number) }]);
    expect(r.related[0]!.score).toBeGreaterThan(0.8);
  });

  it('related pairs are reported once, between the copies that stay open', () => {
    const index = new DedupeIndex({ order: 'oldest-first' });
    index.add([entry('x', FERRY), entry('x2', `Pinned\n\n${FERRY}`)]);
    const update = index.add([entry('y', FERRY.replace('214', '241'))]);
    expect(update.related).toEqual([{ a: 'x', b: 'y', score: expect.any(Number) }]);
    expect(index.related()).toEqual(update.related);
  });

  it('two short different updates, and short lines that repeat because the event repeats', () => {
    const r = dedupeEntries([
      entry('s1', 'Track grooming.'),
      entry('g2', 'Goal! Hartley heads in from the corner, 2-0.'),
      entry('s2', 'Track grooming.'),
      entry('g1', 'Goal! Hartley heads in from the corner, 1-0.'),
      entry('s3', 'Track grooming.'),
    ]);
    expect(r.verdicts.every((v) => v.duplicateOf === null)).toBe(true);
    expect(r.related).toEqual([]);
  });

  it('image-only entries and captioned photos', () => {
    const r = dedupeEntries([
      entry('p1', '', { hasMedia: true }),
      entry('p2', '', { hasMedia: true }),
      entry('p3', '', { title: 'Crowds outside the stadium before the final', hasMedia: true }),
      entry('p4', '', { title: 'Crowds outside the stadium before the final', hasMedia: true }),
    ]);
    expect(r.verdicts.every((v) => v.duplicateOf === null)).toBe(true);
  });
});

describe('live updates', () => {
  it('judges only the new entries and agrees with the batch verdict', () => {
    const page = [entry('b3', STRIKE), entry('b2', BRIDGE), entry('b1', FERRY)];
    const index = new DedupeIndex();
    index.add(page);
    const update = index.add([entry('b5', `Key event\n\n${FERRY}`), entry('b4', 'The harbour has reopened to all traffic after the ferry was towed clear this afternoon.')]);
    expect(update.verdicts.map((v) => [v.id, v.duplicateOf])).toEqual([
      ['b5', 'b1'],
      ['b4', null],
    ]);
    expect(update.changed).toEqual([]);
    expect(index.size).toBe(5);
    const batch = dedupeEntries([entry('b5', `Key event\n\n${FERRY}`), entry('b4', 'The harbour has reopened to all traffic after the ferry was towed clear this afternoon.'), ...page]);
    expect(batch.verdicts.map((v) => v.duplicateOf)).toEqual(['b1', null, null, null, null]);
  });

  it('a new stream copy takes over from an open pinned copy, even under the same id', () => {
    const index = new DedupeIndex();
    const pinned = entry('pin', FERRY, { pinned: true });
    index.add([pinned, entry('b3', BRIDGE)]);
    const update = index.add([entry('b9', FERRY)]);
    expect(update.verdicts[0]!.duplicateOf).toBeNull();
    expect(update.changed).toEqual([{ id: 'pin', duplicateOf: 'b9', reason: 'exact', score: 1, entry: pinned }]);
    expect(index.verdictFor(pinned)).toMatchObject({ duplicateOf: 'b9' });

    const sameId = new DedupeIndex();
    const copy = entry('b2', FERRY, { pinned: true });
    sameId.add([copy]);
    const original = entry('b2', FERRY);
    const later = sameId.add([original]);
    expect(later.changed.map((v) => v.entry)).toEqual([copy]);
    expect(sameId.verdictFor(copy)).toMatchObject({ duplicateOf: 'b2', reason: 'same-id' });
    expect(sameId.verdictFor(original)!.duplicateOf).toBeNull();
    expect(sameId.verdictFor(entry('b2', FERRY))).toBeNull();
  });

  it('incremental adds give the batch verdicts on a generated blog', () => {
    const entries = generateDedupeEntries(600, 3).filter((e) => !e.pinned);
    const page = [...entries].reverse();
    const batch = dedupeEntries(page, { order: 'newest-first' }).verdicts;
    const index = new DedupeIndex({ order: 'newest-first' });
    for (let end = entries.length; end > 0; end -= 50) index.add(page.slice(Math.max(0, end - 50), end));
    const byId = new Map(index.verdicts().map((v) => [v.id, v.duplicateOf]));
    expect(batch.filter((v) => byId.get(v.id) !== v.duplicateOf)).toEqual([]);
    expect(batch.filter((v) => v.duplicateOf).length).toBeGreaterThan(30);
  });
});

describe('scale', () => {
  it('collapses repeats in a 5,000-entry batch and in live entries after it', () => {
    const entries = generateDedupeEntries(5100, 5);
    const page = entries.slice(0, 5000).reverse();
    const index = new DedupeIndex();
    const { verdicts } = index.add(page);
    expect(verdicts.filter((v) => v.duplicateOf).length).toBeGreaterThan(300);
    // Live entries after the batch are judged against it (speed: `npx tsx tests/bench/dedupe-bench.ts`).
    const live = entries.slice(5000, 5100).flatMap((e) => index.add([e]).verdicts);
    expect(live).toHaveLength(100);
  }, 60_000);
});

describe('the collapse threshold, as a reader meets it', () => {
  // An entry and a later version of it; the later one rewrites a stretch of `rewritten` words in
  // the middle (no new numbers or names, so only the amount of shared text decides).
  const BRIDGE_LONG =
    'engineers closed the old river bridge this morning after divers found deep cracks in two of its stone piers and the ' +
    'council said the closure would last for several weeks while repairs are planned buses are being diverted through the ' +
    'old town and a temporary footbridge for walkers and cyclists will be put up beside the bridge by the end of the month ' +
    'officials asked drivers to leave extra time for journeys across the valley';
  const NEW_WORDS = 'residents living near the crossing told reporters they had worried about the structure for many years before'.split(' ');
  const rewrite = (rewritten: number) => {
    const words = BRIDGE_LONG.split(' ');
    for (let i = 0; i < rewritten; i++) words[20 + i] = NEW_WORDS[i % NEW_WORDS.length]!;
    return words.join(' ');
  };
  const verdicts = (later: string) => dedupeEntries([entry('first', BRIDGE_LONG), entry('later', later)], { order: 'oldest-first' }).verdicts;

  it('collapses a light edit (a few words changed: about 84% of the text shared)', () => {
    expect(verdicts(rewrite(10)).map((v) => v.duplicateOf)).toEqual([null, 'first']);
  });

  it('keeps a rewritten update open (a fifth of it new: about 75% shared) and only links the two', () => {
    const r = dedupeEntries([entry('first', BRIDGE_LONG), entry('later', rewrite(16))], { order: 'oldest-first' });
    expect(r.verdicts.map((v) => v.duplicateOf)).toEqual([null, null]);
    expect(r.related.map((p) => [p.a, p.b].sort())).toEqual([['first', 'later']]);
  });
});
