// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SPEAKER_SEARCH_MIN, SpeakerList } from '../../../components/panel';
import { axeViolations } from './axe';
import { renderT } from '../../helpers/i18n';

afterEach(cleanup);

const many = Array.from({ length: SPEAKER_SEARCH_MIN + 4 }, (_, i) => ({
  name: ['Anna Keller', 'Jürgen Müller', 'Ines Darrow', 'Tomasz Wierzba'][i % 4]! + (i >= 4 ? ` ${i}` : ''),
  entries: 20 - i,
}));

describe('SpeakerList', () => {
  it('has no filter box for a short list', () => {
    renderT(<SpeakerList speakers={many.slice(0, 3)} selected={new Set()} onToggle={vi.fn()} onAll={vi.fn()} />);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('filters a long list by name (case and accents ignored) and keeps the order', async () => {
    const { container } = renderT(<SpeakerList speakers={many} selected={new Set()} onToggle={vi.fn()} onAll={vi.fn()} />);
    const box = screen.getByRole('searchbox', { name: 'Filter speakers by name' });
    expect(container.querySelectorAll('[data-lbl-speaker]')).toHaveLength(many.length);
    fireEvent.input(box, { target: { value: 'muller' } });
    const names = [...container.querySelectorAll('[data-lbl-speaker]')].map((b) => b.getAttribute('data-lbl-speaker'));
    expect(names).toEqual(many.filter((s) => s.name.startsWith('Jürgen')).map((s) => s.name));
    // "All" stays, so a reader can always reset.
    expect(screen.getByRole('button', { name: 'All speakers' })).toBeTruthy();
    fireEvent.input(box, { target: { value: 'zzz' } });
    expect(container.querySelectorAll('[data-lbl-speaker]')).toHaveLength(0);
    expect(screen.getByText(/No speaker matches/)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('choosing several: each is pressed, All is not', () => {
    const onToggle = vi.fn();
    renderT(<SpeakerList speakers={many.slice(0, 4)} selected={new Set(['Anna Keller', 'Ines Darrow'])} onToggle={onToggle} onAll={vi.fn()} />);
    const pressed = screen.getAllByRole('button', { pressed: true }).map((b) => b.getAttribute('data-lbl-speaker'));
    expect(pressed).toEqual(['Anna Keller', 'Ines Darrow']);
    fireEvent.click(screen.getByRole('button', { name: /^Tomasz Wierzba/ }));
    expect(onToggle).toHaveBeenCalledWith('Tomasz Wierzba');
  });
});
