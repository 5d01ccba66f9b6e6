import type { SiteAdapter, SiteMarker } from './types';

/** What the detector needs of the independent adapter: the rest stays out of its bundle. */
export const independentMarker: SiteMarker = {
  name: 'independent',
  hosts: ['independent.co.uk', 'the-independent.com'],
  liveMarker: 'amp-live-list [items] > [id^="post-"]',
};

/**
 * The Independent's live blogs. Its pages are built from AMP components on the canonical site as
 * well as on AMP (their own PWAMP code binds `.amp-live-list-item h3 a`), so one description
 * serves both: `amp-live-list > div[items] > div#post-<n>[data-sort-time]`, whose children are
 * a `#post-<n>` link around `amp-timeago[datetime]`, the content (`h3` + paragraphs) and a byline
 * pair of spans (author, "14 August 2023 10:01"). Classes are styled-components hashes
 * (`sc-…`), so selectors use structure. Advert slots in the list have `id="ad-<n>"`.
 */
export const independent: SiteAdapter = {
  ...independentMarker,
  seenOn: [
    'https://www.independent.co.uk/sport/football/womens-world-cup-england-news-latest-australia-b2392480.html',
  ],
  entry: 'amp-live-list [items] > [id^="post-"]',
  // The key-points box repeats key posts' headlines as `…#post-<n>` links.
  keyEventLinks: 'aside.js-key-points a[href*="#post-"]',
  // `data-sort-time` is not the publication time; `amp-timeago[datetime]` matches the printed one.
  time: '[id^="post-"] > div:last-child > div > span:last-child',
  title: '[id^="post-"] > div > h3',
  author: '[id^="post-"] > div:last-child > div > span:first-child',
  permalink: '[id^="post-"] > a[href*="#post-"]',
  furniture: '[id^="post-"] > a[href*="#post-"], figcaption .copyright',
};
