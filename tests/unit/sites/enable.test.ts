import { describe, expect, it } from 'vitest';
import { isCuratedHost, sitePatterns, siteScriptId, webHost } from '../../../lib/sites/enable';
import { NEWS_DOMAINS, newsMatchPatterns } from '../../../lib/sites/news-domains';

describe('which pages Liveblog Lens runs on', () => {
  it('covers a hundred or more news sites by default, with and without subdomains', () => {
    expect(NEWS_DOMAINS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(NEWS_DOMAINS).size).toBe(NEWS_DOMAINS.length);
    const patterns = newsMatchPatterns(['theguardian.com']);
    expect(patterns).toEqual(['*://theguardian.com/*', '*://*.theguardian.com/*']);
  });

  it('knows the curated hosts, subdomains included, and nothing that only ends alike', () => {
    expect(isCuratedHost('www.theguardian.com')).toBe(true);
    expect(isCuratedHost('edition.cnn.com')).toBe(true);
    expect(isCuratedHost('nottheguardian.com')).toBe(false);
    expect(isCuratedHost('example.org')).toBe(false);
  });

  it('turns a tab URL into the host a reader can enable, ignoring browser pages and junk', () => {
    expect(webHost('https://blog.example.org/live/1#x')).toBe('blog.example.org');
    expect(webHost('chrome://extensions')).toBeNull();
    expect(webHost('file:///tmp/a.html')).toBeNull();
    expect(webHost('not a url')).toBeNull();
    expect(webHost(undefined)).toBeNull();
    expect(sitePatterns('blog.example.org')).toEqual(['*://blog.example.org/*']);
    expect(siteScriptId('blog.example.org')).toBe('lbl-site:blog.example.org');
  });
});
