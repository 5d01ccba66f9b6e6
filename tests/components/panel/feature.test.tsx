// @vitest-environment happy-dom
// The panel and chips features wired to a fake page: filters hide in place, chips follow a
// speaker, oldest first orders by CSS, and an aborted reader leaves no trace.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chipsFeature } from '../../../entrypoints/reader.content/chips';
import type { ReaderContext } from '../../../entrypoints/reader.content/context';
import type { LensEntry, LensModel, LensSnapshot } from '../../../entrypoints/reader.content/model';
import { FILTER_EVENT, panelFeature } from '../../../entrypoints/reader.content/panel';
import type { Settings } from '../../../entrypoints/reader.content/settings';
import type { Entry } from '../../../lib/types';

const QUOTES: Record<string, string[]> = { e4: ['Anna Keller'], e3: [], e2: ['Tomasz Wierzba', 'Anna Keller'], e1: ['Tomasz Wierzba'] };

function setUp() {
  document.head.innerHTML = '';
  document.body.innerHTML = `<main><div id="stream"><div id="top"></div>${Object.keys(QUOTES)
    .map((id, i) => `<article id="${id}"><p>Entry ${id}</p><footer>share</footer></article>`.replace('Entry', `Entry ${i}`))
    .join('')}<div id="older"></div></div></main>`;
  const entries: LensEntry[] = Object.entries(QUOTES).map(([id, speakers], i) => ({
    entry: { id, element: document.getElementById(id)!, pinned: false, time: `2026-12-03T1${5 - i}:00:00Z` } as unknown as Entry,
    speakers, duplicateOf: null, related: [], quotes: [],
  }));
  const snapshot: LensSnapshot = { entries, added: entries, speakers: [] };
  const model: LensModel = { current: () => snapshot, subscribe: (l) => (l(snapshot), () => undefined) };
  const listeners = new Set<() => void>();
  const settings: Settings = {
    global: { collapseRepeats: true },
    site: { panelOpen: false, order: 'site' },
    setGlobal: vi.fn(async () => undefined),
    setSite: vi.fn(async (patch) => {
      settings.site = { ...settings.site, ...patch };
      listeners.forEach((l) => l());
    }),
    onChange: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  const lifetime = new AbortController();
  const ctx = { doc: document, url: location.href, host: 'example.com', model, settings, bus: new EventTarget(), signal: lifetime.signal } as ReaderContext;
  panelFeature(ctx);
  chipsFeature(ctx);
  return { ctx, settings, lifetime };
}
const hidden = () => [...document.querySelectorAll('[data-lbl-hidden]')].map((el) => el.id);
const host = () => document.querySelector('liveblog-lens-panel');
const traces = () => [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('data-lbl')));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('panel and chips features', () => {
  it('mount the panel host (open shadow root, light-DOM tab) and a chip row per quoting entry', async () => {
    setUp();
    expect(host()?.getAttribute('data-lbl-ui')).toBe('panel');
    expect(host()?.shadowRoot).toBeTruthy();
    expect(document.querySelector('[data-lbl-action="panel"]')?.parentElement).toBe(host());
    await Promise.resolve();
    const rows = document.querySelectorAll('liveblog-lens-chips');
    expect([...rows].map((r) => r.parentElement!.id)).toEqual(['e4', 'e2', 'e1']);
    // Before the footer, inside the entry; the chips carry data-lbl-chip.
    expect(rows[0]!.nextElementSibling?.tagName).toBe('FOOTER');
    expect([...rows[1]!.shadowRoot!.querySelectorAll('[data-lbl-chip]')].map((c) => c.textContent)).toEqual(['Tomasz Wierzba', 'Anna Keller']);
  });

  it('a chip filters by its speaker in place and opens the panel; the tab closes it', async () => {
    const { settings } = setUp();
    await Promise.resolve();
    const chip = document.querySelector('#e1 liveblog-lens-chips')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-lbl-chip="Tomasz Wierzba"]')!;
    chip.click();
    expect(hidden()).toEqual(['e4', 'e3']);
    expect(document.querySelectorAll('article')).toHaveLength(4);
    expect(host()!.hasAttribute('data-open')).toBe(true);
    expect(settings.setSite).toHaveBeenCalledWith({ panelOpen: true });
    const pressed = host()!.shadowRoot!.querySelector('[data-lbl-speaker="Tomasz Wierzba"]')!;
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    (pressed as HTMLButtonElement).click(); // off again: everyone
    expect(hidden()).toEqual([]);
    document.querySelector<HTMLButtonElement>('[data-lbl-action="panel"]')!.click();
    expect(host()!.hasAttribute('data-open')).toBe(false);
  });

  it('oldest first orders the stream with CSS, leaving the nodes where they are', () => {
    const { settings } = setUp();
    void settings.setSite({ order: 'oldest-first' });
    const orders = [...document.getElementById('stream')!.children].map((el) => el.getAttribute('data-lbl-order'));
    expect(orders).toEqual([null, '4', '3', '2', '1', '5']);
    expect(document.getElementById('stream')!.hasAttribute('data-lbl-order-box')).toBe(true);
    void settings.setSite({ order: 'site' });
    expect(document.querySelectorAll('[data-lbl-order], [data-lbl-order-box]')).toHaveLength(0);
  });

  it('undoes everything when the reader is aborted', async () => {
    const { ctx, settings, lifetime } = setUp();
    await Promise.resolve();
    ctx.bus.dispatchEvent(new CustomEvent(FILTER_EVENT, { detail: { speaker: 'Anna Keller' } }));
    void settings.setSite({ order: 'oldest-first' });
    expect(traces().length).toBeGreaterThan(0);
    lifetime.abort();
    expect(traces()).toEqual([]);
    expect(document.querySelectorAll('liveblog-lens-panel, liveblog-lens-chips, style')).toHaveLength(0);
  });
});
