import { describe, expect, it } from 'vitest';
import { blogKey, tryBlogKey } from '../../../lib/store/blog-key';

const G = 'https://www.theguardian.com/world/live/2023/may/15/russia-ukraine-war-latest';

describe('blogKey', () => {
  it('drops the fragment', () => {
    expect(blogKey(`${G}#block-6461f0e58f08`)).toBe(G);
  });

  it('drops tracking parameters, whatever their case', () => {
    expect(blogKey(`${G}?utm_source=twitter&utm_medium=social&CMP=share_btn_tw&fbclid=abc&gclid=x`)).toBe(G);
    expect(blogKey(`${G}?at_medium=RSS&at_campaign=rss&at_custom1=x`)).toBe(G);
    expect(blogKey(`https://www.bbc.co.uk/news/live/world-52627824?ns_mchannel=social&ocid=x&xtor=AL-1`)).toBe(
      'https://www.bbc.co.uk/news/live/world-52627824',
    );
  });

  it('drops pagination and view parameters', () => {
    expect(blogKey(`${G}?page=with:block-6461f0e58f08a2d7a35e8b52#block-6461f0e58f08a2d7a35e8b52`)).toBe(G);
    expect(blogKey(`${G}?page=2`)).toBe(G);
    expect(blogKey(`${G}?filterKeyEvents=false&page=3`)).toBe(G);
    expect(blogKey('https://www.bbc.co.uk/news/live/world-52627824?pageId=5')).toBe('https://www.bbc.co.uk/news/live/world-52627824');
  });

  it('keeps parameters that name the page, sorted', () => {
    expect(blogKey('https://example.com/live.php?b=2&id=7&utm_source=x')).toBe('https://example.com/live.php?b=2&id=7');
    expect(blogKey('https://example.com/live.php?id=7&b=2')).toBe(blogKey('https://example.com/live.php?b=2&id=7'));
    // `page` that is not pagination stays.
    expect(blogKey('https://example.com/x?page=live-feed')).toBe('https://example.com/x?page=live-feed');
  });

  it('is the same for http and https, and for an upper-case host', () => {
    expect(blogKey('http://WWW.Example.com/live/')).toBe('https://www.example.com/live/');
  });

  it('is idempotent', () => {
    for (const u of [`${G}?page=2&utm_source=x#b`, 'https://example.com/a?z=1&a=2', 'http://example.com/a b']) {
      expect(blogKey(blogKey(u))).toBe(blogKey(u));
    }
  });

  it('rejects what is not a web page', () => {
    expect(() => blogKey('javascript:alert(1)')).toThrow(TypeError);
    expect(() => blogKey('not a url')).toThrow();
    expect(tryBlogKey('file:///etc/passwd')).toBeNull();
    expect(tryBlogKey(G)).toBe(G);
  });

  it('fits an address too long to keep (issue 14, finding 9): the longest parameters go, the key stays stable', () => {
    const long = `${G}?edition=uk&q=${'x'.repeat(2100)}&view=${'v'.repeat(40)}`;
    const key = blogKey(long);
    expect(key.length).toBeLessThanOrEqual(2048);
    expect(key).toBe(`${G}?edition=uk&view=${'v'.repeat(40)}`);
    expect(blogKey(key)).toBe(key);
    expect(blogKey(`${G}?view=${'v'.repeat(40)}&q=${'y'.repeat(5000)}&edition=uk`)).toBe(key);
    expect(() => blogKey(`https://example.com/${'p'.repeat(2100)}`)).toThrow(TypeError);
  });
});
