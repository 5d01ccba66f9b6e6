import type { SiteAdapter, SiteMarker } from './types';

/** Reach plc titles, each reported by its own name (its host's main label, or as listed in `sites`). */
const REACH_HOSTS = [
  'mirror.co.uk', 'irishmirror.ie', 'express.co.uk', 'dailystar.co.uk', 'dailyrecord.co.uk',
  'manchestereveningnews.co.uk', 'liverpoolecho.co.uk', 'walesonline.co.uk',
  'birminghammail.co.uk', 'chroniclelive.co.uk', 'bristolpost.co.uk', 'mylondon.news',
  'corkbeo.ie', 'dublinlive.ie', 'belfastlive.co.uk', 'coventrytelegraph.net',
  'nottinghampost.com', 'leicestermercury.co.uk', 'stokesentinel.co.uk', 'hulldailymail.co.uk',
  'examinerlive.co.uk', 'dailypost.co.uk', 'gazettelive.co.uk', 'devonlive.com',
  'cornwalllive.com', 'plymouthherald.co.uk', 'kentlive.news', 'glasgowlive.co.uk',
  'edinburghlive.co.uk', 'lancs.live', 'football.london',
];

/** What the detector needs of the reach adapter: the rest stays out of its bundle. */
export const reachMarker: SiteMarker = {
  name: 'reach',
  hosts: REACH_HOSTS,
  sites: { 'lancs.live': 'lancslive', 'football.london': 'footballlondon' },
  liveMarker: '.live-event-entries > .live-event-entry',
};

/**
 * Reach plc's shared live-event template (Mirror and its regional titles):
 * `div.live-event-entries > div.live-event-entry#<n>[data-type="default" | "key-event"]
 * [data-post-time=<epoch ms>]`, with `.entry-info` (`time` "21:00" + `mark` holding the author,
 * or "KEY EVENT") and `.entry-content` (`h3` + paragraphs). The key-events box at the top
 * (`.live-event-key-events a[data-id]`) repeats headlines and is never an entry; the JSON-LD
 * holds hundreds of updates the page does not show. The Express runs its own live template
 * (`div.live-events`, seen in public parsers): there this marker finds nothing and the generic
 * path takes over, but the site is still reported as "express".
 */
export const reach: SiteAdapter = {
  ...reachMarker,
  seenOn: ['https://www.mirror.co.uk/news/uk-news/uk-riots-live-hotel-rotherham-33386398'],
  entry: '.live-event-entries > .live-event-entry',
  keyEvent: '[data-type="key-event"]',
  timeAttribute: 'data-post-time',
  time: '.entry-info time',
  title: '.entry-content > h3',
  // On key events the `mark` says "KEY EVENT" instead of naming the author.
  author: '.live-event-entry:not([data-type="key-event"]) > .entry-info > mark',
  body: '.entry-content',
  furniture: '.entry-info, figcaption .credit',
};
