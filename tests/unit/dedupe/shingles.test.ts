import { describe, expect, it } from 'vitest';
import {
  charShingles,
  containment,
  hash32,
  intersectionSize,
  measure,
  resemblance,
  toShingleSet,
  wordShingles,
} from '../../../lib/dedupe/shingles';

const words = (s: string): string[] => s.split(' ');

describe('hash32', () => {
  it('is stable and unsigned', () => {
    expect(hash32('ferry')).toBe(hash32('ferry'));
    expect(hash32('ferry')).not.toBe(hash32('ferries'));
    expect(hash32('')).toBeGreaterThanOrEqual(0);
  });
});

describe('shingle sets', () => {
  it('are sorted and free of duplicates', () => {
    const set = toShingleSet([5, 3, 5, 9, 3]);
    expect(Array.from(set)).toEqual([3, 5, 9]);
  });

  it('word k-shingles: one per run of k words, one for shorter text, none for no text', () => {
    expect(wordShingles(words('a b c d e'), 3)).toHaveLength(3);
    expect(wordShingles(words('a b c a b c'), 3)).toHaveLength(3); // "a b c" twice is one shingle
    expect(wordShingles(words('a b'), 3)).toHaveLength(1);
    expect(wordShingles([], 3)).toHaveLength(0);
  });

  it('character k-shingles include word boundaries', () => {
    // " ab " padded: " ab", "ab " for k = 3.
    expect(charShingles('ab', 3)).toHaveLength(2);
    expect(charShingles('', 5)).toHaveLength(0);
    expect(charShingles('a', 5)).toHaveLength(1);
  });

  it('a typo costs few character shingles but several word shingles', () => {
    const a = 'the ferry ran aground outside the harbour this morning';
    const b = 'the ferry ran agruond outside the harbour this morning';
    const word = containment(wordShingles(words(b), 3), wordShingles(words(a), 3));
    const char = containment(charShingles(b, 5), charShingles(a, 5));
    expect(word).toBeLessThan(0.6);
    expect(char).toBeGreaterThan(0.8);
  });
});

describe('measures', () => {
  const a = Uint32Array.from([1, 2, 3, 4]);
  const b = Uint32Array.from([3, 4, 5, 6, 7, 8]);

  it('resemblance is |A∩B| / |A∪B| and containment |A∩B| / |A|', () => {
    expect(intersectionSize(a, b)).toBe(2);
    expect(resemblance(a, b)).toBeCloseTo(2 / 8);
    expect(containment(a, b)).toBeCloseTo(2 / 4);
    expect(containment(b, a)).toBeCloseTo(2 / 6);
    expect(measure(a, b)).toEqual({ resemblance: 2 / 8, aInB: 0.5, bInA: 2 / 6 });
  });

  it('empty sets measure 0, not NaN', () => {
    const none = new Uint32Array(0);
    expect(resemblance(none, none)).toBe(0);
    expect(containment(none, a)).toBe(0);
  });

  it('the binary-search path (small in large) agrees with the merge', () => {
    const large = toShingleSet(Array.from({ length: 5000 }, (_, i) => i * 7));
    const small = Uint32Array.from([0, 7, 8, 700, 34993]);
    expect(intersectionSize(small, large)).toBe(4);
    expect(intersectionSize(large, small)).toBe(4);
  });
});
