// Lists that carry times and are no live blog, as an unseen sweep of extraction test pages found
// them (before these rules, 5 of 3,024 pages were judged live, all of these kinds): related-article
// archives stamped with dates only, teaser lists stamped with one CMS time, rails of video clips
// whose running times read like clocks, and a social feed's "4d"/"20h". Each fixture is also shown
// to pass as live once the signal that keeps it out is taken away, so each rule does the work.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { printsDateOnly } from '../../../lib/detect/order';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const live = (html: string, url: string) => detect(parseHtml(html), url).isLiveBlog;

describe('a related-article list whose items print dates without a time of day', () => {
  const url = 'https://stadtkurier.example/recherchen/2025/07/02/wir-brauchen-die-zusage/';
  const html = fixture('generic/neg-archive-dates.html');

  it('is no live blog, though six long items each carry a machine time, newest first', () => {
    expect(live(html, url)).toBe(false);
  });

  it('would pass as live if each item printed a time of day too', () => {
    expect(live(html.replace(/(\d{4})<\/time>/g, '$1, 12:34</time>'), url)).toBe(true);
  });
});

describe('printed dates and times on a machine-time element', () => {
  const time = (text: string) => parseHtml(`<p><time datetime="2025-05-14T12:34:00Z">${text}</time></p>`).querySelector('time')!;

  it('reads a date alone in any of its common spellings as a date only', () => {
    for (const text of ['14. Mai 2025', '24/09/2025', '14.05.2025', '2025-05-14', 'May 14, 2025']) expect(printsDateOnly(time(text))).toBe(true);
  });

  it('does not call a date with its time, a bare time or a relative time a date only', () => {
    for (const text of ['14.05.2025 12:34', '24/09/2025 à 13h34', 'Nov 02, 2025 19:12 (IST)', '12.34 Uhr', '5 min ago', '']) {
      expect(printsDateOnly(time(text))).toBe(false);
    }
  });
});

describe('a teaser list whose every item bears the same stamp', () => {
  const url = 'https://la-haut.example/magazine/chroniques/la-revue-de-presse-du-vendredi';
  const html = fixture('generic/neg-same-stamp.html');

  it('is no live blog: entries are posted as news comes, never all in one second', () => {
    expect(live(html, url)).toBe(false);
  });

  it('would pass as live with the stamps spread over the afternoon, newest first', () => {
    let n = 0;
    const spread = html.replace(/datetime="2025-09-24T13:34:33Z"/g, () => `datetime="2025-09-24T13:${String(50 - 7 * ++n).padStart(2, '0')}:33Z"`);
    expect(live(spread, url)).toBe(true);
  });

  it('reads the printed clocks where only the machine stamp is shared: each item printing its own time passes', () => {
    let n = 0;
    const printed = html.replace(/24\/09\/2025 à 13h34/g, () => `24/09/2025 à 13h${String(50 - 7 * ++n).padStart(2, '0')}`);
    expect(printed).toContain('datetime="2025-09-24T13:34:33Z"');
    expect(live(printed, url)).toBe(true);
  });
});

describe('rails of video clips whose running times read like clocks', () => {
  const url = 'https://www.bayherald.example/news/business/article8812.html';
  const html = fixture('generic/neg-video-rail.html');
  const withoutCards = html.replace(/<div class="vp-rail">[\s\S]*?<p>Several/, '<p>Several');
  const withoutPlaylist = html.replace(/<div class="mi-video-eos">[\s\S]*?<aside/, '<aside');

  it('is no live blog: a playlist of "1:52" durations, and a player rail of "01:07" cards', () => {
    expect(live(html, url)).toBe(false);
    expect(live(withoutCards, url)).toBe(false);
    expect(live(withoutPlaylist, url)).toBe(false);
  });

  it('passes as live where the durations are not named so, or the cards are not buttons', () => {
    expect(live(withoutCards.replace(/class="duration"/g, 'class="d"'), url)).toBe(true);
    expect(live(withoutPlaylist.replace(/ role="button"/g, ''), url)).toBe(true);
  });
});

describe('a social feed of posts stamped "4d", "20h", "1w"', () => {
  const url = 'https://social.example/company/brightaudience';
  const html = fixture('generic/neg-social-feed.html');

  it('is no live blog: times of no kind we read prove no stream', () => {
    expect(live(html, url)).toBe(false);
  });

  it('would count at an address that says the page is live', () => {
    expect(live(html, 'https://social.example/live/company/brightaudience')).toBe(true);
  });
});

describe('a front page box of the latest articles, each card a time, a headline and a link laid over it', () => {
  const url = 'https://www.stadtanzeiger.example/';
  const html = fixture('generic/neg-overlay-ticker-rail.html');
  const overlay = /<a [^>]*class="id-LinkOverlay-link"[^>]*>[^<]*<\/a>/g;

  it('is no live blog: the link that repeats each headline makes the cards teasers', () => {
    expect(live(html, url)).toBe(false);
  });

  it('would pass as live without the overlay links (headlines with times, newest first)', () => {
    expect(live(html.replace(overlay, ''), url)).toBe(true);
  });

  it('is still read as a wire where the page calls itself a ticker and the box is its main content', () => {
    const wire = html
      .replace(/<!-- front -->[\s\S]*<!-- \/front -->/, '<h1>Newsticker: alle Meldungen des Tages</h1>')
      .replace(/<title>[^<]*<\/title>/, '<title>Newsticker: alle Meldungen | Stadtanzeiger</title>');
    expect(live(wire, 'https://www.stadtanzeiger.example/newsticker/')).toBe(true);
  });
});
