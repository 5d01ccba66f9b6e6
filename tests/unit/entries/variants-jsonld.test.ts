// JSON-LD LiveBlogPosting as CMSs really write it: in `@graph` with the type in an array,
// listing only the latest updates or more than the page shows, `liveBlogUpdate` as one object,
// bodies written as escaped HTML. The count always comes from the page, never from the JSON-LD,
// also where the page groups its entries by day.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers/fixtures';
import { extractorFor } from '../../../lib/entries/index';
import { analyzeFixture, analyzeHtml } from './analyze-fixture';

const analyze = analyzeFixture;

describe('JSON-LD that lists only the latest updates', () => {
  const url = 'https://www.dailycourier.example/news/politics/budget-2025-live-1992211';
  const { detection, entries, kind } = analyze('jsonld-latest-n.html', url);

  it('is live by a LiveBlogPosting typed as an array inside @graph', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'jsonld' });
    expect(kind).toBe('jsonld');
  });

  it('counts the six entries the page shows, not the three the JSON-LD lists, with the machine times of data attributes', () => {
    expect(entries.map((e) => e.id)).toEqual(['post-7716', 'post-7715', 'post-7714', 'post-7713', 'post-7712', 'post-7711']);
    expect(entries.map((e) => e.timeLabel)).toEqual(['13:41', '13:22', '12:31', '12:09', '11:25', '10:02']);
    expect(entries[3]).toMatchObject({ title: 'PMQs under way', time: '2025-10-29T12:09:00.000Z' });
    expect(entries[0]!.text).toBe('The Chancellor confirmed fuel duty will stay frozen until next autumn.\n\nMotoring groups welcomed the decision, which will cost the Treasury about £3bn.');
    expect(entries.some((e) => /facebook|twitter/i.test(e.text))).toBe(false);
  });
});

describe('JSON-LD that lists more updates than the page shows (a cricket blog with "Load More")', () => {
  const url = 'https://sports.creasetimes.example/cricket/ind-vs-aus-3rd-t20i-live-updates-7781';

  it('counts the five entries on the page and reads "Nov 02, 2025 19:12 (IST)" as their time, out of the text', () => {
    const { detection, entries } = analyze('jsonld-more-than-dom.html', url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'jsonld' });
    expect(entries.map((e) => e.timeLabel)).toEqual([
      'Nov 02, 2025 19:12 (IST)', 'Nov 02, 2025 19:05 (IST)', 'Nov 02, 2025 18:58 (IST)', 'Nov 02, 2025 18:50 (IST)', 'Nov 02, 2025 18:32 (IST)',
    ]);
    expect(entries[1]).toMatchObject({ title: 'IND vs AUS Live: Wicket!', text: 'Wicket! The No. 3 top-edges a pull and the keeper runs back to take a fine catch.' });
    expect(entries[1]!.time).toBe('2025-11-02T13:35:00.000Z');
    expect(entries.some((e) => /Share|Load More|IND 74\/1/.test(e.text))).toBe(false);
  });

  it('finds the same entries when the JSON-LD bodies are escaped HTML, or match nothing on the page', () => {
    const html = fixture('generic/jsonld-more-than-dom.html');
    const escaped = analyzeHtml(html.replace(/"articleBody":"([^"]*)"/g, '"articleBody":"&lt;p&gt;$1&lt;/p&gt;"'), url);
    expect(escaped.kind).toBe('jsonld');
    expect(escaped.entries).toHaveLength(5);
    const unmatched = analyzeHtml(html.replace(/"(articleBody|headline)":"[^"]*"/g, '"$1":"x"'), url);
    expect(unmatched).toMatchObject({ kind: 'timed-blocks' });
    expect(unmatched.entries.map((e) => e.title)).toEqual(['IND vs AUS Live: Six!', 'IND vs AUS Live: Wicket!', 'IND vs AUS Live: Powerplay over', 'IND vs AUS Live: Four!', 'IND vs AUS Live: Play begins']);
  });
});

describe('JSON-LD with one liveBlogUpdate object', () => {
  it('reads the page\'s four entries by their relative times, each with the machine time of its data attribute', () => {
    const { detection, entries } = analyze('jsonld-single-update.html', 'https://www.northernecho.example/news/storm-bram-latest-updates-2291');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'jsonld' });
    expect(entries.map((e) => [e.timeLabel, e.time])).toEqual([
      ['5 mins ago', '2025-12-09T10:48:00.000Z'],
      ['41 mins ago', '2025-12-09T10:12:00.000Z'],
      ['1 hr ago', '2025-12-09T09:30:00.000Z'],
      ['3 hrs ago', '2025-12-09T07:55:00.000Z'],
    ]);
    expect(entries[2]).toMatchObject({ title: 'Schools closed', text: 'Eleven schools in the county have closed for the day, the council said this morning.' });
  });
});

describe('a stream grouped by day', () => {
  const url = 'https://www.midlandpost.example/news/rail-strike-live-updates-44871';

  it('reads the entries of every day section as one stream, and leaves the day labels and the ad slot out', () => {
    const { detection, entries, kind } = analyze('timed-blocks-days.html', url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('timed-blocks');
    expect(entries.map((e) => e.id)).toEqual(['p-3310', 'p-3309', 'p-3308', 'p-3307', 'p-3306']);
    expect(entries.some((e) => /Saturday 15 March|Friday 14 March|Advertisement|Show older/.test(`${e.title} ${e.text}`))).toBe(false);
  });

  it('finds a day section the page adds later', () => {
    const { doc, detection } = analyze('timed-blocks-days.html', url);
    const extractor = extractorFor(doc, url, detection)!;
    const day = doc.createElement('section');
    day.setAttribute('class', 'live-day');
    const post = doc.createElement('article');
    post.setAttribute('class', 'live-post');
    post.setAttribute('id', 'p-3311');
    post.textContent = 'Talks have ended for the day without an agreement, both sides said.';
    day.append(post);
    doc.querySelector('.live-feed')!.prepend(day);
    expect(extractor.elements(doc).map((el) => el.id)).toEqual(['p-3311', 'p-3310', 'p-3309', 'p-3308', 'p-3307', 'p-3306']);
  });
});

