// Dedupe benchmark: batch time for a whole blog and the cost of one live-update entry checked
// against the index. `benchDedupe(n)` is for the lead's `npm run bench`; running this file prints
// the table for 100 / 1,000 / 5,000 entries (`npx tsx tests/bench/dedupe-bench.ts`).
import { pathToFileURL } from 'node:url';
import { DedupeIndex, dedupeEntries, type DedupeInput } from '../../lib/dedupe/index';

// A deterministic PRNG (mulberry32), so every run measures the same blog.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ra so tu ve an el in or us ba de fi go hu ja ki le mo nu pa qui re si ta vo'.split(' ');
const STATUS = ['Drinks break.', 'Track grooming.', 'Rain has stopped play.', 'Play resumes.', 'Half-time.', 'Kick-off!'];

/** Words with a Zipf-like spread: a few very common (function words), a long tail of rare ones. */
function makeLexicon(rand: () => number): { common: string[]; rare: string[]; names: string[] } {
  const word = (syl: number): string => Array.from({ length: syl }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!).join('');
  const common = 'the a of to in and said that on for with was is by at from as has have after police'.split(' ');
  const rare = Array.from({ length: 4000 }, () => word(2 + Math.floor(rand() * 3)));
  const names = Array.from({ length: 300 }, () => {
    const w = word(3);
    return w[0]!.toUpperCase() + w.slice(1);
  });
  return { common, rare, names };
}

function sentence(rand: () => number, lex: ReturnType<typeof makeLexicon>, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rand();
    if (r < 0.45) out.push(lex.common[Math.floor(rand() * rand() * lex.common.length)]!);
    else if (r < 0.55) out.push(lex.names[Math.floor(rand() * lex.names.length)]!);
    else if (r < 0.57) out.push(String(Math.floor(rand() * 500)));
    else out.push(lex.rare[Math.floor(rand() * rand() * lex.rare.length)]!);
  }
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/**
 * `n` live-blog entries in publication order (oldest first) with realistic lengths and repeats:
 * about 4% exact re-posts, 4% light edits, 3% summary lines of earlier entries, 8% very short
 * status lines, and one pinned copy.
 */
export function generateDedupeEntries(n: number, seed = 7): DedupeInput[] {
  const rand = prng(seed);
  const lex = makeLexicon(rand);
  const out: DedupeInput[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const id = `post-${seed}-${i}`;
    const earlier = out.length ? out[Math.floor(rand() * out.length)]! : null;
    if (earlier && earlier.text.length > 80 && r < 0.04) out.push({ ...earlier, id });
    else if (earlier && earlier.text.length > 80 && r < 0.08) {
      const sentences = earlier.text.split('. ');
      out.push({ id, title: earlier.title, text: sentences.length > 2 ? sentences.slice(0, -1).join('. ') : earlier.text.replace(/e/, 'ee') });
    } else if (earlier && earlier.text.length > 80 && r < 0.11) out.push({ id, title: '', text: `${earlier.text.split('. ')[0]}.` });
    else if (r < 0.19) out.push({ id, title: '', text: STATUS[Math.floor(rand() * STATUS.length)]! });
    else {
      const long = rand();
      const sentences = long < 0.2 ? 1 + Math.floor(rand() * 2) : long < 0.8 ? 3 + Math.floor(rand() * 5) : 8 + Math.floor(rand() * 10);
      const paras = Array.from({ length: sentences }, () => sentence(rand, lex, 10 + Math.floor(rand() * 14)));
      out.push({ id, title: rand() < 0.4 ? sentence(rand, lex, 6).slice(0, -1) : '', text: paras.join(' '), hasMedia: rand() < 0.1 });
    }
  }
  if (out.length > 3) out.push({ ...out[out.length - 3]!, pinned: true });
  return out;
}

/** Timings of one size. */
export interface DedupeBench {
  n: number;
  /** Whole blog through `dedupeEntries` (page order, newest first), median of runs. */
  batchMs: number;
  /** One new entry added to an index that holds the blog: mean over 200 single adds. */
  addMs: number;
  /** The slowest of those single adds. */
  addMaxMs: number;
  collapsed: number;
  related: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Times batch dedupe of `n` generated entries and single live-update adds against them. */
export function benchDedupe(n: number): DedupeBench {
  const entries = generateDedupeEntries(n);
  const page = [...entries].reverse(); // newest first, as the page shows them
  const runs = n >= 5000 ? 3 : 5;
  dedupeEntries(page); // warm-up
  const times: number[] = [];
  let result = dedupeEntries(page);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = dedupeEntries(page);
    times.push(performance.now() - t);
  }
  const index = new DedupeIndex({ order: 'newest-first' });
  index.add(page);
  const fresh = generateDedupeEntries(n + 200).slice(n, n + 200);
  const adds: number[] = [];
  for (const e of fresh) {
    const t = performance.now();
    index.add([e]);
    adds.push(performance.now() - t);
  }
  return {
    n,
    batchMs: median(times),
    addMs: adds.reduce((a, b) => a + b, 0) / adds.length,
    addMaxMs: Math.max(...adds),
    collapsed: result.verdicts.filter((v) => v.duplicateOf).length,
    related: result.related.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log('entries  batch ms  ms/entry  add ms (mean)  add ms (max)  collapsed  related');
  for (const n of [100, 1000, 5000]) {
    const b = benchDedupe(n);
    console.log(
      `${String(n).padStart(7)}  ${b.batchMs.toFixed(1).padStart(8)}  ${(b.batchMs / n).toFixed(3).padStart(8)}  ${b.addMs.toFixed(3).padStart(13)}  ${b.addMaxMs.toFixed(2).padStart(12)}  ${String(b.collapsed).padStart(9)}  ${String(b.related).padStart(7)}`,
    );
  }
}
