// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryChips } from '../../../components/panel';
import { axeViolations } from './axe';
import { renderT } from '../../helpers/i18n';

afterEach(cleanup);

describe('EntryChips', () => {
  it('one labelled button per speaker, with data-lbl-chip (not data-lbl-speaker)', async () => {
    const onChip = vi.fn();
    const { container } = renderT(
      <EntryChips speakers={['Ines Darrow', 'Anna Keller']} selected={new Set(['Anna Keller'])} onChip={onChip} />,
    );
    expect(screen.getByRole('group', { name: 'Quoted in this entry' })).toBeTruthy();
    const chips = [...container.querySelectorAll('[data-lbl-chip]')];
    expect(chips.map((c) => c.getAttribute('data-lbl-chip'))).toEqual(['Ines Darrow', 'Anna Keller']);
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(container.querySelector('[data-lbl-speaker]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ines Darrow' }));
    expect(onChip).toHaveBeenCalledWith('Ines Darrow');
    expect(await axeViolations(container)).toEqual([]);
  });
});
