// @vitest-environment happy-dom
// The panel and chips features wired to a fake page: filters hide in place, chips follow a
// speaker, oldest first orders by CSS, and an aborted reader leaves no trace.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chips } from '../../../../entrypoints/reader.content/features/chips';
import { panel } from '../../../../entrypoints/reader.content/features/panel';
import { ACTION, ATTR, SELECT, TAG } from '../../../../lib/page-contract';
import { readerClick } from '../../../helpers/trusted';
import { fakeReader, fixedModel, lensEntry, memorySettings, NearObserver, trustedClick } from '../fake-reader';

const QUOTES: Record<string, string[]> = { e4: ['Anna Keller'], e3: [], e2: ['Tomasz Wierzba', 'Anna Keller'], e1: ['Tomasz Wierzba'] };

async function setUp() {
  document.head.innerHTML = '';
  document.body.innerHTML = `<main><div id="stream"><div id="top"></div>${Object.keys(QUOTES)
    .map((id, i) => `<article id="${id}"><p>Entry ${i} ${id}</p><footer>share</footer></article>`)
    .join('')}<div id="older"></div></div></main>`;
  const entries = Object.entries(QUOTES).map(([id, speakers], i) =>
    lensEntry(document.getElementById(id)!, { time: `2026-12-03T1${5 - i}:00:00Z` }, speakers),
  );
  const settings = memorySettings();
  const reader = fakeReader({ model: fixedModel(entries), settings });
  readers.push(reader.lifetime);
  await reader.start(panel, chips);
  await Promise.resolve();
  return { ...reader, settings };
}
const hidden = () => [...document.querySelectorAll(`[${ATTR.hidden}]`)].map((el) => el.id);
const host = () => document.querySelector(TAG.panel);
const traces = () => [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('data-lbl')));

// Each test's reader ends with it: a live reader puts its removed panel back (issue 14, finding 5).
const readers: AbortController[] = [];
beforeEach(() => vi.stubGlobal('IntersectionObserver', NearObserver));
afterEach(() => {
  for (const lifetime of readers.splice(0)) lifetime.abort();
  vi.unstubAllGlobals();
  NearObserver.reset();
  document.body.innerHTML = '';
});

describe('panel and chips features', () => {
  it('mount the panel host (open shadow root, light-DOM tab) and a chip row per quoting entry', async () => {
    await setUp();
    expect(host()?.getAttribute(ATTR.ui)).toBe('panel');
    expect(host()?.shadowRoot).toBeTruthy();
    expect(document.querySelector(SELECT.action(ACTION.panel))?.parentElement).toBe(host());
    const rows = document.querySelectorAll(TAG.chips);
    expect([...rows].map((r) => r.parentElement!.id)).toEqual(['e4', 'e2', 'e1']);
    // Before the footer, inside the entry; the chips carry data-lbl-chip.
    expect(rows[0]!.nextElementSibling?.tagName).toBe('FOOTER');
    expect([...rows[1]!.shadowRoot!.querySelectorAll(`[${ATTR.chip}]`)].map((c) => c.textContent)).toEqual(['Tomasz Wierzba', 'Anna Keller']);
  });

  it('a chip filters by its speaker in place and opens the panel; the tab closes it', async () => {
    const { settings } = await setUp();
    const chip = document.querySelector(`#e1 ${TAG.chips}`)!.shadowRoot!.querySelector<HTMLButtonElement>(SELECT.chip('Tomasz Wierzba'))!;
    chip.click(); // a page script's click does nothing
    expect(hidden()).toEqual([]);
    trustedClick(chip);
    expect(hidden()).toEqual(['e4', 'e3']);
    expect(document.querySelectorAll('article')).toHaveLength(4);
    expect(host()!.hasAttribute('data-open')).toBe(true);
    expect(settings.setSite).toHaveBeenCalledWith({ panelOpen: true });
    const pressed = host()!.shadowRoot!.querySelector(SELECT.speaker('Tomasz Wierzba'))!;
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    await Promise.resolve();
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    (pressed as HTMLButtonElement).click(); // a page script's click does nothing (issue 14, finding 6)
    expect(hidden()).toEqual(['e4', 'e3']);
    readerClick(pressed); // the reader's: off again, everyone
    expect(hidden()).toEqual([]);
    const tab = document.querySelector<HTMLButtonElement>(SELECT.action(ACTION.panel))!;
    tab.click();
    expect(host()!.hasAttribute('data-open')).toBe(true);
    readerClick(tab);
    expect(host()!.hasAttribute('data-open')).toBe(false);
  });

  it('oldest first orders the stream with CSS, leaving the nodes where they are', async () => {
    const { settings } = await setUp();
    void settings.setSite({ order: 'oldest-first' });
    const orders = [...document.getElementById('stream')!.children].map((el) => el.getAttribute(ATTR.order));
    expect(orders).toEqual([null, '4', '3', '2', '1', '5']);
    expect(document.getElementById('stream')!.hasAttribute(ATTR.orderBox)).toBe(true);
    void settings.setSite({ order: 'site' });
    expect(document.querySelectorAll(`[${ATTR.order}], [${ATTR.orderBox}]`)).toHaveLength(0);
  });

  it('opens and closes on the toolbar’s message (through the bus)', async () => {
    const { ctx } = await setUp();
    ctx.bus.emit('togglePanel', null);
    expect(host()!.hasAttribute('data-open')).toBe(true);
    ctx.bus.emit('togglePanel', null);
    expect(host()!.hasAttribute('data-open')).toBe(false);
  });

  it('undoes everything when the reader is aborted', async () => {
    const { ctx, settings, lifetime } = await setUp();
    ctx.bus.emit('followSpeaker', { speaker: 'Anna Keller' });
    void settings.setSite({ order: 'oldest-first' });
    expect(traces().length).toBeGreaterThan(0);
    lifetime.abort();
    expect(traces()).toEqual([]);
    expect(document.querySelectorAll(`${TAG.panel}, ${TAG.chips}, style`)).toHaveLength(0);
  });
});
