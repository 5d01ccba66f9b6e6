// Collapsing repeated entries: an incremental index over shingles, and the batch function built on
// it. Which copy stays open:
// - the same site id twice is one entry; a pinned copy always defers to a stream copy;
// - otherwise the earliest *published* full copy stays and later copies collapse onto it. In a
//   newest-first stream the original is the one further down. This keeps the original's id (and
//   with it read state, stars and quotes) stable across reloads, and a live update never folds
//   away an entry the reader has already seen open, except when the new copy is fuller;
// - "full": a copy contained in a fuller one (a summary line, a re-post with a sentence cut)
//   collapses onto the fuller one even when it came first, because hiding the fuller copy would
//   hide what is new. Only then does an update change an earlier verdict (see `changed`).
import {
  DEFAULT_THRESHOLDS,
  fingerprint,
  judgePair,
  type DedupeInput,
  type Fingerprint,
  type PairVerdict,
  type Thresholds,
} from './compare';
import type { ChangedVerdict, DedupeOptions, DedupeUpdate, DuplicateReason, RelatedPair, StreamOrder, Verdict } from './types';

export { DEFAULT_THRESHOLDS, fingerprint, judgePair } from './compare';
export type { DedupeInput, Fingerprint, PairVerdict, Side, Thresholds } from './compare';
export type { ChangedVerdict, DedupeOptions, DedupeUpdate, DuplicateReason, RelatedPair, StreamOrder, Verdict } from './types';

interface Slot {
  /** The entry as given to `add` (an `Entry`, with its element). */
  input: DedupeInput;
  id: string;
  pinned: boolean;
  hasMedia: boolean;
  fp: Fingerprint;
  /** Slot of the open entry this one collapsed onto, or -1 when open. */
  kept: number;
  reason: DuplicateReason | null;
  score: number;
  /** Slots collapsed onto this one, so a fold can move them along in one step. */
  children: number[];
}

/**
 * Incremental repeat index. Entries are added in batches (the first page, then each live update);
 * each new entry is looked up through its own shingles only, so adding one costs time in its own
 * length (posting lists are capped), not in the size of the blog.
 */
