// @vitest-environment happy-dom
// The reader view's page as a component: accessible (axe), the filters it shows and hands out, the
// loading line, a repeat's stub, the new-entries marker, the settings. Data in, callbacks out.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderView, type ReaderViewProps } from '../../../components/reader-view/ReaderView';
import type { ReaderEntry } from '../../../components/reader-view/types';
import { ACTION, ATTR, SELECT } from '../../../lib/page-contract';
import { NO_VIEW_FILTER } from '../../../lib/reader-view/filter';
import { READER_DEFAULTS } from '../../../lib/reader-view/settings';
import { renderT } from '../../helpers/i18n';
import { axeViolations } from '../panel/axe';

afterEach(cleanup);

const entry = (id: string, over: Partial<ReaderEntry> = {}): ReaderEntry => ({
  id, title: `Title ${id}`, timeLabel: '12.50 BST', time: '2026-12-07T11:50:00.000Z', author: null, permalink: `https://news.example/live#${id}`,
  keyEvent: false, pinned: false, speakers: [], duplicateOf: null, repeatOf: null, textLength: 200, hasMedia: false, ...over,
});

function props(over: Partial<ReaderViewProps> = {}): ReaderViewProps {
  return {
    title: 'Coastal rail strike live',
    load: { phase: 'done', pagesRead: 4, pagesFound: 4, failed: 0, capped: null },
    entries: [entry('a', { keyEvent: true, speakers: ['Mara Quist'] }), entry('b', { duplicateOf: 'a', repeatOf: { time: '12.50' } }), entry('c', { pinned: true })],
    total: 3,
    stateOf: (id) => ({ read: false, starred: id === 'c', fresh: id === 'a', live: false }),
    content: (id) => [{ tag: 'p', children: [`Body of ${id}.`] }],
    filter: NO_VIEW_FILTER,
    onFilter: vi.fn(),
    speakers: [{ name: 'Mara Quist', entries: 3 }],
    settings: READER_DEFAULTS,
    onSettings: vi.fn(),
    reading: true,
    starBusy: new Set(),
    onStar: vi.fn(),
    newCount: 0,
    onJumpNew: vi.fn(),
    pinned: { id: 'c', title: 'What we know' },
    onJump: vi.fn(),
    target: null,
    onTopEntry: vi.fn(),
    onClose: vi.fn(),
    announcement: '',
    ...over,
  };
}

