// @vitest-environment happy-dom
// The one shadow-host helper: our UI roots, reset against site CSS, open now and closable later.
import { describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '../../../../entrypoints/reader.content/dom/shadow-host';
import { ATTR } from '../../../../lib/page-contract';

describe('createShadowHost', () => {
  it('marks the host as ours and resets it with important host rules, the inner sheet left plain', () => {
    const { host, root } = createShadowHost(document, { tag: 'liveblog-lens-test', part: 'chips', host: 'display: block;', css: '.x { color: red; }' });
    expect(host.getAttribute(ATTR.ui)).toBe('chips');
    const css = root.querySelector('style')!.textContent!;
    expect(css).toContain(':host { all: initial !important; display: block !important; }');
    expect(css).toContain('.x { color: red; }');
  });

  it('works the same with a closed root: callers use the root it returns', () => {
    const { host, root } = createShadowHost(document, { tag: 'liveblog-lens-test', part: 'panel', host: '', css: '', mode: 'closed' });
    expect(host.shadowRoot).toBeNull();
    expect(root.querySelector('style')).not.toBeNull();
  });
});

describe('createShadowHost on a page that took our name (issue 14, finding 5)', () => {
  it('uses a div when the page defined the element itself', () => {
    customElements.define('liveblog-lens-taken', class extends HTMLElement {});
    const { host, root } = createShadowHost(document, { tag: 'liveblog-lens-taken', part: 'panel', host: '', css: '' });
    expect(host.tagName).toBe('DIV');
    expect(host.getAttribute(ATTR.ui)).toBe('panel');
    expect(root.host).toBe(host);
  });

  it('uses a div when the page attaches a root to every new element of that name first', () => {
    const original = document.createElement.bind(document);
    const spy = vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const el = original(tag);
      if (tag === 'liveblog-lens-grabbed') el.attachShadow({ mode: 'closed' });
      return el;
    });
    const { host } = createShadowHost(document, { tag: 'liveblog-lens-grabbed', part: 'panel', host: '', css: '' });
    spy.mockRestore();
    expect(host.tagName).toBe('DIV');
  });
});
