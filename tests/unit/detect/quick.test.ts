// The cheap half of detection, which runs on every page: its verdict where it is sure, and where
// it is not, whether the page is worth the structural check (a script the extension loads only then).
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { detectQuickly, SCAN_TIMES } from '../../../lib/detect/quick';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const PLAIN = 'https://www.example-news.example/world/2025/03/14/the-story-so-far-ld.998877';
const quick = (html: string, url = PLAIN) => detectQuickly(parseHtml(html), url);
const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('the cheap check', () => {
  it('is final on an adapter marker and on schema.org, and reads no further', () => {
    const guardian = 'https://www.theguardian.com/world/live/2025/mar/04/x-live';
    expect(quick(fixture('sites/guardian-live.html'), guardian)).toEqual({ signal: 'adapter', worthReading: false });
    expect(detect(parseHtml(fixture('sites/guardian-live.html')), guardian)).toEqual({ isLiveBlog: true, site: 'guardian', signal: 'adapter', adapter: 'guardian' });
    expect(quick(fixture('generic/jsonld-live.html')).signal).toBe('jsonld');
    expect(quick(fixture('generic/microdata.html'))).toEqual({ signal: 'microdata', worthReading: false });
  });

  it('leaves a page with one or two times unread; one with a dated list of related stories is read, and not live', () => {
    expect(quick(fixture('generic/article.html'))).toEqual({ signal: 'none', worthReading: true });
    expect(detect(parseHtml(fixture('generic/article.html')), PLAIN).isLiveBlog).toBe(false);
    const two = page('Harbour wall', '<p>Updated <time datetime="2025-03-14T10:00:00Z">10:00</time></p><p><time datetime="2025-03-14T09:00:00Z">09:00</time></p>');
    expect(quick(two).worthReading).toBe(false);
  });

  it('finds a page worth reading by its URL, its title, its time elements or its time-stamped headings', () => {
    const plain = page('Harbour wall', '<p>Text.</p>');
    expect(quick(plain, 'https://www.example-news.example/world/live/2025/mar/14/harbour').worthReading).toBe(true);
    expect(quick(page('Harbour wall – live updates', '<p>Text.</p>')).worthReading).toBe(true);
    expect(quick(page('Harbour wall', '<time>10:00</time>'.repeat(SCAN_TIMES))).worthReading).toBe(true);
    expect(quick(page('Harbour wall', '<h5><span>11.04 Uhr:</span> Pegel sinkt</h5><h5>9.30 Uhr: Fähren</h5>')).worthReading).toBe(true);
    // The NZZ-style ticker: nothing but its headings says so.
    expect(quick(fixture('generic/ticker-de.html'), 'https://www.alpenblatt.example/schweiz/hochwasser-ld.998877').worthReading).toBe(true);
  });

  it('finds a page worth reading by a heading that is nothing but a live label, not by the word in a sentence', () => {
    expect(quick(page('Nantes vs Rennes', '<h2 class="bloc-title">Match en direct</h2><p>Text.</p>')).worthReading).toBe(true);
    expect(quick(page('Hochwasser', '<h3>\u00a0LIVE-TICKER </h3><p>Text.</p>')).worthReading).toBe(true);
    expect(quick(page('Concerts', '<h2>Live music on the quays tonight</h2><h3>Direct flights</h3><p>Text.</p>')).worthReading).toBe(false);
    // A bare "Live" heads many sites' navigation box of live streams, on every page.
    expect(quick(page('Harbour wall', '<nav><h2>Live</h2></nav><p>Text.</p>')).worthReading).toBe(false);
  });

  it('with the structural check, is the same verdict as detect()', () => {
    const url = 'https://www.alpenblatt.example/schweiz/hochwasser-ld.998877';
    expect(detect(parseHtml(fixture('generic/ticker-de.html')), url)).toEqual({ isLiveBlog: true, site: 'alpenblatt', signal: 'structure', adapter: null });
  });
});
