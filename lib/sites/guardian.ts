import type { SiteAdapter, SiteMarker } from './types';

/** What the detector needs of the guardian adapter: the rest stays out of its bundle. */
export const guardianMarker: SiteMarker = {
  name: 'guardian',
  hosts: ['theguardian.com'],
  // Ordinary articles have neither `#liveblog-body` nor `article.block`.
  liveMarker: '#liveblog-body article.block',
};

/**
 * The Guardian's DCR live blogs: `article.block#block-<24 hex>` inside `#liveblog-body`. The
 * pinned post is rendered a second time in `#pinned-post` without an id of its own; its header
 * link (`…#block-<id>`) names the original, so both share one id. Class names are hashed
 * (`dcr-xxxx`), so every selector here leans on ids, tags and hrefs.
 */
export const guardian: SiteAdapter = {
  ...guardianMarker,
  seenOn: [
    'https://www.theguardian.com/world/live/2023/may/15/russia-ukraine-war-latest-g7-reportedly-set-to-tighten-russia-sanctions-france-to-send-kyiv-military-aid-live',
  ],
  entry: '#pinned-post article.block, #liveblog-body article.block',
  pinned: '#pinned-post',
  // The carousel lists each key event twice (desktop and mobile); a set of ids absorbs that.
  keyEventLinks: '#key-events-carousel a[href*="#block-"]',
  // The printed "12.50 BST"; the machine time is the `time[datetime]` beside it ("4m ago").
  time: 'header a[href*="#block-"] span',
  title: 'header h2',
  // BlockByline: `div > [div > img[alt]] + span`; the time's span sits inside a link instead.
  author: 'header > div > span',
  permalink: 'header a[href*="#block-"]',
  furniture: 'header, footer, gu-island, [data-component="share"], [data-gu-name="share"]',
  // Newest / Previous / Next / Oldest, as `?page=with:block-<id>` links.
  pagination: '#liveblog-navigation a[href]',
};
