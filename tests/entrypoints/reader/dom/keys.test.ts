// @vitest-environment happy-dom
// The reader's keys never fire while the reader types, in the page's fields or ours.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installKeys, isTyping } from '../../../../entrypoints/reader.content/dom/keys';

afterEach(() => {
  document.body.innerHTML = '';
});

const key = (target: Element, init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
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
    const actions = { togglePanel: vi.fn(), closePanel: vi.fn(() => false), next: vi.fn(), previous: vi.fn() };
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
