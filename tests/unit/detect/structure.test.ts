import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { detect } from '../../../lib/detect/index';
import { fixture } from '../../helpers/fixtures';

const doc = (name: string) => parseHtml(fixture(`generic/${name}`));
const NO_HINT = 'https://www.example-news.example/world/2025/03/14/the-story-so-far-ld.998877';
const HINT = 'https://www.example-news.example/world/live/2025/mar/14/the-story-so-far-live';

describe('structural detection', () => {
  it('finds timed blocks with obfuscated class names, with or without a live URL', () => {
    expect(detect(doc('timed-blocks.html'), HINT).signal).toBe('structure');
    expect(detect(doc('timed-blocks.html'), NO_HINT).signal).toBe('structure');
  });

  it('finds a German flat ticker on a URL with no live hint (as on NZZ)', () => {
    const d = detect(doc('ticker-de.html'), 'https://www.alpenblatt.example/schweiz/hochwasser-am-rhein-die-neusten-entwicklungen-ld.998877');
    expect(d).toMatchObject({ isLiveBlog: true, signal: 'structure', site: 'alpenblatt', adapter: null });
  });

  it('finds a French flat ticker', () => {
    expect(detect(doc('ticker-fr.html'), 'https://www.lequotidien.example/politique/en-direct-remaniement_123456.html').signal).toBe('structure');
  });

  it('needs a live URL to accept a fresh blog of two entries', () => {
    const twoEntries = `<!doctype html><html><body><main><h1>Flood updates</h1><div class="feed">
      <div class="item"><time datetime="2025-03-14T09:42:00Z">09:42</time><p>The harbour wall is closed after waves reached the promenade railings this morning.</p></div>
      <div class="item"><time datetime="2025-03-14T09:05:00Z">09:05</time><p>All morning sailings to the islands have been cancelled, the ferry operator said.</p></div>
      </div></main></body></html>`;
    expect(detect(parseHtml(twoEntries), HINT).signal).toBe('structure');
    expect(detect(parseHtml(twoEntries), NO_HINT).signal).toBe('none');
  });
});

describe('hard negatives stay negative', () => {
  it.each(['neg-css-liveblog.html', 'neg-teaser-rail.html', 'neg-schedule.html', 'neg-how-to-watch.html', 'article.html'])(
    '%s, even at a live-looking URL',
    (name) => {
      expect(detect(doc(name), NO_HINT).isLiveBlog).toBe(false);
      expect(detect(doc(name), HINT).isLiveBlog).toBe(false);
    },
  );

  it('a "how to watch live" article at its own -live- URL', () => {
    const url = 'https://www.sportdaily.example/football/how-to-watch-england-v-spain-live-stream-tv-channel-kick-off-time';
    expect(detect(doc('neg-how-to-watch.html'), url)).toMatchObject({ isLiveBlog: false, signal: 'none' });
  });

  it('a rail of timed teasers whose links outweigh their own words', () => {
    const teaser = (n: number) =>
      `<div class="card"><time datetime="2025-03-14T10:0${n}:17Z">10:0${n}</time><p>Updated with the latest figures from the council.</p>` +
      `<a href="/news/story-${n}">Storm Ellen: the full story of the night the harbour wall gave way, in pictures and video</a></div>`;
    const html = `<!doctype html><html><body><main><h1>Storm</h1><div class="rail">${[9, 7, 5, 3, 1].map(teaser).join('')}</div></main></body></html>`;
    expect(detect(parseHtml(html), HINT).isLiveBlog).toBe(false);
    // The same cards with their words out of the links are entries.
    expect(detect(parseHtml(html.replace(/<a href="[^"]*">/g, '<span>').replace(/<\/a>/g, '</span>')), HINT).isLiveBlog).toBe(true);
  });

  it('a comment thread, however long and timed', () => {
    const comment = (n: number) =>
      `<li class="comment"><span class="comment__author">Reader ${n}</span><time datetime="2025-03-14T10:0${n}:00Z">10:0${n}</time><p>I have lived by the harbour for thirty years and never seen the water this high before.</p></li>`;
    const html = `<!doctype html><html><body><article><h1>Harbour wall</h1><p>An ordinary story.</p></article>
      <section id="comments"><ol class="comment-list">${[1, 2, 3, 4, 5, 6].map(comment).join('')}</ol></section></body></html>`;
    expect(detect(parseHtml(html), HINT).isLiveBlog).toBe(false);
  });
});
