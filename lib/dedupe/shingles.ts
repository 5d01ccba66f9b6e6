// Shingle sets and the two measures built on them. A shingle set is a sorted, duplicate-free
// Uint32Array of hashes: compact (4 bytes a shingle, so 5,000 entries fit in a few megabytes) and
// intersected by a linear merge or by binary search when one side is much smaller.

/** 32-bit FNV-1a of a string: stable across runs and machines, cheap, good enough spread. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sorts and de-duplicates hashes into a shingle set. */
export function toShingleSet(hashes: Iterable<number> | Uint32Array): Uint32Array {
  const all = (hashes instanceof Uint32Array ? hashes : Uint32Array.from(hashes)).sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.slice(0, n);
}

// Mixes a sequence of 32-bit hashes into one (FNV-style over the words' hashes), so a word
// shingle costs k multiplications instead of a joined string.
function mix(hashes: Uint32Array, from: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + k; i++) {
    h ^= hashes[i]!;
    h = Math.imul(h, 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** The hash of every word, in order: computed once, shared by word shingles, keys and vocabulary. */
export function wordHashes(words: readonly string[]): Uint32Array {
  return Uint32Array.from(words, hash32);
}

/**
 * Word k-shingles from word hashes: every run of `k` consecutive words. Text shorter than `k`
 * words gives one shingle of all its words, so a two-word entry still has a set to compare.
 */
export function hashShingles(hashes: Uint32Array, k: number): Uint32Array {
  if (hashes.length === 0) return new Uint32Array(0);
  const n = Math.max(1, hashes.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = mix(hashes, i, Math.min(k, hashes.length));
  return toShingleSet(out);
}

/** Word k-shingles of a list of words (see `hashShingles`). */
export function wordShingles(words: readonly string[], k: number): Uint32Array {
  return hashShingles(wordHashes(words), k);
}

/**
 * Character k-shingles over the normalised text, padded with a space so that word starts and
 * ends count. A fixed typo costs about k shingles here instead of k word shingles, which is what
 * makes short entries comparable at all. Hashed from char codes: no substring is built.
 */
export function charShingles(text: string, k: number): Uint32Array {
  if (!text) return new Uint32Array(0);
  const padded = ` ${text} `;
  const n = Math.max(1, padded.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + k, padded.length);
    for (let j = i; j < end; j++) {
      h ^= padded.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    out[i] = h >>> 0;
  }
  return toShingleSet(out);
}

function contains(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Size of the intersection of two shingle sets. Binary search from the smaller side when it is
 * much smaller, so a short entry checked against a long one costs its own length times a log.
 */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return 0;
  if (small.length * Math.log2(large.length + 1) < small.length + large.length) {
    let n = 0;
    for (const v of small) if (contains(large, v)) n++;
    return n;
  }
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Jaccard resemblance |A∩B| / |A∪B| (0 when both are empty). */
export function resemblance(a: Uint32Array, b: Uint32Array): number {
  const inter = intersectionSize(a, b);
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}

/** Containment of A in B, |A∩B| / |A|: how much of A is found in B (0 when A is empty). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  return a.length === 0 ? 0 : intersectionSize(a, b) / a.length;
}

/** The three measures of a pair from one intersection. */
export interface PairMeasures {
  resemblance: number;
  /** Containment of the first set in the second. */
  aInB: number;
  /** Containment of the second set in the first. */
  bInA: number;
}

/** Resemblance and both containments of two shingle sets with a single intersection. */
export function measure(a: Uint32Array, b: Uint32Array): PairMeasures {
  const inter = intersectionSize(a, b);
  const union = a.length + b.length - inter;
  return {
    resemblance: union === 0 ? 0 : inter / union,
    aInB: a.length === 0 ? 0 : inter / a.length,
    bInA: b.length === 0 ? 0 : inter / b.length,
  };
}
