// Live-blog platforms that sites embed server-side, read by the generic paths from their public
// templates' structure: the Automattic/WordPress `liveblog` plugin (templates/liveblog-loop.php,
// liveblog-single-entry.php), the Sourcefabric/Superdesk Live Blog default theme's rendered
// timeline (template-timeline.html, template-post.html) and the Easy Liveblogs WordPress plugin's
// list as its script renders it (includes/api/class-elb-entry.php, templates/post.php, sharing.php).
// Fixtures are written to that markup.
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

describe('the Easy Liveblogs WordPress plugin (Dutch), as its script renders the list', () => {
  const url = 'https://stadsnieuws.example/gemeenteraad-parkeertarieven/';
  const { detection, entries, kind } = analyze('platform-easy-liveblogs.html', url);

  it('is live by its timed list items ("8 mins ago" over a machine time), no live word in the URL', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('timed-blocks');
    expect(entries.map((e) => e.timeLabel)).toEqual(['8 mins ago', '47 mins ago', '1 hour ago', '2 hours ago', '3 hours ago']);
    expect(entries[0]!.time).toMatch(/^2025-06-12T\d\d:32:00\.000Z$/);
  });

  it('takes the platform\'s id from data-elb-post-id, where the item has no id of its own', () => {
    expect(entries.map((e) => e.id)).toEqual(['4810', '4811', '4812', '4813', '4814']);
    expect(entries.every((e) => e.permalink === null)).toBe(true);
  });

  it('reads the byline as the author ("By Redactie" is no text) and keeps the share bar out', () => {
    expect(entries.map((e) => e.author)).toEqual(['Redactie', 'Redactie', 'Sanne de Vries', 'Sanne de Vries', 'Redactie']);
    expect(entries[1]!.text).toBe(
      'De wethouder zegt dat de hogere tarieven nodig zijn om de nieuwe fietsenstalling bij het station te betalen.\n\n„We kunnen niet alles gratis laten,” zegt ze tegen de raad.',
    );
    expect(entries[3]).toMatchObject({ title: '', text: "De vergadering is begonnen. Op de publieke tribune zitten zo'n zestig mensen, meer dan gebruikelijk op een donderdagmiddag." });
    for (const e of entries) expect(e.text).not.toMatch(/^By |Share via|facebook|Load more/i);
  });
});
