import type { SiteAdapter } from './types';

/** The Guardian's DCR live blogs: `article.block#block-<24 hex>` inside `#liveblog-body`. */
export const guardian: SiteAdapter = {
  name: 'guardian',
  hosts: ['theguardian.com'],
  seenOn: [
    'https://www.theguardian.com/world/live/2023/may/15/russia-ukraine-war-latest-g7-reportedly-set-to-tighten-russia-sanctions-france-to-send-kyiv-military-aid-live',
  ],
  liveMarker: '#liveblog-body article.block',
  entry: '#liveblog-body article.block',
  // The pinned post is a second rendering of a stream block, without an id of its own.
  pinned: '#pinned-post',
  keyEventLinks: '#key-events-carousel a[href*="#block-"]',
  time: 'header a[href*="#block-"] span, header time',
  title: 'header h2',
  author: 'header img[alt] + span, header [data-component="contributor"]',
  permalink: 'header a[href*="#block-"]',
  furniture: 'header, footer, gu-island, [data-component="share"], [data-gu-name="share"]',
};
