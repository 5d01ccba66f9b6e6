import type { SiteAdapter, SiteMarker } from './types';

/** What the detector needs of the repubblica adapter: the rest stays out of its bundle. */
export const repubblicaMarker: SiteMarker = {
  name: 'repubblica',
  hosts: ['repubblica.it'],
  liveMarker: 'section.liveblog__post',
};

/**
 * la Repubblica's live blogs ("diretta"): `div.liveblog > section.liveblog__post#<article>_event<n>`
 * with `time.liveblog__post__pubdate[datetime]` and `.liveblog__post__content`. The headline is a
 * `<p>` inside `h2.liveblog__post__title`; parsers that close the `h2` at that `<p>` see an empty
 * title and the headline as the first paragraph, hence the fallback. The `.liveblog__index` at
 * the top lists every post by link: it is a table of contents, not entries or key events.
 */
export const repubblica: SiteAdapter = {
  ...repubblicaMarker,
  seenOn: ['https://www.repubblica.it/esteri/2023/11/02/diretta/israele_hamas_news_guerra_gaza_oggi-419364605/'],
  entry: 'section.liveblog__post',
  time: 'time.liveblog__post__pubdate',
  title: 'h2.liveblog__post__title',
  titleFromFirstParagraph: true,
  body: '.liveblog__post__content',
};
