import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { detect } from '../../../lib/detect/index';
import { isLiveBlogItemtype, isLiveBlogJsonLdText, liveBlogObjects } from '../../../lib/detect/jsonld';
import { fixture } from '../../helpers/fixtures';

const doc = (name: string) => parseHtml(fixture(`generic/${name}`));

describe('schema.org LiveBlogPosting in JSON-LD', () => {
  it('is found at the top level, inside @graph, in arrays and as one of several types', () => {
    expect(isLiveBlogJsonLdText('{"@type":"LiveBlogPosting"}')).toBe(true);
    expect(isLiveBlogJsonLdText('{"@graph":[{"@type":"WebPage"},{"@type": "LiveBlogPosting"}]}')).toBe(true);
    expect(isLiveBlogJsonLdText('[{"@type":"BreadcrumbList"},{"@type":["LiveBlogPosting","NewsArticle"]}]')).toBe(true);
    expect(isLiveBlogJsonLdText('{"@type":"https://schema.org/LiveBlogPosting"}')).toBe(true);
  });

  it('is not found when the word only appears in a value', () => {
    expect(isLiveBlogJsonLdText('{"@type":"NewsArticle","description":"Not a LiveBlogPosting"}')).toBe(false);
  });

  it('parses the objects of a page, wherever they sit', () => {
    expect(liveBlogObjects(doc('jsonld-live.html'))).toHaveLength(1);
    expect(liveBlogObjects(doc('jsonld-graph.html'))[0]?.['headline']).toBe('Count night in the valley');
    expect(liveBlogObjects(doc('jsonld-array.html'))[0]?.['liveBlogUpdate']).toHaveLength(3);
  });

  it.each([
    ['jsonld-live.html', 'https://www.harbourgazette.example/news/2025/03/14/storm-ellen-coast-updates'],
    ['jsonld-graph.html', 'https://valleycourier.example/politics/count-night-2025'],
    ['jsonld-array.html', 'https://www.lakesidepost.example/sport/marathon-day-2025'],
  ])('makes %s a live blog without an adapter', (name, url) => {
    expect(detect(doc(name), url)).toMatchObject({ isLiveBlog: true, signal: 'jsonld', adapter: null });
  });
});

describe('schema.org LiveBlogPosting in microdata', () => {
  it('accepts http and https item types, with or without a trailing slash, among others', () => {
    expect(isLiveBlogItemtype('https://schema.org/LiveBlogPosting')).toBe(true);
    expect(isLiveBlogItemtype('http://schema.org/LiveBlogPosting/')).toBe(true);
    expect(isLiveBlogItemtype('https://schema.org/NewsArticle https://schema.org/LiveBlogPosting')).toBe(true);
    expect(isLiveBlogItemtype('https://schema.org/BlogPosting')).toBe(false);
    expect(isLiveBlogItemtype('https://example.com/LiveBlogPostingGuide')).toBe(false);
  });

  it.each(['microdata.html', 'microdata-list.html'])('makes %s a live blog', (name) => {
    expect(detect(doc(name), 'https://www.riversideecho.example/sport/regatta-finals')).toMatchObject({ isLiveBlog: true, signal: 'microdata' });
  });
});

describe('the JSON-LD check on crafted scripts', () => {
  // Issue 14, finding 10: an unterminated `"@type":[` repeated over 0.4 MB made the old pattern
  // quadratic (4.3 s). The check reads back a bounded window from each mention, at most 64 of them.
  const crafted = (n: number) => `{"name":"LiveBlogPosting",${'"@type":['.repeat(n)}`;

  it('rejects a 0.42 MB unterminated script reading a bounded number of characters', () => {
    const text = crafted(46_000);
    expect(text.length).toBeGreaterThan(400_000);
    const meter = { mentions: 0, steps: 0 };
    expect(isLiveBlogJsonLdText(text, meter)).toBe(false);
    // One mention (in a value), read back a few characters: nothing else of the 0.42 MB is re-read.
    expect(meter).toEqual({ mentions: 1, steps: expect.any(Number) });
    expect(meter.steps).toBeGreaterThan(0);
    expect(meter.steps).toBeLessThanOrEqual(256);
  });

  it('reads at most a window per mention, however many mentions and however long the text', () => {
    const decoys = `{"tags":[${'"x",'.repeat(10_000)}${' "LiveBlogPosting" ,'.repeat(20_000)}`;
    const meter = { mentions: 0, steps: 0 };
    expect(isLiveBlogJsonLdText(decoys, meter)).toBe(false);
    expect(meter.mentions).toBe(64);
    expect(meter.steps).toBeGreaterThan(64);
    expect(meter.steps).toBeLessThanOrEqual(64 * 256);
  });

  it('still finds a real declaration after decoy mentions in values', () => {
    const text = `{"description":"LiveBlogPosting","@graph":[{"@type":"WebPage"},{"@type" : [ "NewsArticle" , "LiveBlogPosting" ]}]}`;
    expect(isLiveBlogJsonLdText(text)).toBe(true);
    expect(isLiveBlogJsonLdText('{"@type":"https:\\/\\/schema.org\\/LiveBlogPosting"}')).toBe(true);
  });

  it('leaves a crafted page that is no live blog alone', () => {
    const html = `<!doctype html><html><head><title>Recipes</title><script type="application/ld+json">${crafted(46_000)}</script></head><body><p>Soup.</p></body></html>`;
    expect(detect(parseHtml(html), 'https://www.example.com/food/soup')).toMatchObject({ isLiveBlog: false, signal: 'none' });
  });
});
