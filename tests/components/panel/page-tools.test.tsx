// @vitest-environment happy-dom
// The panel's private reading section, the filter bar above the entries, the keyboard help and
// the "n new" marker: what each says (English and Polish plurals), what each click does, axe, and
// names that cannot turn a row around (an unterminated right-to-left override stays in its name).
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar, FoundQuotes, KeysHelp, ReadingTools, SpeakerList } from '../../../components/panel';
import { NewSummary } from '../../../components/reading';
import { ACTION, ATTR, SELECT } from '../../../lib/page-contract';
import { renderT } from '../../helpers/i18n';
import { axeViolations } from './axe';

afterEach(cleanup);

const tools = (over: { unread?: number; fresh?: number } = {}) => ({
  unread: 5, fresh: 3, onFirstNew: vi.fn(), onNextUnread: vi.fn(), onMarkAllRead: vi.fn(), onLatest: vi.fn(), ...over,
});
const RLO = 'Mallory \u202Eevil';

describe('ReadingTools', () => {
  it('says what is new and offers first new, next unread, mark all read and latest; each click goes out', async () => {
    const p = tools();
    const { container } = renderT(<ReadingTools {...p} />);
    expect(screen.getByText('3 new entries since your last visit')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to the first new entry' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next unread entry (5 left)' }));
    fireEvent.click(container.querySelector(SELECT.action(ACTION.markAllRead))!);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to latest' }));
    expect([p.onFirstNew, p.onNextUnread, p.onMarkAllRead, p.onLatest].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('with everything read: no first-new button, next unread and mark all read disabled', () => {
    renderT(<ReadingTools {...tools({ unread: 0, fresh: 0 })} />);
    expect(screen.getByText('No new entries since your last visit')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Go to the first new entry' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Next unread entry' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Mark all read' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('speaks Polish plurals', () => {
    renderT(<ReadingTools {...tools({ unread: 22, fresh: 2 })} />, 'pl');
    expect(screen.getByText('2 nowe wpisy od ostatniej wizyty')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Następny nieprzeczytany wpis (zostały 22)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Oznacz wszystko jako przeczytane' })).toBeTruthy();
  });
});

describe('FilterBar', () => {
  it('says "Showing 3 of 42 · name · Show all"; Show all goes out', async () => {
    const onShowAll = vi.fn();
    const { container } = renderT(<FilterBar shown={3} total={42} speakers={['Rishi Sunak']} onShowAll={onShowAll} />);
    expect(container.textContent).toBe('Showing 3 of 42 entries · Rishi Sunak · Show all');
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(onShowAll).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('in Polish', () => {
    const { container } = renderT(<FilterBar shown={3} total={42} speakers={['Anna Keller']} onShowAll={vi.fn()} />, 'pl');
    expect(container.textContent).toBe('Pokazano 3 z 42 wpisów · Anna Keller · Pokaż wszystko');
  });
});

describe('names are isolated (issue 14, finding 13)', () => {
  it('in the speaker list, the quotes and the filter bar, a name sits in its own <bdi>', () => {
    const a = renderT(<SpeakerList speakers={[{ name: RLO, entries: 2 }]} selected={new Set()} onToggle={vi.fn()} onAll={vi.fn()} />);
    expect(a.container.querySelector(`${SELECT.speaker(RLO)} bdi`)?.textContent).toBe(RLO);
    a.unmount();
    const quote = { key: 'e1#0:0', entryId: 'e1', text: 'A quote.', speaker: RLO, time: '12.20 BST' };
    const b = renderT(<FoundQuotes quotes={[quote]} statuses={new Map()} canSave announcement="" onSave={vi.fn()} />);
    const by = b.container.querySelector('.by')!;
    expect(by.querySelector('bdi')?.textContent).toBe(RLO);
    // The time stays outside the isolate: the override cannot reach it.
    expect(by.lastElementChild?.textContent).toBe(' · 12.20 BST');
    b.unmount();
    const c = renderT(<FilterBar shown={1} total={2} speakers={[RLO]} onShowAll={vi.fn()} />);
    expect(c.container.querySelector('bdi')?.textContent).toBe(RLO);
  });
});

describe('FoundQuotes', () => {
  it('each quote goes to its entry', () => {
    const onGoTo = vi.fn();
    const quote = { key: 'e1#0:0', entryId: 'e1', text: 'We will build the bridge.', speaker: 'Anna Keller', time: null };
    const { container } = renderT(<FoundQuotes quotes={[quote]} statuses={new Map()} canSave announcement="" onSave={vi.fn()} onGoTo={onGoTo} />);
    const go = container.querySelector<HTMLButtonElement>(SELECT.action(ACTION.goToQuote))!;
    expect(go.textContent).toBe('We will build the bridge.');
    expect(go.title).toBe('Go to this quote’s entry');
    fireEvent.click(go);
    expect(onGoTo).toHaveBeenCalledWith(quote);
  });
});

describe('KeysHelp', () => {
  it('lists every key, is a named dialog that takes focus, and closes on Escape, "?" or its button', async () => {
    const onClose = vi.fn();
    const { container } = renderT(<KeysHelp onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(document.activeElement).toBe(dialog);
    expect([...container.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['j', 'k', 'Alt+Shift+S', '?', 'Esc']);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.keyDown(dialog, { key: '?' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(3);
  });
});

describe('NewSummary', () => {
  it('"3 new", named by since when; a click jumps', async () => {
    const onJump = vi.fn();
    const { container } = renderT(<NewSummary fresh={2} arrived={1} onJump={onJump} />);
    const button = screen.getByRole('button', { name: '2 new entries since your last visit; 1 new entry since you opened the page' });
    expect(button.textContent).toBe('3 new');
    expect(button.getAttribute(ATTR.newCount)).toBe('3');
    fireEvent.click(button);
    expect(onJump).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('in Polish', () => {
    renderT(<NewSummary fresh={5} arrived={0} onJump={vi.fn()} />, 'pl');
    expect(screen.getByRole('button').textContent).toBe('5 nowych');
  });
});
