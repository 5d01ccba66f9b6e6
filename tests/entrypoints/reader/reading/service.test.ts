// @vitest-environment happy-dom
// The reading service on a test page, on a fake clock: an entry becomes read only after it has
// been readable on screen for the dwell (about a second and a half), a sliver at the screen's edge
// never counts, an entry scrolled past in a second stays unread, and only read entries are sent.
// The browser's IntersectionObserver and layout are stood in for; everything else is the real code.
// Reading state lives in the service alone: nothing of it is written into the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Send } from '../../../../entrypoints/shared/messenger';
import { createReading } from '../../../../entrypoints/reader.content/reading/service';
import { fakeReader, fixedModel, lensEntry } from '../fake-reader';

const VIEWPORT = 800;

/**
 * The IntersectionObserver the tracker makes; the test says which entries touch the viewport. Like
 * the browser's, it answers each `observe` later (a timer here, the next rendering there) with the
 * entry's box as drawn now: that is how the tracker measures entries again on its tick.
 */
class FakeObserver {
  static last: FakeObserver | null = null;
  /** The page's watcher of entries coming near (dom/nearby.ts, made with a margin): entries with these ids stay far until `reach`. */
  static far = new Set<string>();
  static nearby: FakeObserver | null = null;
  private readonly touching = new Set<Element>();
  readonly observed = new Set<Element>();
  private readonly near: boolean;
  constructor(
    private readonly callback: (records: Array<{ target: Element; isIntersecting: boolean; boundingClientRect: DOMRect; rootBounds: null }>) => void,
    options?: { rootMargin?: string },
  ) {
    this.near = !!options?.rootMargin;
    if (this.near) FakeObserver.nearby = this;
    else FakeObserver.last = this;
  }
  private record(target: Element) {
    const isIntersecting = this.near ? !FakeObserver.far.has(target.id) : this.touching.has(target);
    return { target, isIntersecting, boundingClientRect: target.getBoundingClientRect(), rootBounds: null };
  }
  observe(target: Element) {
    this.observed.add(target);
    setTimeout(() => this.callback([this.record(target)]), 0);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {}
  touch(target: Element, isIntersecting: boolean) {
    if (isIntersecting) this.touching.add(target);
    else this.touching.delete(target);
    this.callback([this.record(target)]);
  }
  /** The reader scrolled near `target`. */
  static reach(target: Element) {
    FakeObserver.far.delete(target.id);
    if (FakeObserver.nearby?.observed.has(target)) FakeObserver.nearby.callback([FakeObserver.nearby.record(target)]);
  }
}

/** Where an element is drawn (the observer reports this box). */
function place(el: Element, top: number, height = 300): void {
  el.getBoundingClientRect = () => ({ top, bottom: top + height, height, left: 0, right: 600, width: 600, x: 0, y: top, toJSON: () => ({}) });
}

/** Draws `el` at `top` and tells the tracker whether it touches the viewport. */
function show(el: Element, top: number, height?: number): void {
  place(el, top, height);
  FakeObserver.last!.touch(el, top < VIEWPORT && top + (height ?? 300) > 0);
}

let sent: Array<[string, unknown]>;
let current: { view(): { read: ReadonlySet<string> } } | null = null;

async function start(readAfterMs?: number) {
  document.body.innerHTML = ['a', 'b', 'c'].map((id) => `<article id="${id}"><p>Entry ${id}</p></article>`).join('');
  const entries = ['a', 'b', 'c'].map((id) => lensEntry(document.getElementById(id)!, { time: '2026-12-03T10:00:00Z' }));
  for (const e of entries) place(e.entry.element, 2000); // off screen until a test moves it
  const send = vi.fn(async (name: string, data: unknown) => {
    sent.push([name, data]);
    if (name === 'openBlogDigest') {
      return { state: { blog: 'x', lastVisit: null, read: [], starred: [], known: [] }, previousVisit: null, newIds: [], want: [], stored: true };
    }
    if (name === 'markRead') return { changed: (data as { entryIds: string[] }).entryIds.length, stored: true };
    return { stored: true };
  }) as unknown as Send;
  const reader = fakeReader({ model: fixedModel(entries), send, providers: { reading: (c) => createReading(c) } });
  if (readAfterMs !== undefined) reader.ctx.settings.global.readAfterMs = readAfterMs; // as stored before the page loaded
  const reading = await reader.ctx.use('reading');
  current = reading;
  await vi.advanceTimersByTimeAsync(5); // the blog opens (its digest and its message are made in the reader's slices, a timer turn each)
  return { reader, reading: reading!, el: (id: string) => document.getElementById(id)! };
}
const readIds = () => [...(current?.view().read ?? [])].sort();
/** Every attribute on the page's own elements that is not the page's. */
const traces = () => [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('data-lbl')));
const markReadSent = () => sent.filter(([name]) => name === 'markRead').flatMap(([, data]) => (data as { entryIds: string[] }).entryIds);

