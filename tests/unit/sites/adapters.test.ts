import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { ADAPTERS, adapterForHost, siteName } from '../../../lib/sites/index';
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
