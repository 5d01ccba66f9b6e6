// @vitest-environment happy-dom
// Issue 14, finding 13: an unterminated right-to-left override (U+202E) in a speaker name, a blog
// title or a site must end with that string: every page-sourced string in a library row sits in
// its own <bdi> (or, where only a string fits, between U+2068 and U+2069), so the time and the rest
// of the line keep their order. The real-browser test (tests/e2e/library.test.ts) checks the
// drawn positions; this one checks the isolation of each string in every row kind.
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { sampleSnapshot } from '../../unit/export/sample';
import { renderT } from '../../helpers/i18n';
import { appProps } from './helpers';

afterEach(cleanup);

const RLO = '\u202E';
function hostile() {
  const snap = sampleSnapshot();
  for (const q of snap.quotes) {
    q.speaker = `${RLO}Evil Speaker`;
    q.note = `${RLO}note`;
  }
  for (const e of snap.starred) e.speakers = [`${RLO}First`, `${RLO}Second`];
  for (const b of snap.blogs) b.title = `${RLO}Blog title`;
  return snap;
}

/** Every text node of `row` holding an override, and whether it is inside a <bdi> of the meta line or a dir=auto block. */
function unisolated(row: Element): string[] {
  const out: string[] = [];
  const walker = row.ownerDocument.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent!.includes(RLO)) continue;
    const el = n.parentElement!;
    if (el.closest('bdi') || el.closest('[dir="auto"]')) continue;
    out.push(n.textContent!);
  }
  return out;
}

describe('right-to-left text in library rows', () => {
  it('isolates speaker, blog title, site and note in every quote row, and not the time', () => {
    renderT(<LibraryApp {...appProps(quoteItems(hostile()))} />);
    const rows = within(screen.getByRole('list', { name: 'Quotes' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(unisolated(row)).toEqual([]);
      const time = row.querySelector('time');
      if (time) expect(time.closest('bdi')).toBeNull();
      expect(row.querySelectorAll('.lbl-meta bdi').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('isolates each of several speakers on its own in starred rows', () => {
    renderT(<LibraryApp {...appProps(starredItems(hostile()), { view: 'starred' })} />);
    const rows = within(screen.getByRole('list', { name: 'Starred entries' })).getAllByRole('listitem');
    for (const row of rows) {
      expect(unisolated(row)).toEqual([]);
      const names = [...row.querySelectorAll('.lbl-speaker bdi')].map((b) => b.textContent);
      expect(names).toEqual([`${RLO}First`, `${RLO}Second`]);
    }
  });

  it('closes the override inside the speaker filter option, before its count', () => {
    renderT(<LibraryApp {...appProps(quoteItems(hostile()))} />);
    const option = [...document.querySelectorAll('#lbl-filter-speaker option')].find((o) => o.textContent!.includes(RLO))!;
    expect(option.textContent).toMatch(/^\u2068\u202EEvil Speaker\u2069 \(\d+\)$/);
  });
});
