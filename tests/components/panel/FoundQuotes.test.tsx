// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FoundQuotes, type FoundQuotesProps, Panel, type PanelQuote } from '../../../components/panel';
import type { SaveQuoteStatus } from '../../../components/reading/SaveQuoteButton';
import { axeViolations } from './axe';
import { props as panelProps } from './panel-props';
import { renderT } from '../../helpers/i18n';

afterEach(cleanup);

const LONG = `We will not sign a bad deal, ${'and we will say so at every table we sit at, '.repeat(8)}today.`;
const QUOTES: PanelQuote[] = [
  { key: 'e4#1:0', entryId: 'e4', text: 'We will not sign a bad deal.', speaker: 'Anna Keller', time: '15.40 GMT' },
  { key: 'e2#0:5', entryId: 'e2', text: LONG, speaker: 'Tomasz Wierzba', time: '13.00 GMT' },
  { key: 'e1#2:9', entryId: 'e1', text: '<img src=x onerror=alert(1)>', speaker: '<b>Nobody</b>', time: null },
];

function props(overrides: Partial<FoundQuotesProps> = {}): FoundQuotesProps {
  return { quotes: QUOTES, statuses: new Map(), canSave: true, announcement: '', onSave: vi.fn(), ...overrides };
}
const saveButtons = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('[data-lbl-action="save-found-quote"]')];

describe('FoundQuotes', () => {
  it('has no axe violations: idle, saving, saved, failed, and unable to save', async () => {
    const statuses = new Map<string, SaveQuoteStatus>([['e4#1:0', 'saved'], ['e2#0:5', 'saving'], ['e1#2:9', 'failed']]);
    const a = renderT(<FoundQuotes {...props({ statuses, announcement: 'Quote by Anna Keller saved.' })} />);
    expect(await axeViolations(a.container)).toEqual([]);
    a.unmount();
    const b = renderT(<FoundQuotes {...props({ canSave: false })} />);
    expect(await axeViolations(b.container)).toEqual([]);
    b.unmount();
    const c = renderT(<FoundQuotes {...props({ quotes: [] })} />);
    expect(await axeViolations(c.container)).toEqual([]);
  });

  it('lists each quote with its speaker and printed time, long ones shortened', () => {
    const { container } = renderT(<FoundQuotes {...props()} />);
    const section = screen.getByRole('region', { name: 'Quotes' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('We will not sign a bad deal.');
    expect(items[0]!.textContent).toContain('Anna Keller · 15.40 GMT');
    const long = items[1]!.querySelector('blockquote')!.textContent!;
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('…')).toBe(true);
    expect(saveButtons(container).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Save quote by Anna Keller', 'Save quote by Tomasz Wierzba', 'Save quote by <b>Nobody</b>',
    ]);
  });

  it('calls onSave with the whole quote (full text, entry and speaker)', () => {
    const p = props();
    renderT(<FoundQuotes {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save quote by Tomasz Wierzba' }));
    expect(p.onSave).toHaveBeenCalledWith(QUOTES[1]);
    expect((p.onSave as ReturnType<typeof vi.fn>).mock.calls[0]![0].text).toBe(LONG);
  });

  it('shows "Saved" disabled after a save, says so politely, and explains failures in text', () => {
    const statuses = new Map<string, SaveQuoteStatus>([['e4#1:0', 'saved'], ['e1#2:9', 'failed']]);
    const p = props({ statuses, announcement: 'Quote by Anna Keller saved.' });
    const { container } = renderT(<FoundQuotes {...p} />);
    const [saved, idle, failed] = saveButtons(container);
    expect(saved!.textContent).toBe('Saved');
    expect(saved!.disabled).toBe(true);
    expect(idle!.disabled).toBe(false);
    expect(failed!.textContent).toBe('Save');
    expect(screen.getByText('Could not save this quote. Try again.')).toBeTruthy();
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Quote by Anna Keller saved.');
    fireEvent.click(saved!);
    expect(p.onSave).not.toHaveBeenCalled();
  });

  it('says in plain text when quotes cannot be saved, with no Save buttons', () => {
    const { container } = renderT(<FoundQuotes {...props({ canSave: false })} />);
    expect(saveButtons(container)).toEqual([]);
    expect(screen.getByText(/Quotes can’t be saved right now/)).toBeTruthy();
  });

  it('renders quote text and names from the page as text, never as markup', () => {
    const { container } = renderT(<FoundQuotes {...props()} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<b>Nobody</b>');
  });

  it('appears in the Panel only while following speakers', () => {
    const base = { speakers: [{ name: 'Anna Keller', entries: 1 }], shown: 1, total: 1, reading: null, quotes: props() };
    const { rerender } = renderT(<Panel {...panelProps({ ...base, selected: new Set() })} />);
    expect(screen.queryByRole('region', { name: 'Quotes' })).toBeNull();
    rerender(<Panel {...panelProps({ ...base, selected: new Set(['Anna Keller']), filtering: true })} />);
    expect(screen.getByRole('region', { name: 'Quotes' })).toBeTruthy();
  });
});
