// @vitest-environment happy-dom
// The options page as drawn from its props: the two reading choices report their changes, the
// reader's sites are listed and each can be turned off, the library is one click away; axe, and
// German.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options, type OptionsProps } from '../../../components/options/Options';
import { renderT } from '../../helpers/i18n';
import { expectNoAxeViolations } from '../library/helpers';

afterEach(cleanup);

const calls: string[] = [];
function props(over: Partial<OptionsProps> = {}): OptionsProps {
  calls.length = 0;
  return {
    collapseRepeats: true,
    onCollapseRepeats: (on) => calls.push(`collapse:${on}`),
    privateWindows: false,
    onPrivateWindows: (on) => calls.push(`private:${on}`),
    sites: ['blog.example.org', 'live.example.com'],
    onRemoveSite: (host) => calls.push(`remove:${host}`),
    readAfterMs: 1500,
    onReadAfter: (ms) => calls.push(`readAfter:${ms}`),
    turnedOff: [],
    onTurnOnSite: (host) => calls.push(`turnOn:${host}`),
    onOpenLibrary: () => calls.push('library'),
    ...over,
  };
}

describe('Options', () => {
  it('shows the stored choices and reports changes', async () => {
    const { container } = renderT(<Options {...props()} />);
    const collapse = screen.getByRole('checkbox', { name: 'Collapse repeated entries into a short line' }) as HTMLInputElement;
    const priv = screen.getByRole('checkbox', { name: /private windows/ }) as HTMLInputElement;
    expect([collapse.checked, priv.checked]).toEqual([true, false]);
    fireEvent.click(collapse);
    fireEvent.click(priv);
    expect(calls).toEqual(['collapse:false', 'private:true']);
    await expectNoAxeViolations(container);
  });

  it('lists the reader’s sites, each with its own remove button, and opens the library', () => {
    renderT(<Options {...props()} />);
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent)).toEqual(['blog.example.org', 'live.example.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off for live.example.com' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open the library' }));
    expect(calls).toEqual(['remove:live.example.com', 'library']);
  });

  it('offers the read-after delays, the stored one chosen, and reports a new choice', async () => {
    const { container } = renderT(<Options {...props({ readAfterMs: 3000 })} />);
    const group = screen.getByRole('group', { name: 'Mark an entry read once it has been on screen for' });
    const radios = [...group.querySelectorAll('input[type=radio]')] as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['1 second', '1.5 seconds (the default)', '3 seconds', '5 seconds', 'Never: only when I mark it read']);
    expect(radios.map((r) => r.checked)).toEqual([false, false, true, false, false]);
    fireEvent.click(screen.getByRole('radio', { name: 'Never: only when I mark it read' }));
    fireEvent.click(screen.getByRole('radio', { name: '1 second' }));
    expect(calls).toEqual(['readAfter:0', 'readAfter:1000']);
    await expectNoAxeViolations(container);
  });

  it('lists the news sites the reader turned off, each with a way to turn it on again', async () => {
    const { container } = renderT(<Options {...props({ turnedOff: ['www.bbc.co.uk'] })} />);
    const off = screen.getByRole('region', { name: 'News sites you turned off' });
    expect([...off.querySelectorAll('li span')].map((s) => s.textContent)).toEqual(['www.bbc.co.uk']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on again for www.bbc.co.uk' }));
    expect(calls).toEqual(['turnOn:www.bbc.co.uk']);
    await expectNoAxeViolations(container);
  });

  it('says when there are no sites of the reader’s own, in German', async () => {
    const { container } = renderT(<Options {...props({ sites: [] })} />, 'de');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/Noch keine/)).toBeTruthy();
    expect(screen.getByText(/Keine: Liveblog Lens läuft auf allen Nachrichtenseiten/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: '1,5 Sekunden (Standard)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Einstellungen von Liveblog Lens' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});
