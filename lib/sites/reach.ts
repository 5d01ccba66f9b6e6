import type { SiteAdapter } from './types';

/** Reach plc titles and the site name each reports. */
const REACH_SITES: Record<string, string> = {
  'mirror.co.uk': 'mirror',
  'irishmirror.ie': 'irishmirror',
  'express.co.uk': 'express',
  'dailystar.co.uk': 'dailystar',
  'dailyrecord.co.uk': 'dailyrecord',
  'manchestereveningnews.co.uk': 'manchestereveningnews',
  'liverpoolecho.co.uk': 'liverpoolecho',
  'walesonline.co.uk': 'walesonline',
  'birminghammail.co.uk': 'birminghammail',
  'chroniclelive.co.uk': 'chroniclelive',
  'bristolpost.co.uk': 'bristolpost',
  'mylondon.news': 'mylondon',
  'corkbeo.ie': 'corkbeo',
  'dublinlive.ie': 'dublinlive',
  'belfastlive.co.uk': 'belfastlive',
  'coventrytelegraph.net': 'coventrytelegraph',
  'nottinghampost.com': 'nottinghampost',
  'leicestermercury.co.uk': 'leicestermercury',
  'stokesentinel.co.uk': 'stokesentinel',
  'hulldailymail.co.uk': 'hulldailymail',
  'examinerlive.co.uk': 'examinerlive',
  'dailypost.co.uk': 'dailypost',
  'gazettelive.co.uk': 'gazettelive',
  'devonlive.com': 'devonlive',
  'cornwalllive.com': 'cornwalllive',
  'plymouthherald.co.uk': 'plymouthherald',
  'kentlive.news': 'kentlive',
  'glasgowlive.co.uk': 'glasgowlive',
  'edinburghlive.co.uk': 'edinburghlive',
  'lancs.live': 'lancslive',
  'football.london': 'footballlondon',
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
  name: 'reach',
  hosts: Object.keys(REACH_SITES),
  sites: REACH_SITES,
  seenOn: ['https://www.mirror.co.uk/news/uk-news/uk-riots-live-hotel-rotherham-33386398'],
  liveMarker: '.live-event-entries > .live-event-entry',
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
