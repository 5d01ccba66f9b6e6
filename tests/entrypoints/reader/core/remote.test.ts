// @vitest-environment happy-dom
// The reader's model when the annotation runs in the background: the background going away (Chrome
// stops an idle service worker, and its sessions with it) loses nothing, whether it happens while
// the first page is being annotated or later, before a live entry; a reader that stops (the page
// navigates) leaves no session behind. The background is the real session code, in process.
import { afterEach, describe, expect, it } from 'vitest';
import { startFeed } from '../../../../entrypoints/reader.content/core/feed';
import { createModel, type LensModel } from '../../../../entrypoints/reader.content/core/model';
import { createSlicer } from '../../../../entrypoints/reader.content/core/slices';
import { detect } from '../../../../lib/detect/index';
import { extractorFor } from '../../../../lib/entries/index';
import { guardianBlock, numberedBlock } from '../../../fixtures/blogs/guardian-block';
import { localBackground } from './local-background';

const URL = 'https://www.theguardian.com/world/live/2026/dec/03/remote-test';
const SPOKEN = '"We will reopen the bridge tomorrow," said Mayor Helen Marsh, standing beside the closed approach road.';
const lifetimes: AbortController[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function page(n: number): void {
  const blocks = Array.from({ length: n }, (_, i) => numberedBlock(URL, n - 1 - i));
  blocks.splice(1, 0, guardianBlock({ id: 'block-0000000000000000000spoken', blog: URL, time: '2026-12-03T08:59:00.000Z', paragraphs: [SPOKEN] }));
  document.body.innerHTML = `<main><div id="liveblog-body" class="js-liveblog-body">${blocks.join('')}</div></main>`;
  document.head.innerHTML = `<title>Remote test</title><link rel="canonical" href="${URL}">`;
}

function start(n: number) {
  page(n);
  const lifetime = new AbortController();
  lifetimes.push(lifetime);
  const slicer = createSlicer(lifetime.signal, { yieldTo: (next) => void setTimeout(next, 0) });
  const feed = startFeed(document, extractorFor(document, URL, detect(document, URL))!, slicer, lifetime.signal);
  const background = localBackground();
  const model = createModel(feed, slicer, lifetime.signal, { language: () => 'en', connect: background.connect });
  return { model, background, lifetime, list: () => document.getElementById('liveblog-body')! };
}

/** What a reader sees of the model: every entry with its repeat verdict and speakers, and the blog's speakers. */
const seen = (model: LensModel) => {
  const s = model.current();
  return { entries: s.entries.map((e) => [e.entry.id, e.duplicateOf, e.speakers.join()]), speakers: s.speakers, complete: s.complete };
};

/** Inserts, at the top, a live re-post of entry 2 (a repeat of it). */
function insertRepeat(list: HTMLElement) {
  const i = 2;
  const repost = guardianBlock({
    id: 'block-000000000000000000000live',
    blog: URL,
    time: '2026-12-03T10:00:00.000Z',
    title: `Update ${i}`,
    paragraphs: [
      `Entry ${i}: ministers, councils and unions responded to the statement over the course of the day.`,
      `Markets, charities and business groups gave their own verdicts on item ${i} of the package.`,
    ],
  });
  list.insertAdjacentHTML('afterbegin', repost);
}

afterEach(() => {
  lifetimes.splice(0).forEach((l) => l.abort());
  document.body.innerHTML = '';
});

describe('a background that goes away', () => {
  it('while the first page is annotated: the page sends it again on a new port, and the reader sees the same result', async () => {
    const calm = start(120);
    await calm.model.ready;
    const expected = seen(calm.model);
    calm.lifetime.abort();

    const { model, background } = start(120);
    // Stop the worker as soon as it has been sent something, before it could answer everything.
    await expect.poll(() => background.sent.length, { interval: 1, timeout: 5_000 }).toBeGreaterThan(0);
    background.stopWorker();
    await model.ready;
    expect(background.connections).toBe(2);
    expect(seen(model)).toEqual(expected);
    expect(expected.speakers.map((s) => s.name)).toContain('Helen Marsh');
  });

  it('while idle: nothing is sent until the page has news; then everything again, and the live entry is annotated against the whole blog', async () => {
    const { model, background, list } = start(30);
    await model.ready;
    const before = seen(model);
    background.stopWorker();
    await sleep(20);
    expect(background.connections).toBe(1); // no news, no new port
    expect(background.sessions).toBe(0);
    insertRepeat(list());
    await expect.poll(() => model.current().entries.length, { timeout: 5_000 }).toBe(32);
    await expect.poll(() => model.current().entries[0]!.duplicateOf, { timeout: 5_000 }).not.toBeNull();
    expect(background.connections).toBe(2);
    // The rest is as it was: the first page's verdicts and speakers came back unchanged.
    expect(seen(model).entries.slice(1)).toEqual(before.entries);
    expect(seen(model).speakers.map((s) => s.name)).toEqual(before.speakers.map((s) => s.name));
    // On the new port: the language, the first page, `read`, then the live entry.
    const resent = background.sent.slice(background.sent.findLastIndex((m) => m.kind === 'begin'));
    expect(resent.map((m) => m.kind)).toEqual(['begin', 'add', 'read', 'add']);
  });
});

describe('a reader that stops', () => {
  it('closes its port: the background keeps no session for it', async () => {
    const { model, background, lifetime } = start(20);
    await model.ready;
    expect(background.sessions).toBe(1);
    lifetime.abort();
    expect(background.sessions).toBe(0);
  });

  it('stopped in the middle of the first page, leaves no session either', async () => {
    const { background, lifetime } = start(200);
    await expect.poll(() => background.sessions, { interval: 1, timeout: 5_000 }).toBe(1);
    lifetime.abort();
    expect(background.sessions).toBe(0);
  });
});
