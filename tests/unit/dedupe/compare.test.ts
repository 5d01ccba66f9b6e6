import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, factsWithin, fingerprint, judgePair, type Side } from '../../../lib/dedupe/compare';
import { evaluatePairs, preparePairs, sweepCollapse } from '../../../lib/dedupe/evaluate';
import { syntheticPairs } from '../../fixtures/dedupe/synthetic';

const side = (text: string, extra: Partial<Omit<Side, 'fp'>> & { title?: string } = {}): Side => ({
  fp: fingerprint(extra.title ?? '', text),
  pinned: extra.pinned ?? false,
  hasMedia: extra.hasMedia ?? false,
});

const LONG =
  'Engineers closed the Harrow Street bridge after finding cracks in two of its piers, and the council expects the closure ' +
  'to last at least six weeks. Buses are diverted through the old town while a temporary footbridge is built beside the ' +
  'river. The council leader, Maria Okafor, said inspections would continue every day until the repair plan is agreed.';

describe('thresholds', () => {
  it('default to the values chosen by the evaluation', () => {
    // What the README's figures were measured with; the reader-visible effect of `collapseWord` is
    // held by tests/unit/dedupe/index.test.ts ("the collapse threshold, as a reader meets it").
    const chosen = { minWords: 10, charBelowWords: 40, wordK: 3, charK: 5, collapseWord: 0.8, collapseChar: 0.88, relatedWord: 0.3, relatedChar: 0.6, fullerByWords: 6 };
    expect(DEFAULT_THRESHOLDS).toMatchObject(chosen);
  });

  it('measure short pairs on characters and long pairs on words', () => {
    expect(judgePair(side(LONG), side(LONG.replace('piers', 'peirs'))).measure).toBe('word');
    const short = 'Engineers closed the Harrow Street bridge after finding cracks in two of its piers.';
    expect(judgePair(side(short), side(short.replace('piers', 'peirs'))).measure).toBe('char');
    expect(judgePair(side(short), side(short)).measure).toBe('exact');
  });

  it('a collapse needs the containment threshold of its measure', () => {
    const cut = LONG.split('. ').slice(0, 2).join('. ');
    const strict = { ...DEFAULT_THRESHOLDS, collapseWord: 0.99 };
    expect(judgePair(side(LONG), side(cut)).kind).toBe('collapse');
    expect(judgePair(side(LONG), side(`${cut} A public meeting is planned.`), strict).kind).toBe('related');
  });
});

