// @vitest-environment happy-dom
// A host the page removes comes back (issue 14, finding 5), and a page that keeps removing it
// gets slower and slower returns, not a busy loop.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepInPage } from '../../../../entrypoints/reader.content/dom/keep-in-page';
import { ATTR, SELECT, UI } from '../../../../lib/page-contract';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('keepInPage', () => {
  it('puts a removed host back, also after the page replaced <body>; stops when aborted', async () => {
    const host = document.createElement('div');
    host.setAttribute(ATTR.ui, UI.panel);
    const place = () => document.body.append(host);
    place();
    const lifetime = new AbortController();
    keepInPage(document, host, place, lifetime.signal);
    host.remove();
    await settle();
    expect(host.parentNode).toBe(document.body);
    // A page that renders its body again from a copy: ours comes back, the dead copy goes.
    document.documentElement.replaceChild(document.body.cloneNode(true), document.body);
    await settle();
    expect(host.isConnected).toBe(true);
    expect([...document.querySelectorAll(SELECT.ui(UI.panel))]).toEqual([host]);
    lifetime.abort();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });

  it('waits longer each time a page keeps removing it', async () => {
    const host = document.createElement('div');
    const place = vi.fn(() => document.body.append(host));
    place();
    const lifetime = new AbortController();
    keepInPage(document, host, place, lifetime.signal);
    for (let i = 0; i < 4; i++) {
      host.remove();
      await settle();
    }
    expect(place).toHaveBeenCalledTimes(5); // the first placing and four quick returns
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false); // the fifth waits
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(host.isConnected).toBe(true);
    lifetime.abort();
  });
});
