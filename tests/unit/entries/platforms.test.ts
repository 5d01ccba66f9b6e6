// Live-blog platforms that sites embed server-side, read by the generic paths from their public
// templates' structure: the Automattic/WordPress `liveblog` plugin (templates/liveblog-loop.php,
// liveblog-single-entry.php) and the Sourcefabric/Superdesk Live Blog default theme's rendered
// timeline (template-timeline.html, template-post.html). Fixtures are written to that markup.
import { describe, expect, it } from 'vitest';
import { analyzeFixture } from './analyze-fixture';

const analyze = analyzeFixture;

describe('the WordPress liveblog plugin', () => {
  const url = 'https://riversidetribune.example/2025/06/18/city-council-budget-vote/';
  const { detection, entries, kind } = analyze('platform-wp-liveblog.html', url);

  it('is live by its entries, each stamped "6:53 pm", with no live word in the URL', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('timed-blocks');
    expect(entries.map((e) => e.id)).toEqual(['liveblog-entry-48290', 'liveblog-entry-48284', 'liveblog-entry-48271', 'liveblog-entry-48266']);
    expect(entries.map((e) => e.timeLabel)).toEqual(['6:53 pm', '6:31 pm', '5:53 pm', '5:42 pm']);
  });

  it('takes the machine time from the entry\'s data-timestamp (epoch seconds) and leaves the header and the load button out', () => {
    expect(entries[0]!.time).toBe('2025-06-18T23:53:00.000Z');
    expect(entries[1]!.text).toBe(
      'Public comment is over after nearly two hours. Most of the 41 speakers asked the council to restore library funding.\n\nThe mayor says she will take a short recess before the vote.',
    );
    expect(entries[2]).toMatchObject({ hasMedia: true });
    expect(entries.some((e) => /Load more|June 18, 2025|Jamie Cortez/.test(e.text))).toBe(false);
    expect(entries[0]!.permalink).toBe(`${url}#liveblog-entry-48290`);
  });
});

describe('the Superdesk Live Blog timeline, rendered into the page', () => {
  const { detection, entries } = analyze('platform-superdesk-liveblog.html', 'https://www.nordstadt-rundschau.example/sport/pokalfinale-liveblog-100.html');

  it('reads the printed machine times ("2025-05-24T21:48:03+00:00") as the posts\' times, and drops the advertisement post', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => e.time)).toEqual(['2025-05-24T21:48:03.000Z', '2025-05-24T21:31:40.000Z', '2025-05-24T20:17:09.000Z']);
    expect(entries[1]!.text).toBe('Tor! Nach einer Ecke köpft der eingewechselte Stürmer zum 2:1 ein.\n\nDer Jubel nach dem Treffer.');
    expect(entries.some((e) => /Anzeige|Trikot|Jonas Weber|2025-05-24/.test(e.text))).toBe(false);
  });
});
