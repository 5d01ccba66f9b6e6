import type { SiteAdapter, SiteMarker } from './types';

/** What the detector needs of the bbc adapter: the rest stays out of its bundle. */
export const bbcMarker: SiteMarker = {
  name: 'bbc',
  hosts: ['bbc.co.uk', 'bbc.com'],
  liveMarker: 'article.lx-stream-post .lx-stream-post-body, article[data-testid="content-post"]',
};

/**
 * BBC News live pages, in both designs a reader still meets:
 *
 * - the 2020 "lx" design: `ol.lx-stream__feed > li > article.lx-stream-post#post_<24 hex>`, a
 *   printed "Posted at 15:05" with no machine time (the JSON-LD updates carry it, keyed by
 *   `#post_<id>`), breaking posts `.lx-stream-post--breaking`, the summary box
 *   `.lx-c-summary-points` outside the feed;
 * - the current design: posts are `article[data-testid="content-post"]` (the selector public
 *   scrapers of bbc.co.uk/news/live pages use, e.g. martincostello/eurovision-hue in 2025), and
 *   each post's share link is `…/live/<id>?post=asset%3A<uuid>#post`, so the asset id, not the
 *   shared `#post` fragment, is the entry id. Its inner markup (header, timestamp, headline) is
 *   read through tags and `data-testid`s rather than hashed `ssrcss-…` classes.
 *
 * Topic pages reuse the lx stream for story promos; only live posts have a post body, so the
 * marker asks for one.
 */
export const bbc: SiteAdapter = {
  ...bbcMarker,
  seenOn: [
    'https://www.bbc.co.uk/news/live/c74n9n5l1nxt',
    'https://www.bbc.co.uk/news/live/world-52627824',
  ],
  entry: 'ol.lx-stream__feed article.lx-stream-post, article[data-testid="content-post"]',
  pinned: '.lx-stream-post--pinned',
  keyEvent: '.lx-stream-post--breaking, [data-testid="breaking-news-label"]',
  timeFromJsonLd: true,
  // lx prints the time twice: a visually hidden "Posted at 15:05" and an aria-hidden "15:05".
  time: '.lx-stream-post__meta-time .gs-u-vh, [data-testid="timestamp"], time:not(.lx-stream-post__meta-time)',
  // The lx `h3` also holds the "Breaking" tag; only its header-text span is the headline.
  title: '.lx-stream-post__header-text, [data-testid="content-post"] header :is(h2, h3)',
  author: '.lx-stream-post__contributor-name, [data-testid="byline-name"]',
  permalink: 'a[href*="post=asset"]',
  idParam: 'post',
  furniture: [
    'header',
    'footer',
    'time',
    '[data-testid="timestamp"]',
    '[data-testid="breaking-news-label"]',
    '.lx-stream-post__contributor',
    '.lx-media-asset__copyright',
    '.lx-share-tools__items',
    '.gs-u-vh',
    '.visually-hidden',
  ].join(', '),
  // lx: `/news/live/<id>/page/<n>` buttons; the current design's `?page=<n>` links are found generically.
  pagination: '.lx-pagination a[href]',
};
