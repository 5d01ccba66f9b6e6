// The hand-labelled speaker entries of ../shared/corpus (when present): the speaker finder keeps
// the precision and recall the speakers issue asks for, and the real pages' speakers are plausible.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../lib/speakers/index';
import type { Paragraph } from '../../lib/types';
import { CORPUS_DIR } from '../helpers/corpus';

const FILE = join(CORPUS_DIR, 'speakers-dev.jsonl');

interface Row {
  id: string;
  blog: string;
  title: string;
  paragraphs: Paragraph[];
  author?: string | null;
  speakers: string[];
}

describe.skipIf(!existsSync(FILE))('speakers on the labelled corpus entries', () => {
  it('reaches precision >= 0.92 and recall >= 0.85 over (entry, speaker) pairs', () => {
    const rows = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
    const blogs = new Map<string, Row[]>();
    for (const r of rows) blogs.set(r.blog, [...(blogs.get(r.blog) ?? []), r]);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const list of blogs.values()) {
      const result = findSpeakers(list.map((r) => ({ id: r.id, title: r.title, paragraphs: r.paragraphs, author: r.author ?? null })));
      for (const r of list) {
        const found = new Set(result.perEntry.get(r.id)?.speakers ?? []);
        const gold = new Set(r.speakers);
        for (const s of found) gold.has(s) ? tp++ : fp++;
        for (const s of gold) if (!found.has(s)) fn++;
      }
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.92);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.85);
  });
});
