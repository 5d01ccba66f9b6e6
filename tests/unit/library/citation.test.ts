// Issue 13, point 7: what the library copies ("…" — Speaker, Blog, time, link), times with their
// zone, sites by their names, snippets and entry names never cut mid-word, CSV entry_title filled.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/export/csv';
import { citation, zoneName } from '../../../lib/library/citation';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { cutAtBoundary, SNIPPET_LENGTH, toEntryMeta } from '../../../lib/protocol/entry-meta';
import { siteDisplayName } from '../../../lib/sites/display-names';
import { sampleSnapshot, UKRAINE } from '../export/sample';

describe('library: copy, names and cuts', () => {
  it('cites a quote with speaker, blog, time and link, leaving out what is unknown', () => {
    const item = { text: 'We will  stand\nwith Ukraine.', speakers: ['Keir Starmer'], blogTitle: 'Ukraine war live', link: `${UKRAINE}#block-1`, blogUrl: UKRAINE };
    expect(citation(item, '2 Jan 2024, 12:20 BST')).toBe(`“We will stand with Ukraine.” — Keir Starmer, Ukraine war live, 2 Jan 2024, 12:20 BST, ${UKRAINE}#block-1`);
    expect(citation({ ...item, speakers: [], link: null }, null)).toBe(`“We will stand with Ukraine.” — Ukraine war live, ${UKRAINE}`);
  });

  it('names the zone of a time, summer and winter', () => {
    expect(zoneName(Date.UTC(2024, 6, 1, 11, 20), 'en-GB', 'Europe/London')).toBe('BST');
    expect(zoneName(Date.UTC(2024, 0, 1, 11, 20), 'en-GB', 'Europe/London')).toBe('GMT');
    expect(zoneName(Date.UTC(2024, 0, 1), 'en-US', 'UTC')).toBe('UTC');
  });

  it('shows sites by their publishers’ names, and an unknown slug as it is', () => {
    expect(siteDisplayName('guardian')).toBe('The Guardian');
    expect(siteDisplayName('repubblica')).toBe('la Repubblica');
    expect(siteDisplayName('example')).toBe('example');
    expect(siteDisplayName('__proto__')).toBe('__proto__');
  });

  it('cuts at a sentence end, else a word end with an ellipsis, never mid-word', () => {
    const text = 'The first sentence is here. The second sentence runs on and on without an end in sight';
    expect(cutAtBoundary(text, 40)).toBe('The first sentence is here.');
    expect(cutAtBoundary('Unbelievably long words everywhere here', 20)).toBe('Unbelievably long…');
    expect(cutAtBoundary('short', 20)).toBe('short');
    const long = `${'Word '.repeat(100)}end`;
    const meta = toEntryMeta({ id: 'a', title: '', text: long, time: null, permalink: null });
    expect(meta.snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(meta.snippet).toMatch(/ Word…$/);
  });

  it('shows an old snippet cut mid-word back to a word end', () => {
    const snap = sampleSnapshot();
    snap.starred[0]!.snippet = `${'alpha '.repeat(60)}`.slice(0, SNIPPET_LENGTH - 2) + 'xy';
    const item = starredItems(snap).find((i) => i.entry === snap.starred[0] || i.entryId === snap.starred[0]!.id)!;
    expect(item.text.endsWith('…')).toBe(true);
    expect(item.text).not.toMatch(/alph…$|xy$/);
  });

  it('fills the CSV entry_title: the heading, else the entry’s first words', () => {
    const snap = sampleSnapshot();
    for (const e of [...snap.starred, ...snap.quoteEntries]) e.title = '';
    const csv = toCsv([...quoteItems(snap), ...starredItems(snap)]);
    const rows = csv.trim().split('\r\n').slice(1);
    const titleCol = 6;
    // Starred entries and quotes whose entry the library knows get a name.
    const named = rows.filter((r) => r.split(',')[titleCol] !== '');
    expect(named.length).toBeGreaterThanOrEqual(snap.starred.length + 1);
    expect(csv).toContain('The prime minister spoke at a press conference with Zelenskyy.');
  });
});
