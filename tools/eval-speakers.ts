/**
 * `npm run eval:speakers`: micro precision, recall and F1 of lib/speakers over (entry, speaker)
 * pairs of the hand-labelled ../shared/corpus/speakers-dev.jsonl, per blog and overall, with every
 * miss and its evidence, and the mean time per entry. `--quiet` prints the figures only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Paragraph } from '../lib/types';
import { findSpeakers, type SpeakerEntryInput } from '../lib/speakers/index';

interface Row {
  id: string;
  blog: string;
  title: string;
  paragraphs: Paragraph[];
  author?: string | null;
  speakers: string[];
  speaker_evidence: Record<string, string>;
  notes: string;
}

const FILE = fileURLToPath(new URL('../../shared/corpus/speakers-dev.jsonl', import.meta.url));
const quiet = process.argv.includes('--quiet');
const WARMUP = 5;
const RUNS = 20;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');
function prf(t: Tally): string {
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  return `P ${f(t.tp + t.fp ? p : 1)}  R ${f(t.tp + t.fn ? r : 1)}  F1 ${f((2 * p * r) / (p + r))}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}

function main(): void {
  if (!existsSync(FILE)) {
    console.error(`No labelled set at ${FILE}`);
    process.exit(1);
  }
  const rows = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const blogs = new Map<string, Row[]>();
  for (const r of rows) blogs.set(r.blog, [...(blogs.get(r.blog) ?? []), r]);

  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const inputsByBlog: SpeakerEntryInput[][] = [];
  const lines: string[] = [];
  for (const [blog, list] of blogs) {
    const inputs: SpeakerEntryInput[] = list.map((r) => ({ id: r.id, title: r.title, paragraphs: r.paragraphs, author: r.author ?? null }));
    inputsByBlog.push(inputs);
    const result = findSpeakers(inputs);
    const tally: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const r of list) {
      const found = result.perEntry.get(r.id)?.speakers ?? [];
      const gold = new Set(r.speakers);
      for (const s of found) {
        if (gold.has(s)) tally.tp++;
        else {
          tally.fp++;
          const quote = result.perEntry.get(r.id)?.quotes.find((q) => q.speaker === s)?.text;
          misses.push(`FP ${r.id}  ${s}${quote ? `  — quote: "${quote.slice(0, 70)}"` : ''}  [gold: ${r.speakers.join(', ') || '∅'}]`);
        }
      }
      for (const s of gold) {
        if (found.includes(s)) continue;
        tally.fn++;
        misses.push(`FN ${r.id}  ${s}  — evidence: ${r.speaker_evidence[s] ?? '?'}  [found: ${found.join(', ') || '∅'}]`);
      }
    }
    total.tp += tally.tp;
    total.fp += tally.fp;
    total.fn += tally.fn;
    lines.push(`  ${blog.padEnd(58)} ${prf(tally)}`);
  }
  // Timing after warm-up passes over every blog, so it measures steady state, not JIT compilation.
  for (let i = 0; i < WARMUP; i++) for (const inputs of inputsByBlog) findSpeakers(inputs);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) for (const inputs of inputsByBlog) findSpeakers(inputs);
  const ms = (performance.now() - t0) / RUNS;
  const cpu = process.cpuUsage(cpu0);
  // CPU time is less disturbed than wall time when the machine is busy with other work.
  const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
  console.log(`speakers-dev: ${rows.length} entries, ${blogs.size} blogs`);
  console.log(`overall  ${prf(total)}`);
  console.log('per blog:');
  for (const l of lines) console.log(l);
  console.log(
    `time: ${(ms / rows.length).toFixed(3)} ms/entry wall, ${(cpuMs / rows.length).toFixed(3)} ms/entry CPU (mean of ${RUNS} passes after ${WARMUP} warm-up passes; reading + blog canonicalisation)`,
  );
  if (!quiet && misses.length) {
    console.log(`misses (${misses.length}):`);
    for (const m of misses.sort()) console.log(`  ${m}`);
  }
}

main();
