import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const URL_LIVE = 'https://www.theguardian.com/world/live/2025/mar/04/lighthouse-keepers-strike-live';
const analyze = (name: string, url = URL_LIVE) => analyzeDocument(parseHtml(fixture(`sites/${name}`)), url);

describe('guardian adapter', () => {
  const { detection, entries } = analyze('guardian-live.html');

  it('detects the live blog by its adapter marker', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, site: 'guardian', signal: 'adapter', adapter: 'guardian' });
  });

  it('reads the pinned copy first, then the stream in page order, with block ids', () => {
    expect(entries.map((e) => e.id)).toEqual([
      'block-67c6d2a18f08c1d3e0a1b204',
      'block-67c6d2a18f08c1d3e0a1b205',
      'block-67c6d2a18f08c1d3e0a1b204',
      'block-67c6d2a18f08c1d3e0a1b203',
      'block-67c6d2a18f08c1d3e0a1b202',
      'block-67c6d2a18f08c1d3e0a1b201',
    ]);
    expect(entries.map((e) => e.pinned)).toEqual([true, false, false, false, false, false]);
  });

  it('gives the pinned copy its original time, not its "Updated at" time', () => {
    expect(entries[0]!.time).toBe('2025-03-04T09:30:00.000Z');
    expect(entries[0]!.timeLabel).toBe('09.30 GMT');
    expect(entries[0]!.text).toBe(entries[2]!.text);
  });

  it('reads printed and machine times, titles and bylines', () => {
    expect(entries.map((e) => e.time)).toEqual([
      '2025-03-04T09:30:00.000Z',
      '2025-03-04T10:12:00.000Z',
      '2025-03-04T09:30:00.000Z',
      '2025-03-04T08:47:00.000Z',
      '2025-03-04T08:05:00.000Z',
      '2025-03-04T07:00:00.000Z',
    ]);
    expect(entries.map((e) => e.timeLabel)).toEqual(['09.30 GMT', '10.12 GMT', '09.30 GMT', '08.47 GMT', '08.05 GMT', '07.00 GMT']);
    expect(entries.map((e) => e.title)).toEqual([
      'Ministers agree to meet union at noon',
      '',
      'Ministers agree to meet union at noon',
      '',
      'Fog warning issued for the north coast',
      'Welcome to our live coverage',
    ]);
    expect(entries.map((e) => e.author)).toEqual([null, 'Morwenna Pascoe', null, null, 'Idris Vaughan', null]);
  });

  it('flags key events from the carousel, duplicates and all', () => {
    expect(entries.filter((e) => e.keyEvent).map((e) => e.id)).toEqual([
      'block-67c6d2a18f08c1d3e0a1b204',
      'block-67c6d2a18f08c1d3e0a1b204',
      'block-67c6d2a18f08c1d3e0a1b202',
    ]);
  });

  it('keeps body text clean of headers, share bars and timestamps, and keeps quotes as quotes', () => {
    const rankin = entries[1]!;
    expect(rankin.paragraphs.map((p) => p.kind)).toEqual(['p', 'p', 'p', 'blockquote']);
    expect(rankin.text).toContain('No ship will go on the rocks');
    for (const e of entries) {
      expect(e.text).not.toMatch(/Share|Facebook|Updated at|\bago\b|GMT|Copy link/);
      expect(e.text).not.toContain(e.title || '\u0000');
    }
    expect(entries[4]!.paragraphs.filter((p) => p.kind === 'li')).toHaveLength(2);
  });

  it('counts photos but not byline avatars as media', () => {
    expect(entries.map((e) => e.hasMedia)).toEqual([false, false, false, true, false, false]);
  });

  it('builds absolute permalinks from the header link', () => {
    expect(entries[1]!.permalink).toBe(
      `${URL_LIVE}?page=with:block-67c6d2a18f08c1d3e0a1b205#block-67c6d2a18f08c1d3e0a1b205`,
    );
  });

  it('leaves an ordinary article alone', () => {
    const article = analyze('guardian-article.html', 'https://www.theguardian.com/uk-news/2025/feb/11/village-bakery');
    expect(article.detection.isLiveBlog).toBe(false);
    expect(article.entries).toEqual([]);
  });
});
