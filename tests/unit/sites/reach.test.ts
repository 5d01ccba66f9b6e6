import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const analyze = (name: string, url: string) => analyzeDocument(parseHtml(fixture(`sites/${name}`)), url);

describe('reach adapter', () => {
  const url = 'https://www.mirror.co.uk/news/uk-news/bridge-closure-live-30000001';
  const { detection, entries } = analyze('reach-live.html', url);

  it('detects the live blog and reads the shown entries, not the key-events box or the JSON-LD', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, site: 'mirror', signal: 'adapter', adapter: 'reach' });
    expect(entries.map((e) => e.id)).toEqual(['812207', '812203', '812199', '812195', '812190']);
  });

  it('reports each Reach title under its own name', () => {
    for (const [host, site] of [
      ['www.corkbeo.ie', 'corkbeo'],
      ['www.liverpoolecho.co.uk', 'liverpoolecho'],
      ['www.irishmirror.ie', 'irishmirror'],
      ['www.dailyrecord.co.uk', 'dailyrecord'],
      ['www.express.co.uk', 'express'],
    ]) {
      const a = analyze('reach-live.html', `https://${host}/news/bridge-live-30000001`);
      expect(a.detection.site).toBe(site);
      expect(a.entries).toHaveLength(5);
    }
  });

  it('reads epoch post times, printed times, titles and key events', () => {
    expect(entries.map((e) => e.time)).toEqual([
      '2025-06-14T14:30:00.000Z',
      '2025-06-14T14:00:00.000Z',
      '2025-06-14T13:00:00.000Z',
      '2025-06-14T12:00:00.000Z',
      '2025-06-14T11:30:00.000Z',
    ]);
    expect(entries.map((e) => e.timeLabel)).toEqual(['15:30', '15:00', '14:00', '13:00', '12:30']);
    expect(entries[1]!.title).toBe('Lorry recovered from the bridge');
    expect(entries.map((e) => e.keyEvent)).toEqual([false, true, false, true, false]);
  });

  it('takes the author from the mark, but never "KEY EVENT"', () => {
    expect(entries.map((e) => e.author)).toEqual(['Carys Mably', null, 'Carys Mably', null, 'Declan Furey']);
  });

  it('keeps the entry info and photo credits out of the text, and embeds as quotes', () => {
    for (const e of entries) expect(e.text).not.toMatch(/KEY EVENT|Carys Mably|Declan Furey|Image:|\b1[2-5]:[03]0\b/);
    expect(entries[1]!.text).toBe(
      'The broken-down lorry has been towed away after three hours.\n\nRead more: Lorry recovered from the bridge\n\nTraffic queuing at the bridge approach',
    );
    expect(entries[0]!.paragraphs.some((p) => p.kind === 'blockquote')).toBe(true);
    expect(entries[0]!.permalink).toBe(`${url}#812207`);
  });

  it('leaves an ordinary article alone', () => {
    const a = analyze('reach-article.html', 'https://www.liverpoolecho.co.uk/news/liverpool-news/allotment-31000000');
    expect(a.detection.isLiveBlog).toBe(false);
    expect(a.entries).toEqual([]);
  });
});
