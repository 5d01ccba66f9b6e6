// @vitest-environment happy-dom
// The reader's pipeline (feed, binding, model) on a Guardian-style page that behaves like a
// framework app: the first reading runs in slices, top first; a list rendered again from its own
// markup is the same entries (never a repeat of itself, issue 14 finding 1) on the new nodes, and
// the old nodes are let go; entries detached and re-attached keep what they had (finding 4); old
// and new nodes side by side for a moment do not make repeats; and a live entry costs the same
// work on a small blog and a big one (issue 12). Work is counted, never timed.
import { afterEach, describe, expect, it } from 'vitest';
import { startFeed, WAIT_MS } from '../../../../entrypoints/reader.content/core/feed';
import { createModel, type LensSnapshot } from '../../../../entrypoints/reader.content/core/model';
import { createSlicer } from '../../../../entrypoints/reader.content/core/slices';
import { localBackground } from './local-background';
import { detect } from '../../../../lib/detect/index';
import { extractorFor, type Extractor } from '../../../../lib/entries/index';
import { ATTR, SELECT } from '../../../../lib/page-contract';
import { guardianBlock, numberedBlock } from '../../../fixtures/blogs/guardian-block';

const URL = 'https://www.theguardian.com/world/live/2026/dec/02/pipeline-test';
const lifetimes: AbortController[] = [];

/** A blog of `n` numbered entries (newest first), the 3rd from the top a re-post of the 5th. */
function page(n: number): void {
  const blocks = Array.from({ length: n }, (_, i) => numberedBlock(URL, n - 1 - i));
  const repost = guardianBlock({
    id: 'block-00000000000000000000r3p0',
    blog: URL,
    time: new Date(Date.UTC(2026, 11, 2, 8, 0, 0) + (n + 1) * 60_000).toISOString(),
    title: `Update ${n - 5}`,
    paragraphs: [
      `Entry ${n - 5}: ministers, councils and unions responded to the statement over the course of the day.`,
      `Markets, charities and business groups gave their own verdicts on item ${n - 5} of the package.`,
    ],
  });
  blocks.splice(2, 0, repost);
  document.body.innerHTML = `<main><div id="liveblog-body" class="js-liveblog-body">${blocks.join('')}</div></main>`;
  document.head.innerHTML = `<title>Pipeline test</title><link rel="canonical" href="${URL}">`;
}

