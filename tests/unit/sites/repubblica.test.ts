import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const URL_LIVE = 'https://www.repubblica.it/cronaca/2025/04/12/diretta/frejus_galleria_chiusa-420001234/';
const analyze = (name: string, url = URL_LIVE) => analyzeDocument(parseHtml(fixture(`sites/${name}`)), url);

describe('repubblica adapter', () => {
  const { detection, entries } = analyze('repubblica-live.html');

  it('detects the diretta and reads the posts, not the index', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, site: 'repubblica', signal: 'adapter' });
    expect(entries.map((e) => e.id)).toEqual([
      '420001234_event5',
      '420001234_event4',
      '420001234_event3',
      '420001234_event2',
      '420001234_event1',
    ]);
  });

  it('reads times and titles, taking an empty heading\'s title from the first paragraph', () => {
    expect(entries.map((e) => e.time)).toEqual([
      '2025-04-12T11:20:00.000Z',
      '2025-04-12T10:45:00.000Z',
      '2025-04-12T10:05:00.000Z',
      '2025-04-12T09:30:00.000Z',
      '2025-04-12T09:00:00.000Z',
    ]);
    expect(entries.map((e) => e.timeLabel)).toEqual(['11:20', '10:45', '10:05', '09:30', '09:00']);
    expect(entries.map((e) => e.title)).toEqual([
      'Riaperta la galleria del Frejus dopo tre ore',
      'Il prefetto: "Nessun ferito"',
      'Le foto dalla galleria',
      'Camion in panne, galleria chiusa',
      'Buongiorno',
    ]);
    expect(entries[1]!.text).toBe(
      'Il prefetto ha confermato che nessuno è rimasto ferito e che i passeggeri del pullman sono stati assistiti.',
    );
  });

  it('keeps headings and times out of the text and links posts by id', () => {
    for (const e of entries) {
      expect(e.text).not.toContain(e.title);
      expect(e.text).not.toMatch(/^\d\d:\d\d/m);
      expect(e.author).toBeNull();
      expect(e.keyEvent).toBe(false);
    }
    expect(entries[2]!.hasMedia).toBe(true);
    expect(entries[0]!.permalink).toBe(`${URL_LIVE}#420001234_event5`);
  });

  it('leaves an ordinary article alone', () => {
    const a = analyze('repubblica-article.html', 'https://www.repubblica.it/green/2025/03/20/news/cicogne-420000001/');
    expect(a.detection.isLiveBlog).toBe(false);
    expect(a.entries).toEqual([]);
  });
});