beforeEach(() => {
  sent = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance', 'queueMicrotask'] });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('innerHeight', VIEWPORT);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeObserver.far.clear();
  document.body.innerHTML = '';
});

describe('reading service: what counts as read', () => {
  it('reads an entry on screen for the dwell, not before', async () => {
    const { reading, el } = await start();
    expect(reading.view().available).toBe(true);
    show(el('a'), 100);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(readIds()).toEqual([]);
    await vi.advanceTimersByTimeAsync(750);
    expect(readIds()).toEqual(['a']);
    expect(reading.view().read.has('a')).toBe(true);
  });

  it('watches an entry far down the page only once it comes near, and reads it then', async () => {
    FakeObserver.far.add('c');
    const { el } = await start();
    await vi.advanceTimersByTimeAsync(10);
    expect(FakeObserver.last!.observed.has(el('a'))).toBe(true);
    expect(FakeObserver.last!.observed.has(el('c'))).toBe(false);
    FakeObserver.reach(el('c'));
    await vi.advanceTimersByTimeAsync(10);
    expect(FakeObserver.last!.observed.has(el('c'))).toBe(true);
    show(el('c'), 100);
    await vi.advanceTimersByTimeAsync(1_750);
    expect(readIds()).toEqual(['c']);
  });

  it('never reads an entry of which only a sliver shows at the screen’s edge', async () => {
    const { el } = await start();
    show(el('b'), VIEWPORT - 8, 400); // 8 px of a 400 px entry
    await vi.advanceTimersByTimeAsync(10_000);
    expect(readIds()).toEqual([]);
  });

  it('leaves unread an entry scrolled past in a second', async () => {
    const { el } = await start();
    show(el('c'), 200);
    await vi.advanceTimersByTimeAsync(1_000);
    show(el('c'), -2000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(readIds()).toEqual([]);
  });

  it('sends the read entries, and only those, in one batch', async () => {
    const { el } = await start();
    show(el('a'), 0);
    show(el('b'), 350);
    show(el('c'), 2000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(readIds()).toEqual(['a', 'b']);
    expect(markReadSent()).toEqual([]); // batched: not yet
    await vi.advanceTimersByTimeAsync(2_500);
    expect(markReadSent().sort()).toEqual(['a', 'b']);
  });

  it('writes nothing of it into the page: the page cannot tell read entries from unread ones', async () => {
    const { el } = await start();
    show(el('a'), 0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(readIds()).toEqual(['a']);
    expect(traces()).toEqual([]);
    expect(el('a').getAttribute('style')).toBeNull();
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('reading service: the reader’s read-after delay (options page)', () => {
  it('uses the chosen delay: 3 s reads an entry after 3 s on screen, not at the default 1.5 s', async () => {
    const { el } = await start(3000);
    show(el('a'), 100);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(readIds()).toEqual([]);
    await vi.advanceTimersByTimeAsync(750);
    expect(readIds()).toEqual(['a']);
  });

  it('takes a delay changed while the page is open at once, counting again from the change', async () => {
    const { reader, el } = await start();
    show(el('a'), 100);
    await vi.advanceTimersByTimeAsync(1_000);
    await reader.ctx.settings.setGlobal({ readAfterMs: 5000 }); // as another tab's options page would
    await vi.advanceTimersByTimeAsync(4_500);
    expect(readIds()).toEqual([]); // 5.5 s on screen, but only 4.5 s since the change
    await vi.advanceTimersByTimeAsync(750);
    expect(readIds()).toEqual(['a']);
  });

  it('“Never”: nothing becomes read by being on screen, only when the reader marks it; a delay chosen later applies again', async () => {
    const { reader, reading, el } = await start(0);
    show(el('a'), 0);
    show(el('b'), 350);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(readIds()).toEqual([]);
    await reading.markRead(['b']);
    await vi.advanceTimersByTimeAsync(0);
    expect(readIds()).toEqual(['b']);
    await reader.ctx.settings.setGlobal({ readAfterMs: 1000 });
    await vi.advanceTimersByTimeAsync(1_250);
    expect(readIds()).toEqual(['a', 'b']);
  });
});
