// @vitest-environment happy-dom
// The panel's reading section beside the reading service: a read shows in its counts at once,
// moved by the ids just read (no pass over the blog's entries, which grows with the blog); a state
// from elsewhere (an open, another tab) is counted again from scratch in the next full pass.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { panel } from '../../../../entrypoints/reader.content/features/panel';
import type { ReadingApi, ReadingChange, ReadingView } from '../../../../entrypoints/reader.content/core/reading-api';
import { ACTION, SELECT } from '../../../../lib/page-contract';
import { fakeReader, fixedModel, lensEntry, memorySettings, NearObserver } from '../fake-reader';

const IDS = ['e4', 'e3', 'e2', 'e1'];
const roots: ShadowRoot[] = [];

function fakeReading(initial: ReadingView) {
  let view = initial;
  const listeners = new Set<(view: ReadingView, change: ReadingChange) => void>();
  const api = {
    view: () => view,
    subscribe: (l: (view: ReadingView, change: ReadingChange) => void) => (listeners.add(l), () => void listeners.delete(l)),
  } as unknown as ReadingApi;
  const tell = (next: ReadingView, change: ReadingChange) => {
    view = next;
    listeners.forEach((l) => l(next, change));
  };
  return { api, tell };
}

const viewOf = (read: string[], fresh: string[]): ReadingView => ({ available: true, read: new Set(read), starred: new Set(), fresh: new Set(fresh) });

async function setUp() {
  document.body.innerHTML = `<main><div id="stream">${IDS.map((id) => `<article id="${id}"><p>Entry ${id}</p></article>`).join('')}</div></main>`;
  const model = fixedModel(IDS.map((id) => lensEntry(document.getElementById(id)!)));
  const settings = memorySettings();
  settings.site.panelOpen = true;
  const reading = fakeReading(viewOf([], ['e4', 'e3']));
  const reader = fakeReader({ model, settings, providers: { reading: () => reading.api } });
  lifetimes.push(reader.lifetime);
  await reader.start(panel);
  await reader.slicer.idle();
  return { ...reader, model, reading };
}
/** The reading section's text (it is drawn in a closed root, caught as it is made). */
const section = () => roots.map((r) => r.querySelector('section.reading')?.textContent ?? '').join('');
const nextUnread = () => roots.map((r) => r.querySelector(SELECT.action(ACTION.nextUnread))).find(Boolean)?.textContent;

const lifetimes: AbortController[] = [];
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', NearObserver);
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});
afterEach(() => {
  for (const lifetime of lifetimes.splice(0)) lifetime.abort();
  roots.length = 0;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  NearObserver.reset();
  document.body.innerHTML = '';
});

describe('panel: the reading section', () => {
  it('counts a read at once, from the ids read, without going over the entries', async () => {
    const { model, reading } = await setUp();
    expect(nextUnread()).toBe('Next unread entry (4 left)');
    expect(section()).toMatch(/2 new/);
    const current = vi.spyOn(model, 'current');
    reading.tell(viewOf(['e4'], ['e4', 'e3']), { read: ['e4'] });
    expect(nextUnread()).toBe('Next unread entry (3 left)');
    expect(section()).toMatch(/1 new/);
    // The same id told twice, and an id of no entry on the page, change nothing.
    reading.tell(viewOf(['e4', 'elsewhere'], ['e4', 'e3']), { read: ['e4', 'elsewhere'] });
    expect(nextUnread()).toBe('Next unread entry (3 left)');
    expect(current).not.toHaveBeenCalled();
  });

  it('counts again from the state when more than reads changed (another tab, a refresh)', async () => {
    const { reading, slicer } = await setUp();
    reading.tell(viewOf(['e4', 'e3', 'e2'], []), { read: null });
    await vi.waitFor(async () => {
      await slicer.idle();
      expect(nextUnread()).toBe('Next unread entry (1 left)');
    });
    expect(section()).not.toMatch(/\d new/);
  });
});
