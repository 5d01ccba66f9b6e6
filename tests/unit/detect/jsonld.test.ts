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
    expect(detect(doc(name), 'https://www.riversideecho.example/sport/regatta-finals').signal).toBe('microdata');
  });
});