async function start(n: number) {
  page(n);
  const lifetime = new AbortController();
  lifetimes.push(lifetime);
  const base = extractorFor(document, URL, detect(document, URL))!;
  let reads = 0;
  const extractor: Extractor = { ...base, elements: (root) => base.elements(root), entry: (el) => (reads++, base.entry(el)) };
  const slicer = createSlicer(lifetime.signal, { yieldTo: (next) => void setTimeout(next, 0) });
  const feed = startFeed(document, extractor, slicer, lifetime.signal);
  const background = localBackground();
  const model = createModel(feed, slicer, lifetime.signal, { language: () => 'en', connect: background.connect });
  const snapshots: LensSnapshot[] = [];
  model.subscribe((s) => snapshots.push(s));
  await model.ready;
  await slicer.idle();
  const settle = async (ms = 100) => {
    await sleep(ms); // the feed's batch timer
    await slicer.idle(); // its slices and the model's
    await sleep(5); // the model's snapshot
  };
  return { model, slicer, background, snapshots, settle, reads: () => reads, list: () => document.getElementById('liveblog-body')! };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ids = (s: LensSnapshot) => s.entries.map((e) => e.entry.id);
const repeatsOf = (s: LensSnapshot) => s.entries.filter((e) => e.duplicateOf).map((e) => [e.entry.id, e.duplicateOf]);

afterEach(() => {
  lifetimes.splice(0).forEach((l) => l.abort());
  document.body.innerHTML = '';
});

describe('the first reading', () => {
  it('reads a big page in slices, top first, and marks every entry; annotations follow', async () => {
    const { model, slicer, snapshots } = await start(300);
    expect(slicer.work.slices).toBeGreaterThan(5);
    // The first snapshot with entries holds the top of the page, before any annotation.
    const first = snapshots.find((s) => s.entries.length)!;
    expect(first.complete).toBe(false);
    expect(first.entries[0]!.entry.id).toBe(model.current().entries[0]!.entry.id);
    expect(first.entries.length).toBeLessThan(300);
    const last = model.current();
    expect(last.complete).toBe(true);
    expect(last.entries).toHaveLength(301);
    expect(document.querySelectorAll(SELECT.entry())).toHaveLength(301);
    expect(repeatsOf(last)).toEqual([['block-00000000000000000000r3p0', last.entries[5]!.entry.id]]);
  });
});

describe('pages that render their list again', () => {
  it('innerHTML = innerHTML: the same entries on the new nodes, no repeat of itself, old nodes let go', async () => {
    const { model, list, settle } = await start(40);
    const before = model.current();
    const oldNodes = before.entries.map((e) => e.entry.element);
    list().innerHTML = list().innerHTML;
    await settle();
    const onNewNodes = () => model.current().entries.every((e) => e.entry.element.isConnected && !oldNodes.includes(e.entry.element));
    await expect.poll(onNewNodes).toBe(true);
    const after = model.current();
    expect(ids(after)).toEqual(ids(before));
    expect(after.entries).toEqual(before.entries); // the same entry objects
    expect(repeatsOf(after)).toEqual(repeatsOf(before));
    for (const el of document.querySelectorAll(`[${ATTR.duplicateOf}]`)) expect(el.getAttribute(ATTR.duplicateOf)).not.toBe(el.getAttribute(ATTR.entry));
    expect(after.entries.every((e) => e.entry.element.isConnected && !oldNodes.includes(e.entry.element))).toBe(true);
    expect(document.querySelectorAll(SELECT.entry())).toHaveLength(41);
  });

  it('twenty re-renders later, the page still has 41 entries and the model no stale node', async () => {
    const { model, list, settle } = await start(40);
    const seen = new Set<Element>();
    for (let i = 0; i < 20; i++) {
      for (const e of model.current().entries) seen.add(e.entry.element);
      list().innerHTML = list().innerHTML;
      await settle(80);
    }
    await settle();
    expect(model.current().entries).toHaveLength(41);
    expect(model.current().entries.every((e) => e.entry.element.isConnected)).toBe(true);
    expect(repeatsOf(model.current())).toHaveLength(1);
  });

  it('new nodes beside the old for a moment (a framework swapping its nodes) make no repeats', async () => {
    const { model, list, settle } = await start(20);
    const before = model.current().entries.slice();
    const old = [...list().children];
    for (const node of old) list().append(node.cloneNode(true));
    await settle(200);
    old.forEach((node) => node.remove());
    await settle(WAIT_MS + 300);
    const after = model.current();
    expect(after.entries).toEqual(before);
    expect(after.entries.every((e) => !old.includes(e.entry.element))).toBe(true);
    expect(repeatsOf(after)).toHaveLength(1);
  });

  it('an entry detached and re-attached (same node) is the same entry, with its repeat verdict', async () => {
    const { model, list, snapshots, settle } = await start(12);
    const repost = model.current().entries.find((e) => e.duplicateOf)!;
    const node = repost.entry.element;
    const next = node.nextElementSibling;
    node.remove();
    await settle();
    expect(snapshots.at(-1)!.removed).toEqual([repost]);
    expect(model.current().entries).not.toContain(repost);
    list().insertBefore(node, next);
    await settle();
    expect(model.current().entries).toContain(repost);
    expect(repost.entry.element).toBe(node);
    expect(repost.duplicateOf).not.toBeNull();
    expect(node.getAttribute(ATTR.entry)).toBe(repost.entry.id);
  });
});

describe('a live entry', () => {
  it.each([[50], [1000]])('costs the same work on a blog of %i entries', async (n) => {
    const { model, slicer, background, snapshots, reads, list, settle } = await start(n);
    const [readsBefore, stepsBefore, seen, sentBefore] = [reads(), slicer.work.steps, snapshots.length, background.sent.length];
    const live = { id: 'block-0000000000000000000011ve', blog: URL, time: '2026-12-03T09:00:00.000Z' };
    list().insertAdjacentHTML('afterbegin', guardianBlock({ ...live, paragraphs: ['The harbour ferry resumed its crossings after the storm passed over the estuary.'] }));
    await settle();
    const told = snapshots.slice(seen);
    expect(reads() - readsBefore).toBe(1);
    // On the page, the feed's read and nothing else; the background is sent that one entry.
    expect(slicer.work.steps - stepsBefore).toBe(1);
    const after = background.sent.slice(sentBefore);
    expect(after.map((m) => (m.kind === 'add' ? m.entries.map((e) => e.data.id) : m.kind))).toEqual([[live.id]]);
    expect(model.current().entries[0]!.entry.id).toBe(live.id);
    expect(told.flatMap((s) => s.added).map((e) => e.entry.id)).toEqual([model.current().entries[0]!.entry.id]);
    expect(told.flatMap((s) => s.changed).length).toBeLessThanOrEqual(1);
  });
});

describe('scheduling (counted, never timed)', () => {
  /** The pipeline on `page(n)` with a clock that moves `msPerStep` per step, and a language told or not. */
  async function run(n: number, language: 'told' | 'broken', msPerStep = 0) {
    page(n);
    const lifetime = new AbortController();
    lifetimes.push(lifetime);
    let clock = 0;
    const slicer = createSlicer(lifetime.signal, { budgetMs: 30, now: () => (clock += msPerStep), yieldTo: (next) => void setTimeout(next, 0) });
    const feed = startFeed(document, extractorFor(document, URL, detect(document, URL))!, slicer, lifetime.signal);
    let askedAfter = -1;
    const background = localBackground();
    const model = createModel(feed, slicer, lifetime.signal, {
      connect: background.connect,
      language: (items) => {
        askedAfter = items.length;
        if (language === 'broken') throw new Error('no language');
        return 'en';
      },
    });
    const snapshots: LensSnapshot[] = [];
    model.subscribe((s) => snapshots.push(s));
    await model.ready;
    await slicer.idle();
    return { slicer, snapshots, askedAfter, background };
  }

  it('reads a small blog in one task of the page; the annotation is the background\'s', async () => {
    const { slicer, snapshots, background } = await run(8, 'told');
    expect(slicer.work.slices).toBe(1);
    expect(snapshots.at(-1)!.complete).toBe(true);
    expect(snapshots.at(-1)!.entries.filter((e) => e.duplicateOf).length).toBe(1);
    expect(background.sent.map((m) => m.kind)).toEqual(['begin', 'add', 'read']);
  });

  it('tells the language once the first entries tell it, and sends entries while the rest is still being read', async () => {
    const { askedAfter, snapshots, background } = await run(240, 'told');
    expect(askedAfter).toBeGreaterThan(0);
    expect(askedAfter).toBeLessThan(241); // 240 entries and the re-post: told before the last was read
    expect(snapshots.at(-1)!.entries.length).toBe(241);
    const kinds = background.sent.map((m) => m.kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds.at(-1)).toBe('read');
    expect(kinds.filter((k) => k === 'add').length).toBeGreaterThan(1); // in parts, as read
    expect(background.sent.flatMap((m) => (m.kind === 'add' ? m.entries : [])).length).toBe(241);
  });

  it('tells the annotations of a big first page 100 entries per snapshot at most, the complete one last', async () => {
    const { snapshots } = await run(240, 'told', 1);
    const changed = snapshots.map((s) => s.changed.length);
    expect(Math.max(...changed)).toBeLessThanOrEqual(100);
    expect(snapshots.filter((s) => s.complete).length).toBeGreaterThan(0);
    expect(snapshots.findIndex((s) => s.complete)).toBe(snapshots.length - 1);
  });

  it('tells what it read past a slice\'s budget at the start of the next slice, never after the budget is spent', async () => {
    page(60);
    const lifetime = new AbortController();
    lifetimes.push(lifetime);
    let clock = 0;
    const slicer = createSlicer(lifetime.signal, { budgetMs: 30, now: () => clock, yieldTo: (next) => void setTimeout(next, 0) });
    const extractor = extractorFor(document, URL, detect(document, URL))!;
    // Each entry read costs 7 ms of the clock: a slice reads a few and runs out in the middle of a step.
    const costly: Extractor = { ...extractor, entry: (el) => ((clock += 7), extractor.entry(el)) };
    const feed = startFeed(document, costly, slicer, lifetime.signal);
    const dueWhenTold: boolean[] = [];
    let told = 0;
    feed.subscribe((delta) => {
      dueWhenTold.push(slicer.due());
      told += delta.added.length;
    });
    await feed.ready;
    await slicer.idle();
    expect(told).toBe(61);
    expect(slicer.work.slices).toBeGreaterThan(10);
    // The listeners (the model, the port) ran inside a budget every time, in slices of their own or not.
    expect(dueWhenTold.filter(Boolean)).toEqual([]);
    expect(dueWhenTold.length).toBeGreaterThan(10);
  });

  it('annotates the blog all the same when telling its language fails (repeats found, no speakers)', async () => {
    const { snapshots } = await run(8, 'broken');
    const last = snapshots.at(-1)!;
    expect(last.complete).toBe(true);
    expect(last.entries.filter((e) => e.duplicateOf).length).toBe(1);
  });
});
