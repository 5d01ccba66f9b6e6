// What the page sends is always accepted by the background's validators.
import { describe, expect, it } from 'vitest';
import { cleanText, toEntryMeta } from '../../../lib/protocol/entry-meta';
import { MESSAGES } from '../../../lib/protocol/messages';
import { BLOG } from '../store/helpers';

describe('toEntryMeta', () => {
  it('shapes an awkward entry into one the validators accept', () => {
    const meta = toEntryMeta(
      {
        id: `block-${'x'.repeat(400)}`,
        title: 'Breaking:\n\tPM\u0000 speaks'.padEnd(1500, '!'),
        text: `Line one\r\nLine two ${'word '.repeat(200)}`,
        time: 'yesterday at noon',
        permalink: 'javascript:alert(1)',
      },
      ['Keir Starmer', 'Keir Starmer', 'A\nB', ''],
    );
    expect(meta.id).toHaveLength(256);
    expect(meta.title.startsWith('Breaking: PM speaks')).toBe(true);
    expect(meta.snippet.length).toBeLessThanOrEqual(280);
    expect(meta.time).toBeNull();
    expect(meta.permalink).toBeNull();
    expect(meta.speakers).toEqual(['Keir Starmer', 'A B']);
    const data = { blog: BLOG, entries: [meta] };
    expect(MESSAGES.noteEntries.data(data, 'data')).toEqual(data);
  });

  it('keeps good values as they are', () => {
    const entry = { id: 'block-1', title: 'Title', text: 'Body', time: '2024-01-01T12:00:00.000Z', permalink: `${BLOG}#block-1` };
    expect(toEntryMeta(entry, ['A'])).toEqual({ id: 'block-1', title: 'Title', snippet: 'Body', time: entry.time, permalink: entry.permalink, speakers: ['A'] });
  });

  it('carries the time as the blog printed it, on one line and bounded, and leaves it out when none was printed', () => {
    const entry = { id: 'block-1', title: '', text: 'Body', time: null, permalink: null };
    expect(toEntryMeta({ ...entry, timeLabel: ' 12.20\n BST ' }).timeLabel).toBe('12.20 BST');
    expect(toEntryMeta({ ...entry, timeLabel: 'x'.repeat(500) }).timeLabel).toHaveLength(100);
    expect(toEntryMeta({ ...entry, timeLabel: null })).not.toHaveProperty('timeLabel');
    expect(toEntryMeta({ ...entry, timeLabel: ' \u0000 ' })).not.toHaveProperty('timeLabel');
    const data = { blog: BLOG, entries: [toEntryMeta({ ...entry, timeLabel: '19:14' })] };
    expect(MESSAGES.noteEntries.data(data, 'data')).toEqual(data);
    // The background refuses a label the page did not shape (two lines, empty, too long).
    for (const timeLabel of ['12.20\nBST', '', 'x'.repeat(101)]) {
      expect(() => MESSAGES.noteEntries.data({ blog: BLOG, entries: [{ ...data.entries[0], timeLabel }] }, 'data')).not.toThrow();
      expect(MESSAGES.noteEntries.data({ blog: BLOG, entries: [{ ...data.entries[0], timeLabel }] }, 'data')).toEqual({ blog: BLOG, entries: [] });
      expect(() => MESSAGES.saveQuote.data({ id: 'quote-0001', text: 'Words', speaker: null, blog: BLOG, entry: null, entryTime: null, entryTimeLabel: timeLabel, permalink: null }, 'data')).toThrow();
    }
  });

  it('never cuts a surrogate pair in half', () => {
    expect(cleanText('ab😀', 3)).toBe('ab');
    expect(cleanText(`${'ab'.repeat(50)}😀${'c'.repeat(400)}`, 101)).toBe('ab'.repeat(50));
  });

  it('cleans a long text as it cleans its beginning: control characters out, spaces collapsed, cut at the limit', () => {
    // The whole text is cleaned only when its beginning does not fill the limit.
    const long = `  \u0001${'Word\u0002  \n '.repeat(2000)}`;
    expect(cleanText(long, 20)).toBe('Word  \n Word  \n Word');
    expect(cleanText(long, 20, true)).toBe('Word Word Word Word ');
    const sparse = `${'\u0001'.repeat(300)}Start ${'\u0003'.repeat(300)}and the rest`;
    expect(cleanText(sparse, 100)).toBe('Start and the rest');
    expect(cleanText(`${' '.repeat(300)}tail`, 100, true)).toBe('tail');
  });
});