describe('ReaderView', () => {
  it('has no axe violations with entries, a repeat, the settings open and the filters on', async () => {
    const { container } = renderT(<ReaderView {...props({ filter: { ...NO_VIEW_FILTER, keyEvents: true, query: 'strike' }, newCount: 2 })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reading settings' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('draws every entry as an article with data-lbl-entry, a repeat as its stub', () => {
    const { container } = renderT(<ReaderView {...props()} />);
    expect(Array.from(container.querySelectorAll(SELECT.entry()), (el) => el.getAttribute(ATTR.entry))).toEqual(['a', 'b', 'c']);
    const repeat = container.querySelector(SELECT.entry('b'))!;
    expect(repeat.getAttribute(ATTR.duplicateOf)).toBe('a');
    expect(repeat.textContent).toContain('Repeated: same as the 12.50 entry');
    expect(repeat.textContent).not.toContain('Body of b.');
    fireEvent.click(within(repeat as HTMLElement).getByRole('button', { name: 'Show' }));
    expect(repeat.textContent).toContain('Body of b.');
  });

  it('shows what filters are on, and hands out each change', () => {
    const p = props({ filter: { ...NO_VIEW_FILTER, speakers: new Set(['Mara Quist']), keyEvents: true }, entries: [entry('a')], total: 3 });
    const { container } = renderT(<ReaderView {...p} />);
    expect(container.querySelector('.counts')!.textContent).toBe('Showing 1 of 3 entries');
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: Key events' }));
    expect(p.onFilter).toHaveBeenLastCalledWith(expect.objectContaining({ keyEvents: false, speakers: new Set(['Mara Quist']) }));
    fireEvent.click(container.querySelector(SELECT.action(ACTION.clearFilters))!);
    expect(p.onFilter).toHaveBeenLastCalledWith(expect.objectContaining({ keyEvents: false, speakers: new Set() }));
    fireEvent.click(container.querySelector(SELECT.action(ACTION.unreadOnly))!);
    expect(p.onFilter).toHaveBeenLastCalledWith(expect.objectContaining({ unreadOnly: true }));
  });

  it('a speaker chip follows that speaker, and a second click follows everyone again', () => {
    const p = props();
    renderT(<ReaderView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mara Quist' }));
    expect(p.onFilter).toHaveBeenLastCalledWith(expect.objectContaining({ speakers: new Set(['Mara Quist']) }));
    cleanup();
    const q = props({ filter: { ...NO_VIEW_FILTER, speakers: new Set(['Mara Quist']) } });
    renderT(<ReaderView {...q} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Mara Quist' }).find((b) => b.classList.contains('chip'))!);
    expect(q.onFilter).toHaveBeenLastCalledWith(expect.objectContaining({ speakers: new Set() }));
  });

  it('says how far reading the blog has got, and what failed', () => {
    const { container, rerender } = renderT(<ReaderView {...props({ load: { phase: 'loading', pagesRead: 2, pagesFound: 4, failed: 0, capped: null } })} />);
    expect(container.querySelector('.load')!.textContent).toContain('Reading the whole blog: page 2 of 4…');
    const onRetry = vi.fn();
    rerender(<ReaderView {...props({ load: { phase: 'done', pagesRead: 3, pagesFound: 3, failed: 1, capped: 40 }, onRetry })} />);
    expect(container.querySelector('.load')!.textContent).toContain('One page could not be read.');
    expect(container.querySelector('.load')!.textContent).toContain('Stopped after 40 pages');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('speaks the reader\'s language: Polish plurals, an Italian stub, the blog\'s words in the blog\'s language', () => {
    const done = { phase: 'done', pagesRead: 5, pagesFound: 5, failed: 2, capped: 40 } as const;
    const pl = renderT(<ReaderView {...props({ load: done, total: 22, newCount: 5 })} />, 'pl');
    const line = pl.container.querySelector('.load')!.textContent;
    expect(line).toContain('Cała relacja: 5 stron, 22 wpisy');
    expect(line).toContain('Nie udało się odczytać 2 stron.');
    expect(line).toContain('Zatrzymano po 40 stronach');
    expect(screen.getByRole('button', { name: /5 nowych wpisów/ })).toBeTruthy();
    pl.unmount();
    const it_ = renderT(<ReaderView {...props({ textLang: 'en' })} />, 'it');
    expect(it_.container.querySelector(SELECT.entry('b'))!.textContent).toContain('Ripetuto: uguale al post delle 12.50');
    expect(it_.container.querySelector(`${SELECT.entry('a')} .entry-body`)!.getAttribute('lang')).toBe('en');
    expect(it_.container.querySelector(`${SELECT.entry('a')} .badge.key`)!.textContent).toBe('Momento chiave');
  });

  it('the new-entries marker, the star, the close button and the pinned link call back', () => {
    const p = props({ newCount: 2 });
    const { container } = renderT(<ReaderView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: /2 new entries/ }));
    expect(p.onJumpNew).toHaveBeenCalled();
    fireEvent.click(container.querySelector(`${SELECT.entry('a')} ${SELECT.action(ACTION.star)}`)!);
    expect(p.onStar).toHaveBeenCalledWith('a', true);
    fireEvent.click(screen.getByRole('button', { name: 'Pinned: What we know' }));
    expect(p.onJump).toHaveBeenCalledWith('c');
    fireEvent.click(container.querySelector(SELECT.action(ACTION.closeReader))!);
    expect(p.onClose).toHaveBeenCalled();
  });

  it('without reading state: no stars and no unread or starred filters', () => {
    const { container } = renderT(<ReaderView {...props({ reading: false })} />);
    expect(container.querySelector(SELECT.action(ACTION.star))).toBeNull();
    expect(container.querySelector(SELECT.action(ACTION.unreadOnly))).toBeNull();
    expect(container.querySelector(SELECT.action(ACTION.keyEvents))).not.toBeNull();
  });

  it('settings: each step is handed out, within its bounds', () => {
    const p = props({ settings: { ...READER_DEFAULTS, fontSize: 28 } });
    renderT(<ReaderView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reading settings' }));
    expect((screen.getByRole('button', { name: 'Larger text' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Looser lines' }));
    expect(p.onSettings).toHaveBeenLastCalledWith({ lineHeight: 1.7 });
    fireEvent.click(screen.getByLabelText('Dark'));
    expect(p.onSettings).toHaveBeenLastCalledWith({ theme: 'dark' });
  });
});
