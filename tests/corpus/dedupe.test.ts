// Repeat collapsing on the real pages of ../shared/corpus (when present): the Guardian pinned copy
// folds onto its original, no other page loses an entry, and real re-posts found in the Mirror's
// 428 JSON-LD updates are all hand-labelled repeats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { parseHtml } from '../../tools/dom';
import { DedupeIndex, dedupeEntries } from '../../lib/dedupe/index';
import { evaluatePairs, preparePairs } from '../../lib/dedupe/evaluate';
import { jsonLdSides, labelledCorpusPairs } from '../fixtures/dedupe/pairs';
import { CORPUS_DIR, corpusHtml, corpusPages, hasCorpus } from '../helpers/corpus';

const GUARDIAN_PINNED = 'block-646210cc8f0822aea831dd91';
const MIRROR = 'jsonld/mirror--live-2024-08-05-uk-riots.LiveBlogPosting.json';

function analyse(site: string) {
  const page = corpusPages().find((p) => p.liveBlog && p.site === site)!;
  return { page, entries: analyzeDocument(parseHtml(corpusHtml(page)), page.url).entries };
}

describe.skipIf(!hasCorpus)('dedupe on corpus pages', () => {
  it('Guardian: the pinned copy collapses onto its original, which stays open', () => {
    const { entries } = analyse('guardian');
    const { verdicts } = dedupeEntries(entries);
    const pinned = entries.findIndex((e) => e.pinned);
    const original = entries.findIndex((e) => !e.pinned && e.id === GUARDIAN_PINNED);
    expect(pinned).toBeGreaterThanOrEqual(0);
    expect(original).toBeGreaterThan(pinned);
    expect(verdicts[pinned]!.duplicateOf).toBe(GUARDIAN_PINNED);
    expect(verdicts[original]!.duplicateOf).toBeNull();
    expect(verdicts.filter((v) => v.duplicateOf)).toHaveLength(1);
  });

  it('Guardian: the pinned copy is matched by content when it has no id of its own', () => {
    const { entries } = analyse('guardian');
    const anonymous = entries.map((e) => (e.pinned ? { ...e, id: 'lbl-pinned-copy' } : e));
    const v = dedupeEntries(anonymous).verdicts.find((x) => x.id === 'lbl-pinned-copy')!;
    expect(v).toMatchObject({ duplicateOf: GUARDIAN_PINNED, reason: 'exact' });
  });

  // Entry counts come from the extractors (lib/entries, lib/sites); when one of them misses entries
  // the first assertion fails there, not here.
  for (const page of corpusPages().filter((p) => p.liveBlog)) {
    it(`${page.file}: ${page.entries - page.uniqueEntries} collapsed, ${page.uniqueEntries} unique`, () => {
      const entries = analyzeDocument(parseHtml(corpusHtml(page)), page.url).entries;
      const collapsed = dedupeEntries(entries).verdicts.filter((v) => v.duplicateOf !== null).length;
      expect(collapsed).toBe(page.entries - page.uniqueEntries);
      expect(entries.length - collapsed).toBe(page.uniqueEntries);
    });
  }

  it('SportoweFakty: repeated two-word status lines ("Kosmetyka toru.") stay separate events', () => {
    const { entries } = analyse('sportowefakty');
    const { verdicts, related } = dedupeEntries(entries);
    const grooming = entries.map((e, i) => ({ e, v: verdicts[i]! })).filter(({ e }) => e.text.trim() === 'Kosmetyka toru.');
    expect(grooming.length).toBeGreaterThanOrEqual(2);
    for (const { v } of grooming) expect(v.duplicateOf).toBeNull();
    const ids = new Set(grooming.map(({ e }) => e.id));
    expect(related.filter((r) => ids.has(r.a) || ids.has(r.b))).toEqual([]);
  });

  it('Guardian data: the summary block listed again among key events collapses by id, nothing else', () => {
    const data = JSON.parse(readFileSync(join(CORPUS_DIR, 'guardian-data/Live.fe-article.json'), 'utf8')) as {
      blocks: { id: string; title?: string | null; elements?: { html?: string }[] }[];
      keyEvents: { id: string; title?: string | null; elements?: { html?: string }[] }[];
    };
    const toEntry = (b: (typeof data.blocks)[number]) => ({
      id: b.id,
      title: b.title ?? '',
      text: (b.elements ?? []).map((e) => (e.html ?? '').replace(/<[^>]*>/g, ' ')).join('\n\n'),
    });
    const stream = [...data.keyEvents.map(toEntry), ...data.blocks.map(toEntry)];
    const collapsed = dedupeEntries(stream).verdicts.filter((v) => v.duplicateOf);
    expect(collapsed).toEqual([{ id: '60300f5f8f08ad21ea60071e', duplicateOf: '60300f5f8f08ad21ea60071e', reason: 'same-id', score: 1 }]);
  });

  it('Mirror JSON-LD (428 updates): every collapse is a hand-labelled repeat, batch and live updates agree', () => {
    const updates = jsonLdSides(MIRROR).map(({ key, side }) => ({ id: key, ...side }));
    const { verdicts } = dedupeEntries(updates);
    const labels = new Map(labelledCorpusPairs().filter((p) => p.source === 'mirror-jsonld').map((p) => [p.ref!, p.label]));
    const found = verdicts.filter((v) => v.duplicateOf).map((v) => [v.id, v.duplicateOf!]);
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const [a, b] of found) {
      const label = labels.get(`${a}/${b}`) ?? labels.get(`${b}/${a}`);
      expect(label, `${a} -> ${b}`).toBe('duplicate');
    }
    // The same updates arriving as a live blog: the oldest 300, then 16 at a time at the top.
    const index = new DedupeIndex();
    index.add(updates.slice(updates.length - 300));
    for (let end = updates.length - 300; end > 0; end -= 16) index.add(updates.slice(Math.max(0, end - 16), end));
    const live = new Map(index.verdicts().map((v) => [v.id, v.duplicateOf]));
    expect(verdicts.filter((v) => live.get(v.id) !== v.duplicateOf)).toEqual([]);
  });

  it('hand-labelled real pairs: collapse precision at least 0.98', () => {
    const report = evaluatePairs(preparePairs(labelledCorpusPairs()));
    expect(report.pairs).toBeGreaterThan(100);
    expect(report.collapse.precision).toBeGreaterThanOrEqual(0.98);
    expect(report.collapse.tp).toBeGreaterThanOrEqual(8);
  });
});
