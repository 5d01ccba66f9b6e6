import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const URL_LIVE = 'https://www.independent.co.uk/travel/news-and-advice/ferry-strike-live-b2700400.html';
const analyze = (name: string, url = URL_LIVE) => analyzeDocument(parseHtml(fixture(`sites/${name}`)), url);

describe.each([
  ['AMP page', 'independent-amp-live.html'],
  ['canonical page', 'independent-live.html'],
])('independent adapter, %s', (_label, file) => {
  const { detection, entries } = analyze(file);

  it('detects the live blog and reads the posts, not the adverts or key points', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, site: 'independent', signal: 'adapter' });
    expect(entries.map((e) => e.id)).toEqual(['post-2700410', 'post-2700407', 'post-2700405', 'post-2700401']);
  });

  it('takes the time from amp-timeago and the label from the byline', () => {
    expect(entries.map((e) => e.time)).toEqual([
      '2025-05-10T10:30:00.000Z',
      '2025-05-10T09:45:00.000Z',
      '2025-05-10T08:40:00.000Z',
      '2025-05-10T07:00:00.000Z',
    ]);
    expect(entries.map((e) => e.timeLabel)).toEqual([
      '10 May 2025 11:30',
      '10 May 2025 10:45',
      '10 May 2025 09:40',
      '10 May 2025 08:00',
    ]);
  });

  it('reads the post headline, author and key-point links', () => {
    expect(entries.map((e) => e.title)).toEqual(['Ferry strike called off', 'Ferry strike', 'Ferry strike', 'Welcome']);
    expect(entries.map((e) => e.author)).toEqual(['Harriet Lowe', 'Harriet Lowe', 'Omar Reid', 'Harriet Lowe']);
    expect(entries.map((e) => e.keyEvent)).toEqual([true, false, true, false]);
  });

  it('keeps bylines, timestamps and photo credits out of the text', () => {
    for (const e of entries) expect(e.text).not.toMatch(/Harriet Lowe|Omar Reid|10 May 2025|PA Wire|Advertisement/);
    expect(entries[1]!.text).toBe('Talks between the operator and the union have resumed at a hotel near the port.\n\nThe ferry leaving port');
    expect(entries[1]!.hasMedia).toBe(true);
    expect(entries[0]!.permalink).toBe(`${URL_LIVE}#post-2700410`);
  });
});

describe('independent adapter on an ordinary article', () => {
  it('is not fooled by "article-liveblog" in the CSS', () => {
    const a = analyze('independent-article.html', 'https://www.independent.co.uk/news/uk/orchard-frost-b2700500.html');
    expect(a.detection.isLiveBlog).toBe(false);
    expect(a.entries).toEqual([]);
  });
});
