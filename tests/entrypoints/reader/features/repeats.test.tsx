// @vitest-environment happy-dom
// The repeats feature on a test page: a repeat collapses into a stub (its own host, whose shadow
// root a page's copy of its markup cannot take) that opens and closes it in place on the reader's
// clicks only; a related entry gets a "See also" line; the stub follows its entry when the site
// renders it again, and goes when the entry goes; turning collapsing off releases every stub; a
// stopped reader leaves nothing behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeEntry, repeats } from '../../../../entrypoints/reader.content/features/repeats';
import { ATTR, SELECT, UI } from '../../../../lib/page-contract';
import { en, translator } from '../../../helpers/i18n';
import { fakeReader, fixedModel, lensEntry, memorySettings, NearObserver, trustedClick } from '../fake-reader';

async function setUp() {
  document.body.innerHTML = '<div id="s"><article id="a">First</article><article id="b">Copy of first</article><article id="c">Related</article></div>';
  const [a, b, c] = ['a', 'b', 'c'].map((id) => lensEntry(document.getElementById(id)!, { timeLabel: id === 'a' ? '12.50' : null, permalink: `https://news.example/live#${id}` }));
  b!.duplicateOf = 'a';
  c!.related = ['a'];
  const settings = memorySettings();
  const model = fixedModel([a!, b!, c!]);
  const reader = fakeReader({ model, settings });
  readers.push(reader.lifetime);
  await reader.start(repeats);
  return { ...reader, settings, model, items: { a: a!, b: b!, c: c! }, el: (id: string) => document.getElementById(id)! };
}
const stubs = () => [...document.querySelectorAll(SELECT.ui(UI.repeatStub))];
const text = (host: Element) => host.shadowRoot!.textContent;

// Each test's reader ends with it (the page's one watcher of entries near the viewport goes with it).
const readers: AbortController[] = [];
beforeEach(() => vi.stubGlobal('IntersectionObserver', NearObserver));
afterEach(() => {
  for (const lifetime of readers.splice(0)) lifetime.abort();
  vi.unstubAllGlobals();
  NearObserver.reset();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('repeats feature', () => {
  it('collapses a repeat behind a stub that names the kept entry by its time, and opens it in place', async () => {
    const { el } = await setUp();
    expect(el('b').getAttribute(ATTR.duplicateOf)).toBe('a');
    expect(el('b').hasAttribute(ATTR.collapsed)).toBe(true);
    const [stub] = stubs();
    expect(stub!.nextElementSibling).toBe(el('b'));
    expect(text(stub!)).toBe('Repeated: same as the 12.50 entryShow');
    // Nothing of the stub is in the page's own markup: a copy of it would be an empty element.
    expect(stub!.childNodes).toHaveLength(0);
    const button = () => stub!.shadowRoot!.querySelector('button')!;
    trustedClick(button());
    expect(el('b').hasAttribute(ATTR.collapsed)).toBe(false);
    expect([button().textContent, button().getAttribute('aria-expanded')]).toEqual(['Hide', 'true']);
    trustedClick(button());
    expect(el('b').hasAttribute(ATTR.collapsed)).toBe(true);
  });

  it('names the kept entry once it arrives, when the pinned copy came first and held its id', async () => {
    // A pinned copy sits first in the page and shares its original's id: in the first slice it is
    // the only one, so it is open; the next slice brings the original and makes the copy a repeat.
    document.body.innerHTML = '<div id="s"><article id="pin">Pinned</article><article id="orig">Original</article></div>';
    const pinned = lensEntry(document.getElementById('pin')!, { id: 'post-1', timeLabel: null, title: '' });
    const model = fixedModel([pinned]);
    const reader = fakeReader({ model, settings: memorySettings() });
    readers.push(reader.lifetime);
    await reader.start(repeats);
    expect(stubs()).toHaveLength(0);
    const original = lensEntry(document.getElementById('orig')!, { id: 'post-1', timeLabel: '13.45' });
    pinned.duplicateOf = 'post-1';
    model.add([original]);
    model.change([pinned]);
    await reader.slicer.idle(); // stubs are drawn in the reader's slices
    expect(stubs().map(text)).toEqual(['Repeated: same as the 13.45 entryShow']);
  });

  it('does nothing for a click a page script made', async () => {
    const { el } = await setUp();
    stubs()[0]!.shadowRoot!.querySelector('button')!.click();
    expect(el('b').hasAttribute(ATTR.collapsed)).toBe(true);
  });

  it('links a related entry to the other one', async () => {
    const { el } = await setUp();
    const line = el('c').querySelector(SELECT.ui(UI.seeAlso))!;
    const link = line.shadowRoot!.querySelector('a')!;
    expect(link.textContent).toBe('See also the 12.50 entry');
    expect(link.getAttribute('href')).toBe('https://news.example/live#a');
  });

  it('follows its entry onto the new element the site rendered, and leaves with it', async () => {
    const { el, model, items } = await setUp();
    const old = el('b');
    const fresh = old.cloneNode(true) as Element; // the site's new node for the same entry
    old.replaceWith(fresh);
    items.b.entry = { ...items.b.entry, element: fresh };
    model.change([items.b]);
    expect(stubs()).toHaveLength(1);
    expect(stubs()[0]!.nextElementSibling).toBe(fresh);
    expect(fresh.hasAttribute(ATTR.collapsed)).toBe(true);
    fresh.remove();
    model.remove([items.b]);
    expect(stubs()).toHaveLength(0);
  });

  it('releases every repeat when the reader turns collapsing off, and leaves nothing when stopped', async () => {
    const { settings, lifetime, el } = await setUp();
    await settings.setGlobal({ collapseRepeats: false });
    expect(stubs()).toHaveLength(0);
    expect(el('b').hasAttribute(ATTR.duplicateOf)).toBe(false);
    await settings.setGlobal({ collapseRepeats: true });
    expect(stubs()).toHaveLength(1);
    lifetime.abort();
    expect(document.querySelectorAll(`[${ATTR.ui}], [${ATTR.duplicateOf}], [${ATTR.collapsed}], style`)).toHaveLength(0);
  });

  it('describes an entry by its time as printed, else its headline, else as an earlier entry', () => {
    const at = (timeLabel: string | null, title: string) => describeEntry(en(), 'stub', { entry: { timeLabel, title } } as never);
    expect(at('09:15', 'x')).toBe('Repeated: same as the 09:15 entry');
    expect(at('12.20 BST', 'x')).toBe('Repeated: same as the 12.20 BST entry');
    expect(at(null, 'Short headline')).toBe('Repeated: same as “Short headline”');
    expect(at(null, 'h'.repeat(80))).toBe(`Repeated: same as “${'h'.repeat(57)}…”`);
    expect(at(null, '')).toBe('Repeated: same as an earlier entry');
    expect(describeEntry(en(), 'seeAlso', undefined)).toBe('See also an earlier entry');
  });

  it('says it in the browser’s language, keeping the time as the blog printed it', () => {
    const entry = { entry: { timeLabel: '19:14', title: 'x' } } as never;
    expect(describeEntry(translator('it'), 'stub', entry)).toBe('Ripetuto: uguale al post delle 19:14');
    expect(describeEntry(translator('it'), 'seeAlso', entry)).toBe('Vedi anche il post delle 19:14');
    expect(describeEntry(translator('de'), 'stub', entry)).toBe('Wiederholung: wie der Eintrag von 19:14');
    expect(describeEntry(translator('pl'), 'seeAlso', entry)).toBe('Zobacz też wpis z 19:14');
  });
});
