// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/panel';
import { axeViolations } from './axe';
import { props } from './panel-props';
import { renderT } from '../../helpers/i18n';

afterEach(cleanup);

describe('Panel', () => {
  it('(the axe check itself catches a nameless control here, so a pass means something)', async () => {
    const { container } = renderT(<div><button type="button" /><input type="checkbox" /></div>);
    const ids = (await axeViolations(container)).map((v) => v.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'label']));
  });

  it('has no axe violations, open with everything in it', async () => {
    const { container } = renderT(<Panel {...props()} />);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations while filtering, without reading state and without speakers', async () => {
    const a = renderT(<Panel {...props({ selected: new Set(['Anna Keller']), filtering: true, shown: 3, readingSlot: null })} />);
    expect(await axeViolations(a.container)).toEqual([]);
    a.unmount();
    const b = renderT(<Panel {...props({ speakers: [], repeats: { found: 0, collapsed: 0, showing: false } })} />);
    expect(await axeViolations(b.container)).toEqual([]);
  });

  it('is a labelled region whose controls all have names', () => {
    renderT(<Panel {...props()} />);
    const panel = screen.getByRole('complementary', { name: 'Liveblog Lens' });
    for (const control of within(panel).getAllByRole('button')) expect(control.getAttribute('aria-label') || control.textContent?.trim()).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Close panel' })).toBeTruthy();
    expect(within(panel).getByRole('radio', { name: /Newest first/ })).toBeTruthy();
    expect(within(panel).getByRole('radio', { name: 'Oldest first' })).toBeTruthy();
    expect(within(panel).getByRole('switch', { name: 'Show repeats' })).toBeTruthy();
    // No reading-state filters in the page (they would show it what the reader read or starred).
    expect(within(panel).queryAllByRole('checkbox')).toEqual([]);
  });

  it('says how many entries are shown of how many, politely live', () => {
    const { rerender } = renderT(<Panel {...props()} />);
    expect(screen.getByRole('status').textContent).toBe('Showing all 8 entries');
    rerender(<Panel {...props({ shown: 3, filtering: true })} />);
    expect(screen.getByRole('status').textContent).toBe('Showing 3 of 8 entries');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('lists speakers most quoted first with data-lbl-speaker and counts; clicks go out', () => {
    const p = props({ selected: new Set(['Ines Darrow']) });
    const { container } = renderT(<Panel {...p} />);
    const controls = [...container.querySelectorAll('[data-lbl-speaker]')];
    expect(controls.map((c) => c.getAttribute('data-lbl-speaker'))).toEqual(['Anna Keller', 'Ines Darrow', 'Tomasz Wierzba']);
    expect(controls.map((c) => c.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    expect(screen.getByRole('button', { name: 'Anna Keller, 3 entries' })).toBe(controls[0]);
    expect(screen.getByRole('button', { name: 'Tomasz Wierzba, 1 entry' })).toBe(controls[2]);
    fireEvent.click(controls[0]!);
    expect(p.onToggleSpeaker).toHaveBeenCalledWith('Anna Keller');
    const all = screen.getByRole('button', { name: 'All speakers' });
    expect(all.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(all);
    expect(p.onAllSpeakers).toHaveBeenCalledOnce();
  });

  it('switches order and repeats through callbacks', () => {
    const p = props();
    renderT(<Panel {...p} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Oldest first' }));
    expect(p.onOrder).toHaveBeenCalledWith('oldest-first');
    const repeats = screen.getByRole('switch', { name: 'Show repeats' });
    expect(repeats.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('2 repeated entries collapsed.')).toBeTruthy();
    fireEvent.click(repeats);
    expect(p.onShowRepeats).toHaveBeenCalledWith(true);
  });

  it('leaves a named slot for the private reading section, and none without reading state', () => {
    const { container, rerender } = renderT(<Panel {...props()} />);
    expect(container.querySelector('slot')?.getAttribute('name')).toBe('reading');
    expect(screen.queryByText(/since your last visit/)).toBeNull(); // never drawn in the open root
    rerender(<Panel {...props({ readingSlot: null })} />);
    expect(container.querySelector('slot')).toBeNull();
  });

  it('offers the keyboard help', () => {
    const onHelp = vi.fn();
    renderT(<Panel {...props({ onHelp })} />);
    fireEvent.click(screen.getByRole('button', { name: /keyboard help/ }));
    expect(onHelp).toHaveBeenCalledOnce();
  });

  it('closes on Escape (without letting the page hear it) and from the close button', () => {
    const p = props();
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    renderT(<Panel {...p} />);
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Oldest first' }), { key: 'Escape' });
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(pageHeard).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(p.onClose).toHaveBeenCalledTimes(2);
    document.removeEventListener('keydown', pageHeard);
  });

  it('takes focus when asked (opened from the keyboard or the tab)', () => {
    renderT(<Panel {...props({ autoFocus: true })} />);
    expect(document.activeElement).toBe(screen.getByRole('complementary'));
  });

  it('says when the blog already runs oldest first instead of offering the switch', () => {
    renderT(<Panel {...props({ siteOldestFirst: true })} />);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByText('This blog already runs oldest first.')).toBeTruthy();
  });

  it('renders names from the page as text, never as markup', () => {
    const { container } = renderT(<Panel {...props({ speakers: [{ name: '<img src=x onerror=alert(1)>', entries: 1 }] })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-lbl-speaker]')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('offers the library when it can open it, and asks for it on click', async () => {
    const onOpenLibrary = vi.fn();
    const { container } = renderT(<Panel {...props({ onOpenLibrary })} />);
    fireEvent.click(screen.getByRole('button', { name: /Open library/ }));
    expect(onOpenLibrary).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    renderT(<Panel {...props()} />);
    expect(screen.queryByRole('button', { name: /Open library/ })).toBeNull();
  });
});
