// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryChips } from '../../../components/panel';
import { axeViolations } from './axe';
import { renderT } from '../../helpers/i18n';

afterEach(cleanup);

describe('EntryChips', () => {
  it('one labelled button per speaker, with data-lbl-chip (not data-lbl-speaker), and no handler of its own', async () => {
    const { container } = renderT(<EntryChips speakers={['Ines Darrow', 'Anna Keller']} selected={new Set(['Anna Keller'])} />);
    expect(screen.getByRole('group', { name: 'Quoted in this entry' })).toBeTruthy();
    const chips = [...container.querySelectorAll('[data-lbl-chip]')];
    expect(chips.map((c) => c.getAttribute('data-lbl-chip'))).toEqual(['Ines Darrow', 'Anna Keller']);
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(container.querySelector('[data-lbl-speaker]')).toBeNull();
    // The feature reads the chip's name from the clicked button (one delegated listener per page).
    expect(screen.getByRole('button', { name: 'Ines Darrow' }).getAttribute('data-lbl-chip')).toBe('Ines Darrow');
    expect(await axeViolations(container)).toEqual([]);
  });
});
