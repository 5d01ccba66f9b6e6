import { describe, expect, it } from 'vitest';
import { PATH_NEEDLES, PATH_WORDS, hasLiveUrl, splitUrl } from '../../../lib/detect/url';

describe('hasLiveUrl', () => {
  it.each([
    'https://www.theguardian.com/world/live/2023/may/15/russia-ukraine-war-latest-live',
    'https://www.bbc.co.uk/news/live/world-52627824',
    'https://edition.cnn.com/world/live-news/storm-updates-03-14-25/index.html',
    'https://www.nbcnews.com/news/us-news/live-blog/live-updates-storm-rcna1234',
    'https://apnews.com/live/election-results-live-updates',
    'https://www.mirror.co.uk/news/uk-news/uk-riots-live-hotel-rotherham-33386398',
    'https://timesofindia.indiatimes.com/sports/cricket/ipl/live-blog/match-14/liveblog/78447140.cms',
    'https://www.repubblica.it/esteri/2023/11/02/diretta/israele_hamas_news-419364605/',
    'https://www.lemonde.fr/international/live/2025/03/14/en-direct-guerre_6000000_3210.html',
    'https://www.lequotidien.example/politique/en-direct-remaniement-suivez-les-annonces_123456.html',
    'https://www.spiegel.de/politik/liveticker-bundestag-a-1234.html',
    'https://www.n-tv.de/politik/newsticker/Der-Tag-article1234.html',
    'https://www.tagesschau.de/newsticker/liveblog-ukraine-100.html',
    'https://sportowefakty.wp.pl/zuzel/relacja/110331/fogo-unia-leszno',
    'https://elpais.com/internacional/2025-03-14/ultima-hora-en-directo.html',
    'https://www.rtve.es/deportes/directo/final/',
    'https://www.independent.co.uk/news/world/storm-live-b1234567.html',
  ])('hints %s', (url) => {
    expect(hasLiveUrl(url)).toBe(true);
  });

  it.each([
    'https://www.theguardian.com/world/2024/feb/24/death-toll-in-valencia-fire-rises',
    'https://www.nzz.ch/international/israel-und-gaza-news-und-entwicklungen-im-nahostkonflikt-ld.1759794',
    'https://www.bbc.co.uk/food/recipes/olive-oil-cake',
    'https://www.example.com/news/alive-and-well-after-rescue',
    'https://www.example.com/business/livestock-prices-fall',
    'https://www.example.com/money/direct-debit-scams-warning',
    'https://www.example.com/culture/delivery-drivers-strike',
    'not a url',
  ])('does not hint %s', (url) => {
    expect(hasLiveUrl(url)).toBe(false);
  });

  it('reads only the path, not the query or fragment', () => {
    expect(hasLiveUrl('https://www.example.com/news/story?tab=live#live')).toBe(false);
  });
});

describe('splitUrl', () => {
  it('reads host and path without a URL parser, whatever the port, user or query', () => {
    expect(splitUrl('https://www.BBC.co.uk/news/live/world-52627824?post=asset#post')).toEqual({ host: 'www.bbc.co.uk', path: '/news/live/world-52627824' });
    expect(splitUrl('http://user:pw@example.com:8080/a/b#c')).toEqual({ host: 'example.com', path: '/a/b' });
    expect(splitUrl('https://nzz.ch')).toEqual({ host: 'nzz.ch', path: '' });
    expect(splitUrl('not a url')).toEqual({ host: '', path: '' });
  });

  it('ends the host at a query or fragment that comes before any slash', () => {
    expect(splitUrl('https://Example.com?next=/live/')).toEqual({ host: 'example.com', path: '' });
    expect(splitUrl('https://example.com#/live/x')).toEqual({ host: 'example.com', path: '' });
    expect(splitUrl('https://example.com/a?b=/c#d?e')).toEqual({ host: 'example.com', path: '/a' });
    expect(splitUrl('https://example.com/a#b?c')).toEqual({ host: 'example.com', path: '/a' });
  });
});

describe('the path check\'s quick refusal', () => {
  it('knows a needle for every live token and every pair, so no live path is refused unread', () => {
    const words = [...PATH_WORDS.tokens, ...[...PATH_WORDS.pairs].map((pair) => pair.split(' ')[1]!), 'direct'];
    expect(words.filter((word) => !PATH_NEEDLES.some((needle) => word.includes(needle)))).toEqual([]);
  });

  it('still finds live paths written in capitals or escaped', () => {
    expect(hasLiveUrl('https://www.example.com/News/LIVE-Updates/123')).toBe(true);
    expect(hasLiveUrl('https://www.example.com/relacja-na-%C5%BCywo/1')).toBe(true);
    expect(hasLiveUrl('https://www.example.com/sport/ball-by-ball/1')).toBe(true);
  });
});
