// Precision and recall of the pair verdict on labelled pairs, and the threshold sweep behind the
// defaults. Pure: the pairs come from the caller (fixtures, the shared corpus).
import { DEFAULT_THRESHOLDS, fingerprint, judgePair, type Side, type Thresholds } from './compare';

/** One side of a labelled pair, as an entry would give it. */
export interface PairSide {
  title: string;
  text: string;
  pinned?: boolean;
  hasMedia?: boolean;
}

/**
 * A labelled pair, `a` published first. `duplicate`: one must collapse (onto the other; `drop`
 * names which when only one direction is right). `related`: same story, must not collapse.
 * `distinct`: must neither collapse nor relate. `not-duplicate`: must not collapse (corpus pages
 * whose repeats are known, with no say on relatedness).
 */
export interface LabelledPair {
  source: string;
  kind: string;
  label: 'duplicate' | 'related' | 'distinct' | 'not-duplicate';
  drop?: 'a' | 'b';
  a: PairSide;
  b: PairSide;
  /** Where the pair comes from (ids), for error listings. */
  ref?: string;
}

/** A pair with its fingerprints computed once, so a sweep only re-runs the verdict. */
export interface PreparedPair {
  pair: LabelledPair;
  a: Side;
  b: Side;
}

/** Fingerprints both sides of every pair (shingle sizes from `t`). */
export function preparePairs(pairs: readonly LabelledPair[], t: Thresholds = DEFAULT_THRESHOLDS): PreparedPair[] {
  const side = (s: PairSide): Side => ({ fp: fingerprint(s.title, s.text, t), pinned: s.pinned ?? false, hasMedia: s.hasMedia ?? false });
  return pairs.map((pair) => ({ pair, a: side(pair.a), b: side(pair.b) }));
}

/** True/false positives and negatives of one decision. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function counts(tp: number, fp: number, fn: number): Counts {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** A pair the verdict got wrong. */
export interface EvalError {
  pair: LabelledPair;
  got: string;
  score: number;
}

/** The scores of one threshold setting. */
export interface EvalReport {
  pairs: number;
  /** "collapse": a collapse in the right direction is a hit; any other collapse is a false positive. */
  collapse: Counts;
  /** "related": the quiet link, on pairs labelled related (hits) or distinct (false positives). */
  related: Counts;
  /** Either link (collapse or related) against duplicate-or-related labels. */
  link: Counts;
  /** Pairs per label and kind, with how many got the right verdict. */
  byKind: Map<string, { n: number; right: number }>;
  errors: EvalError[];
}

/** Scores the pair verdict on prepared pairs. */
export function evaluatePairs(prepared: readonly PreparedPair[], t: Thresholds = DEFAULT_THRESHOLDS): EvalReport {
  let cTp = 0;
  let cFp = 0;
  let cFn = 0;
  let rTp = 0;
  let rFp = 0;
  let rFn = 0;
  let lTp = 0;
  let lFp = 0;
  let lFn = 0;
  const byKind = new Map<string, { n: number; right: number }>();
  const errors: EvalError[] = [];
  for (const { pair, a, b } of prepared) {
    const v = judgePair(a, b, t);
    const collapsed = v.kind === 'collapse';
    const rightWay = collapsed && (!pair.drop || pair.drop === v.drop);
    const isDup = pair.label === 'duplicate';
    if (collapsed && isDup && rightWay) cTp++;
    else if (collapsed) cFp++;
    if (isDup && !rightWay) cFn++;
    if (pair.label !== 'not-duplicate') {
      const rel = v.kind === 'related';
      // A repeat that only gets the quiet link is a missed collapse, counted there, not here.
      if (rel && pair.label === 'related') rTp++;
      else if (rel && pair.label === 'distinct') rFp++;
      else if (pair.label === 'related') rFn++;
      const link = v.kind !== 'none';
      const linked = pair.label === 'duplicate' || pair.label === 'related';
      if (link && linked) lTp++;
      else if (link) lFp++;
      else if (linked) lFn++;
    }
    const right =
      pair.label === 'duplicate'
        ? rightWay
        : pair.label === 'related'
          ? v.kind === 'related'
          : pair.label === 'distinct'
            ? v.kind === 'none'
            : !collapsed;
    const key = `${pair.label} ${pair.source}/${pair.kind}`;
    const k = byKind.get(key) ?? { n: 0, right: 0 };
    k.n++;
    if (right) k.right++;
    byKind.set(key, k);
    if (!right) errors.push({ pair, got: v.kind === 'collapse' ? `collapse ${v.drop} (${v.measure})` : `${v.kind} (${v.measure})`, score: v.score });
  }
  return {
    pairs: prepared.length,
    collapse: counts(cTp, cFp, cFn),
    related: counts(rTp, rFp, rFn),
    link: counts(lTp, lFp, lFn),
    byKind,
    errors,
  };
}

/** One row of the sweep. */
export interface SweepRow {
  thresholds: Thresholds;
  /** One report per group of pairs, in the order given. */
  reports: EvalReport[];
  /** Every group reaches the precision floor. */
  ok: boolean;
  /** Mean recall of collapse over the groups that hold repeats. */
  recall: number;
}

/**
 * Tries every combination of the given collapse thresholds (word, char) on groups of pairs (real,
 * synthetic, derived ...) and returns the rows best first: collapse precision at least
 * `minPrecision` in every group, then the mean recall over groups (so the many easy derived pairs
 * do not drown the few real ones), then the higher thresholds (a margin for unseen pages).
 */
export function sweepCollapse(
  groups: readonly (readonly PreparedPair[])[],
  words: readonly number[],
  chars: readonly number[],
  base: Thresholds = DEFAULT_THRESHOLDS,
  minPrecision = 0.98,
): SweepRow[] {
  const rows: SweepRow[] = [];
  for (const collapseWord of words) {
    for (const collapseChar of chars) {
      const thresholds = { ...base, collapseWord, collapseChar };
      const reports = groups.map((g) => evaluatePairs(g, thresholds));
      const withRepeats = reports.filter((r) => r.collapse.tp + r.collapse.fn > 0);
      rows.push({
        thresholds,
        reports,
        ok: reports.every((r) => r.collapse.precision >= minPrecision),
        recall: withRepeats.reduce((sum, r) => sum + r.collapse.recall, 0) / Math.max(1, withRepeats.length),
      });
    }
  }
  return rows.sort(
    (x, y) =>
      Number(y.ok) - Number(x.ok) ||
      y.recall - x.recall ||
      y.thresholds.collapseWord + y.thresholds.collapseChar - (x.thresholds.collapseWord + x.thresholds.collapseChar),
  );
}
