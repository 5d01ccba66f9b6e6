// @vitest-environment happy-dom
// The reader's keys never fire while the reader types, in the page's fields or ours.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installKeys, isTyping, type RootOpener } from '../../../../entrypoints/reader.content/dom/keys';
import { trusted } from '../../../helpers/trusted';

afterEach(() => {
  document.body.innerHTML = '';
});

const key = (target: Element, init: KeyboardEventInit, reader = true) => {
  const made = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  const event = reader ? trusted(made) : made;
  target.dispatchEvent(event);
  return event;
};

describe('isTyping', () => {
  it('knows text fields, selects, editable content and text roles from buttons and checkboxes', () => {
    document.body.innerHTML = `<input id="t"><input id="c" type="checkbox"><textarea id="a"></textarea><select id="s"></select>
      <div id="e" contenteditable="true"><span id="in">x</span></div><div id="r" role="searchbox"></div><button id="b">b</button>`;
    const typing = (id: string) => {
      let result: boolean | undefined;
      document.addEventListener('keydown', (e) => void (result = isTyping(e)), { once: true });
      key(document.getElementById(id)!, { key: 'j' });
      return result;
    };
    expect(['t', 'a', 's', 'in', 'r'].map(typing)).toEqual([true, true, true, true, true]);
    expect(['c', 'b'].map(typing)).toEqual([false, false]);
  });
});

describe('installKeys', () => {
  it('j / k move, Alt+Shift+S toggles, Escape closes only an open panel; typing and other modifiers are left alone', () => {
    document.body.innerHTML = '<input id="field"><p id="p">text</p>';
    const actions = { togglePanel: vi.fn(), help: vi.fn(), closePanel: vi.fn(() => false), next: vi.fn(), previous: vi.fn() };
    const lifetime = new AbortController();
    installKeys(document, actions, lifetime.signal);
    const p = document.getElementById('p')!;
    key(p, { key: 'j' });
    key(p, { key: 'k' });
    key(document.getElementById('field')!, { key: 'j' });
    key(p, { key: 'j', ctrlKey: true });
    expect([actions.next.mock.calls.length, actions.previous.mock.calls.length]).toEqual([1, 1]);
    key(p, { key: 'S', code: 'KeyS', altKey: true, shiftKey: true });
    expect(actions.togglePanel).toHaveBeenCalledOnce();
    expect(key(p, { key: 'Escape' }).defaultPrevented).toBe(false); // closed: the site keeps its Escape
    lifetime.abort();
    key(p, { key: 'j' });
    expect(actions.next).toHaveBeenCalledOnce();
  });
});

describe('installKeys, against the page', () => {
  const actions = () => ({ togglePanel: vi.fn(), help: vi.fn(), closePanel: vi.fn(() => false), next: vi.fn(), previous: vi.fn() });

  it('ignores keys a page script made up (issue 14, finding 6); "?" opens the help', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const a = actions();
    const lifetime = new AbortController();
    installKeys(document, a, lifetime.signal);
    const p = document.getElementById('p')!;
    expect(key(p, { key: 'j' }, false).defaultPrevented).toBe(false);
    key(p, { key: 'S', code: 'KeyS', altKey: true, shiftKey: true }, false);
    key(p, { key: '?' }, false);
    expect([a.next, a.togglePanel, a.help].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
    key(p, { key: '?', shiftKey: true });
    expect(a.help).toHaveBeenCalledOnce();
    lifetime.abort();
  });

  it('leaves j and k to a field inside a closed shadow root of the page (issue 14, finding 8)', () => {
    document.body.innerHTML = '<search-box id="box"></search-box><p id="p">text</p>';
    const box = document.getElementById('box')!;
    const closed = box.attachShadow({ mode: 'closed' });
    const input = document.createElement('input');
    closed.append(input);
    input.focus();
    // What the browser gives content scripts: the closed root of any element.
    const roots = new Map<Element, ShadowRoot>([[box, closed]]);
    const opener: RootOpener = (el) => roots.get(el) ?? el.shadowRoot;
    const a = actions();
    const lifetime = new AbortController();
    installKeys(document, a, lifetime.signal, opener);
    // Seen from the document, a closed root's event stops at its host.
    const event = key(box, { key: 'j' });
    expect(event.defaultPrevented).toBe(false);
    expect(a.next).not.toHaveBeenCalled();
    // Without the opener (what an open-roots-only check sees), the host looks like plain page.
    const blind = actions();
    installKeys(document, blind, lifetime.signal, (el) => el.shadowRoot);
    key(box, { key: 'k' });
    expect(blind.previous).toHaveBeenCalledOnce();
    lifetime.abort();
  });
});
