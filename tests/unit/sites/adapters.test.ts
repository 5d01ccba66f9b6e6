import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { detect } from '../../../lib/detect/index';
import { ADAPTERS, adapterForHost, siteName } from '../../../lib/sites/index';
import { MARKERS } from '../../../lib/sites/markers';
import type { SiteAdapter } from '../../../lib/sites/types';

const SELECTOR_FIELDS = ['liveMarker', 'entry', 'pinned', 'keyEvent', 'keyEventLinks', 'time', 'title', 'author', 'body', 'furniture', 'permalink'] as const;

describe('site adapters', () => {
  const doc = parseHtml('<html><body><div id="x"><p>text</p></div></body></html>');

  it.each(ADAPTERS.map((a) => [a.name, a] as [string, SiteAdapter]))('%s: every selector parses, and it says where it was seen', (_n, a) => {
    for (const field of SELECTOR_FIELDS) {
      const selector = a[field];
      if (selector) expect(() => doc.querySelector(selector), `${a.name}.${field}`).not.toThrow();
    }
    expect(a.seenOn.length).toBeGreaterThan(0);
    for (const url of a.seenOn) expect(adapterForHost(new URL(url).hostname)?.name).toBe(a.name);
  });

  it('gives every host to one adapter only', () => {
    const hosts = ADAPTERS.flatMap((a) => a.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('names Reach titles by their own site', () => {
    expect(siteName('www.mirror.co.uk')).toBe('mirror');
    expect(siteName('www.irishmirror.ie')).toBe('irishmirror');
    expect(siteName('www.corkbeo.ie')).toBe('corkbeo');
    expect(siteName('www.bbc.com')).toBe('bbc');
  });
});

describe('adapter markers', () => {
  it('are the adapters’ own, in the same order (the detector ships the markers alone)', () => {
    expect(MARKERS.map((m) => [m.name, m.hosts, m.liveMarker])).toEqual(ADAPTERS.map((a) => [a.name, a.hosts, a.liveMarker]));
  });

  it('make a page live only when the whole marker matches, not a look-alike element', () => {
    // `article.block` outside `#liveblog-body`: an element of the marker's last part, not the marker.
    const page = (inside: boolean) =>
      `<html><body>${inside ? '<div id="liveblog-body">' : '<div id="main">'}<article class="block"><p>Text of a block.</p></article></div></body></html>`;
    const url = 'https://www.theguardian.com/uk-news/2025/feb/11/village-bakery';
    expect(detect(parseHtml(page(true)), url)).toMatchObject({ isLiveBlog: true, signal: 'adapter' });
    expect(detect(parseHtml(page(false)), url)).toMatchObject({ isLiveBlog: false, signal: 'none' });
  });
});