export class DedupeIndex {
  readonly order: StreamOrder;
  readonly thresholds: Thresholds;
  private readonly maxPosting: number;
  private readonly maxCandidates: number;
  private readonly slots: Slot[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byInput = new Map<DedupeInput, number>();
  private readonly byExact = new Map<number, number[]>();
  /** Key to the slots filed under it: a bare number while only one is (most keys), else a list. */
  private readonly postings = new Map<number, number | number[]>();
  private readonly stopKeys = new Set<number>();
  /** Related pairs as slots (first published first); reported through the open copies. */
  private readonly pairs: { a: number; b: number; score: number }[] = [];
  /** Scratch counters of shared keys per slot, reused by every lookup (zeroed after each). */
  private counts = new Int32Array(1024);

  constructor(options: DedupeOptions = {}) {
    this.order = options.order ?? 'newest-first';
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
    this.maxPosting = options.maxPosting ?? 64;
    this.maxCandidates = options.maxCandidates ?? 16;
  }

  /** Number of entries indexed. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Adds entries, given in page order, all published after those already indexed (a first page,
   * or the new entries of a live update wherever they appear). Pinned copies are judged last.
   */
  add(entries: readonly DedupeInput[]): DedupeUpdate {
    const start = this.slots.length;
    const before = new Map<number, Verdict>();
    const published = entries.map((_, i) => i);
    if (this.order === 'newest-first') published.reverse();
    const ordered = [...published.filter((i) => !entries[i]!.pinned), ...published.filter((i) => entries[i]!.pinned)];
    const slotOf = new Array<number>(entries.length);
    const found = this.pairs.length;
    for (const i of ordered) slotOf[i] = this.insert(entries[i]!, start, before);
    const changed: ChangedVerdict[] = [];
    for (const [slot, old] of before) {
      const now = this.verdictOf(slot);
      if (now.duplicateOf !== old.duplicateOf) changed.push({ ...now, entry: this.slots[slot]!.input });
    }
    return { verdicts: slotOf.map((s) => this.verdictOf(s)), changed, related: this.openPairs(this.pairs.slice(found)) };
  }

  /** Every verdict, in the order entries were judged. */
  verdicts(): Verdict[] {
    return this.slots.map((_, i) => this.verdictOf(i));
  }

  /** The current verdict on an entry object given to `add`, or null for one never added. */
  verdictFor(entry: DedupeInput): Verdict | null {
    const slot = this.byInput.get(entry);
    return slot === undefined ? null : this.verdictOf(slot);
  }

  /** Every related pair found so far, between the copies that are open now. */
  related(): RelatedPair[] {
    return this.openPairs(this.pairs);
  }

  // A pair found between two copies is reported between the open copies they stand for, once, with
  // its best score; a pair whose copies now stand for the same entry is dropped.
  private openPairs(pairs: readonly { a: number; b: number; score: number }[]): RelatedPair[] {
    const best = new Map<string, { a: number; b: number; score: number }>();
    for (const p of pairs) {
      const [a, b] = [this.root(p.a), this.root(p.b)].sort((x, y) => x - y) as [number, number];
      if (a === b) continue;
      const key = `${a} ${b}`;
      const old = best.get(key);
      if (!old || old.score < p.score) best.set(key, { a, b, score: p.score });
    }
    return [...best.values()].map((p) => ({ a: this.slots[p.a]!.id, b: this.slots[p.b]!.id, score: p.score }));
  }

  private verdictOf(i: number): Verdict {
    const s = this.slots[i]!;
    return { id: s.id, duplicateOf: s.kept < 0 ? null : this.slots[s.kept]!.id, reason: s.reason, score: s.score };
  }

  private root(i: number): number {
    const k = this.slots[i]!.kept;
    return k < 0 ? i : k;
  }

  /** Folds open slot `i` (and whatever had collapsed onto it) into open slot `j`. */
  private collapse(i: number, j: number, reason: DuplicateReason, score: number, start: number, before: Map<number, Verdict>): void {
    const from = this.slots[i]!;
    const to = this.slots[j]!;
    for (const k of [i, ...from.children]) {
      if (k < start && !before.has(k)) before.set(k, this.verdictOf(k));
      this.slots[k]!.kept = j;
      to.children.push(k);
    }
    from.children = [];
    from.reason = reason;
    from.score = score;
  }

  private insert(e: DedupeInput, start: number, before: Map<number, Verdict>): number {
    const t = this.thresholds;
    const s: Slot = {
      input: e,
      id: e.id,
      pinned: e.pinned ?? false,
      hasMedia: e.hasMedia ?? false,
      fp: fingerprint(e.title, e.text, t),
      kept: -1,
      reason: null,
      score: 0,
      children: [],
    };
    const n = this.slots.push(s) - 1;
    this.byInput.set(e, n);
    const same = this.byId.get(e.id);
    if (same !== undefined) {
      // Identity first: the same site id is the same entry, whatever the text says.
      const r = this.root(same);
      if (this.slots[r]!.pinned && !s.pinned) this.collapse(r, n, 'same-id', 1, start, before);
      else this.collapse(n, r, 'same-id', 1, start, before);
    } else {
      this.byId.set(e.id, n);
      this.judge(n, start, before);
    }
    this.file(n);
    return n;
  }

  /** Candidates through the index (exact repeats first), then the pair verdict on each. */
  private judge(n: number, start: number, before: Map<number, Verdict>): void {
    const s = this.slots[n]!;
    if (this.counts.length < this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    const touched: number[] = [];
    const counts = this.counts;
    for (const key of s.fp.keys) {
      const list = this.postings.get(key >>> 2);
      if (list === undefined) continue;
      for (const c of typeof list === 'number' ? [list] : list) {
        if (counts[c] === 0) touched.push(c);
        counts[c]! += 1;
      }
    }
    const exact = (this.byExact.get(s.fp.exact) ?? []).slice(0, this.maxCandidates);
    const own = Math.max(1, s.fp.keys.length);
    const scored: { c: number; score: number }[] = [];
    for (const c of touched) {
      const k = counts[c]!;
      counts[c] = 0;
      const score = Math.max(k / own, k / Math.max(1, this.slots[c]!.fp.keys.length));
      if (score >= 0.15 && !exact.includes(c)) scored.push({ c, score });
    }
    const candidates = scored
      .sort((x, y) => y.score - x.score || x.c - y.c)
      .slice(0, this.maxCandidates)
      .map((x) => x.c);
    let keep: { slot: number; v: PairVerdict } | null = null;
    const folds: { slot: number; v: PairVerdict }[] = [];
    for (const c of [...exact, ...candidates]) {
      const other = this.slots[c]!;
      const v = judgePair(other, s, this.thresholds);
      if (v.kind === 'collapse' && v.drop === 'b') {
        if (!keep || v.score > keep.v.score) keep = { slot: c, v };
      } else if (v.kind === 'collapse') folds.push({ slot: c, v });
      else if (v.kind === 'related') this.pairs.push({ a: c, b: n, score: round(v.score) });
    }
    if (keep) {
      this.collapse(n, this.root(keep.slot), reasonOf(keep.v), round(keep.v.score), start, before);
      return;
    }
    // The new entry is the fuller copy: open copies it contains fold into it.
    for (const f of folds) {
      if (this.slots[f.slot]!.kept < 0) this.collapse(f.slot, n, reasonOf(f.v), round(f.v.score), start, before);
    }
  }

  /** Files a slot under its exact hash and its keys; a key grown too common becomes a stop key. */
  private file(n: number): void {
    const fp = this.slots[n]!.fp;
    if (fp.words === 0) return;
    const ex = this.byExact.get(fp.exact);
    if (ex) ex.push(n);
    else this.byExact.set(fp.exact, [n]);
    for (const k of fp.keys) {
      // Filed under 30 bits so the map keys stay small integers; a rare shared bucket only adds a
      // candidate, which the pair verdict then rejects.
      const key = k >>> 2;
      if (this.stopKeys.has(key)) continue;
      const list = this.postings.get(key);
      if (list === undefined) this.postings.set(key, n);
      else if (typeof list === 'number') {
        if (list !== n) this.postings.set(key, [list, n]);
      } else if (list.length >= this.maxPosting) {
        this.stopKeys.add(key);
        this.postings.delete(key);
      } else if (list[list.length - 1] !== n) list.push(n);
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function reasonOf(v: PairVerdict): DuplicateReason {
  if (v.measure === 'exact') return 'exact';
  // A light edit holds most of the kept copy too; a summary line or a fragment does not.
  return (v.reverse ?? 0) >= 0.5 ? 'near' : 'contained';
}

/**
 * Reads the stream direction from entry times (stream entries only): newest-first when more
 * neighbours go back in time than forward; null when the times do not tell.
 */
export function streamOrder(entries: ReadonlyArray<Pick<DedupeInput, 'pinned' | 'time'>>): StreamOrder | null {
  const times = entries
    .filter((e) => !e.pinned && e.time)
    .map((e) => Date.parse(e.time!))
    .filter((ms) => Number.isFinite(ms));
  let back = 0;
  let forward = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) back++;
    else if (times[i]! > times[i - 1]!) forward++;
  }
  return back > forward ? 'newest-first' : forward > back ? 'oldest-first' : null;
}

/** What the batch function returns: verdicts parallel to the input, and the related pairs. */
export interface DedupeResult {
  verdicts: Verdict[];
  related: RelatedPair[];
  order: StreamOrder;
}

/**
 * Collapses repeats among a page's entries (page order). The same as adding them all to a new
 * `DedupeIndex`, with the stream direction read from the times (newest-first when they are silent,
 * as most live blogs are).
 */
export function dedupeEntries(entries: readonly DedupeInput[], options: DedupeOptions = {}): DedupeResult {
  const order = options.order ?? streamOrder(entries) ?? 'newest-first';
  const index = new DedupeIndex({ ...options, order });
  const { verdicts } = index.add(entries);
  return { verdicts, related: index.related(), order };
}