describe('judgePair', () => {
  it('collapses the later copy of light edits and keeps the earlier one', () => {
    expect(judgePair(side(LONG), side(LONG.replace('Buses are diverted', 'Buses are being diverted')))).toMatchObject({ kind: 'collapse', drop: 'b' });
    expect(judgePair(side(LONG, { title: 'Bridge shut' }), side(LONG, { title: 'Cracks close Harrow Street bridge' }))).toMatchObject({
      kind: 'collapse',
      drop: 'b',
    });
  });

  it('folds the smaller copy into the fuller one, whichever came first', () => {
    const added = `${LONG} A public meeting about the repairs will be held at the library on Monday.`;
    expect(judgePair(side(LONG), side(added))).toMatchObject({ kind: 'collapse', drop: 'a' });
    const line = 'Engineers closed the Harrow Street bridge after finding cracks in two of its piers.';
    expect(judgePair(side(line), side(LONG))).toMatchObject({ kind: 'collapse', drop: 'a', measure: 'char' });
    expect(judgePair(side(LONG), side(line))).toMatchObject({ kind: 'collapse', drop: 'b' });
  });

  it('never hides a new number or name: the pair is only related', () => {
    expect(judgePair(side(LONG), side(LONG.replace('six weeks', 'eight weeks'))).kind).toBe('related');
    expect(judgePair(side(LONG), side(LONG.replace('six weeks', '10 weeks'))).kind).toBe('related');
    expect(judgePair(side(LONG), side(LONG.replace('Maria Okafor', 'Daniel Reyes'))).kind).toBe('related');
  });

  it('an entry repeating a quote but adding facts is not a duplicate; the quote alone folds into it', () => {
    const quote = 'Maria Okafor said: "We will not reopen the bridge until every pier has been checked by independent engineers."';
    const withFacts = `Independent engineers started work on Tuesday and expect to report within a fortnight. ${quote}`;
    const v = judgePair(side(quote), side(withFacts));
    expect(v).toMatchObject({ kind: 'collapse', drop: 'a' });
    const otherFacts = `The bridge will stay shut until spring, the council confirmed on Wednesday. ${quote}`;
    expect(judgePair(side(withFacts), side(otherFacts)).kind).not.toBe('collapse');
  });

  it('short entries: a typo collapses, a different update does not', () => {
    const a = 'Police have closed the coast road between Westford and Amble after a lorry overturned.';
    expect(judgePair(side(a), side(a.replace('overturned', 'overturend'))).kind).toBe('collapse');
    expect(judgePair(side(a), side('Police have reopened the coast road between Westford and Amble after the lorry was moved.')).kind).not.toBe(
      'collapse',
    );
  });

  it('very short entries never collapse or relate on text (the event repeats)', () => {
    expect(judgePair(side('Drinks break.'), side('Drinks break.'))).toMatchObject({ kind: 'none' });
    expect(judgePair(side('Goal! Hartley scores, 1-0.'), side('Goal! Hartley scores, 2-0.'))).toMatchObject({ kind: 'none' });
  });

  it('a pinned copy always defers, even a very short one', () => {
    expect(judgePair(side(LONG, { pinned: true }), side(LONG))).toMatchObject({ kind: 'collapse', drop: 'a' });
    expect(judgePair(side(LONG), side(LONG, { pinned: true }))).toMatchObject({ kind: 'collapse', drop: 'b' });
    expect(judgePair(side('Drinks break.', { pinned: true }), side('Drinks break.'))).toMatchObject({ kind: 'collapse', drop: 'a' });
  });

  it('photos and videos without text are never repeats; a copy that adds a photo stays open', () => {
    expect(judgePair(side('', { hasMedia: true }), side('', { hasMedia: true })).kind).toBe('none');
    const caption = 'Crowds gather outside the stadium before the final';
    expect(judgePair(side('', { title: caption, hasMedia: true }), side('', { title: caption, hasMedia: true })).kind).toBe('none');
    expect(judgePair(side(LONG), side(LONG, { hasMedia: true }))).toMatchObject({ kind: 'collapse', drop: 'a' });
    expect(judgePair(side(LONG, { hasMedia: true }), side(LONG))).toMatchObject({ kind: 'collapse', drop: 'b' });
  });

  it('different stories are neither collapsed nor related', () => {
    const other = 'Rail workers at three depots will strike on Thursday and Friday after pay talks broke down, the union said.';
    expect(judgePair(side(LONG), side(other)).kind).toBe('none');
  });
});

describe('factsWithin', () => {
  it('accepts a name one typo away and rejects a missing number', () => {
    const a = fingerprint('', 'The council leader Maria Okafor visited the bridge with 12 engineers.');
    const b = fingerprint('', 'The council leader Maria Okafro visited the bridge with 12 engineers and the mayor.');
    expect(factsWithin(a, b)).toBe(true);
    expect(factsWithin(fingerprint('', 'It took 13 engineers.'), b)).toBe(false);
  });
});

describe('labelled synthetic pairs', () => {
  const prepared = preparePairs(syntheticPairs());

  it('all the repeats collapse the right way, and nothing else collapses', () => {
    const r = evaluatePairs(prepared);
    expect(r.collapse.precision).toBe(1);
    expect(r.collapse.recall).toBe(1);
    const collapseErrors = r.errors.filter((e) => e.pair.label === 'duplicate' || e.got.startsWith('collapse'));
    expect(collapseErrors).toEqual([]);
  });

  it('the sweep ranks thresholds that keep precision first', () => {
    const rows = sweepCollapse([prepared], [0.3, 0.8], [0.3, 0.88]);
    expect(rows[0]!.ok).toBe(true);
    expect(rows.at(-1)!.thresholds).toMatchObject({ collapseWord: 0.3, collapseChar: 0.3 });
    expect(rows.at(-1)!.ok).toBe(false);
  });
});
