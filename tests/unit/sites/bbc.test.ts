import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const analyze = (name: string, url: string) => analyzeDocument(parseHtml(fixture(`sites/${name}`)), url);

describe('bbc adapter, 2020 "lx" design', () => {
  const url = 'https://www.bbc.co.uk/news/live/uk-70011223';
  const { detection, entries } = analyze('bbc-lx-2020-live.html', url);

  it('detects the live page by its adapter marker', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, site: 'bbc', signal: 'adapter', adapter: 'bbc' });
  });

  it('reads only the feed posts, not the summary box or the embedded data', () => {
    expect(entries.map((e) => e.id)).toEqual([
      'post_5fa0f1b27c3a4e0a9d1b0001',
      'post_5fa0f1b27c3a4e0a9d1b0004',
      'post_5fa0f1b27c3a4e0a9d1b0003',
      'post_5fa0f1b27c3a4e0a9d1b0002',
    ]);
  });

  it('takes machine times from the JSON-LD updates and keeps the printed "Posted at" label', () => {
    expect(entries.map((e) => e.time)).toEqual([
      '2020-11-03T06:02:11.000Z',
      '2020-11-03T09:47:30.000Z',
      '2020-11-03T09:15:05.000Z',
      '2020-11-03T08:40:00.000Z',
    ]);
    expect(entries.map((e) => e.timeLabel)).toEqual(['Posted at 6:02', 'Posted at 9:47', 'Posted at 9:15', 'Posted at 8:40']);
  });

  it('reads headlines without their "Pinned"/"Breaking" tags, and flags them', () => {
    expect(entries.map((e) => e.title)).toEqual([
      'What we know so far',
      'Harbour wall overtopped',
      'All ferry crossings cancelled',
      'Schools to open late',
    ]);
    expect(entries.map((e) => e.pinned)).toEqual([true, false, false, false]);
    expect(entries.map((e) => e.keyEvent)).toEqual([false, false, true, false]);
  });

  it('reads the contributor and leaves share tools, copyright and contributor out of the text', () => {
    expect(entries.map((e) => e.author)).toEqual([null, 'Tamsin Rowe', null, null]);
    expect(entries[1]!.text).toBe(
      'Waves broke over the harbour wall at high tide, sending spray across the car park.\n\nThe harbour master said nobody had been hurt.',
    );
    expect(entries[1]!.hasMedia).toBe(true);
    for (const e of entries) expect(e.text).not.toMatch(/Posted at|Share|Facebook|Copyright|BBC South West|share tools/);
    expect(entries[0]!.paragraphs.map((p) => p.kind)).toEqual(['li', 'li']);
  });

  it('links each post by its own id', () => {
    expect(entries[2]!.permalink).toBe(`${url}#post_5fa0f1b27c3a4e0a9d1b0003`);
  });
});

describe('bbc adapter, current design', () => {
  const url = 'https://www.bbc.co.uk/news/live/c0ffee12abct';
  const { detection, entries } = analyze('bbc-current-live.html', url);

  it('detects the live page and reads content posts in order, keyed by their asset ids', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, site: 'bbc', signal: 'adapter' });
    expect(entries.map((e) => e.id)).toEqual([
      'asset:9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      'asset:7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
      'asset:3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      'asset:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    ]);
  });

  it('reads times, clean headlines and the breaking flag', () => {
    expect(entries.map((e) => e.time)).toEqual([
      '2025-03-26T12:52:00.000Z',
      '2025-03-26T12:44:00.000Z',
      '2025-03-26T12:31:00.000Z',
      '2025-03-26T12:05:00.000Z',
    ]);
    expect(entries[0]!.timeLabel).toBe('12:52 GMT');
    expect(entries.map((e) => e.title)).toEqual([
      'Fuel duty frozen for another year',
      'What is fuel duty?',
      'Chancellor arrives in the Commons',
      'Good afternoon',
    ]);
    expect(entries.map((e) => e.keyEvent)).toEqual([true, false, false, false]);
  });

  it('keeps share buttons and copy links out of the text and uses the share URL as permalink', () => {
    for (const e of entries) expect(e.text).not.toMatch(/Share|Copy link|GMT|Breaking/);
    expect(entries[1]!.text).toBe(
      'Fuel duty is a tax paid on every litre of petrol and diesel.\n\nIt is charged per litre, not as a share of the price\n\nVAT is added on top',
    );
    expect(entries[0]!.permalink).toBe(`${url}?post=asset%3A9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a#post`);
    expect(entries[2]!.hasMedia).toBe(true);
  });
});

describe('bbc adapter on ordinary articles', () => {
  it('leaves a current-design article alone', () => {
    const a = analyze('bbc-article.html', 'https://www.bbc.co.uk/news/articles/c0abc123');
    expect(a.detection.isLiveBlog).toBe(false);
    expect(a.entries).toEqual([]);
  });
});
