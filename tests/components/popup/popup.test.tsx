// @vitest-environment happy-dom
// The toolbar popup as drawn from its props: what it says about a live blog and about a page
// without a reader, which buttons it offers, the site switch, in English and Polish; axe on each.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '../../../components/popup/Popup';
import { renderT } from '../../helpers/i18n';
import { expectNoAxeViolations } from '../library/helpers';

afterEach(cleanup);

const calls: string[] = [];
function props(over: Partial<PopupProps> = {}): PopupProps {
  calls.length = 0;
  return {
    tab: { kind: 'live', summary: { host: 'www.theguardian.com', entries: 42, repeats: 3, speakers: 1, complete: true } },
    site: { kind: 'builtIn', host: 'www.theguardian.com', on: true },
    onTogglePanel: () => calls.push('panel'),
    onReaderView: () => calls.push('readerView'),
    onOpenLibrary: () => calls.push('library'),
    onSetSite: (on) => calls.push(`site:${on}`),
    onOpenOptions: () => calls.push('options'),
    ...over,
  };
}

describe('Popup', () => {
  it('on a live blog: says so, counts entries, repeats and speakers, and offers the panel, reader view and library', async () => {
    const { container } = renderT(<Popup {...props()} />);
    expect(screen.getByText('This page is a live blog.')).toBeTruthy();
    const counts = screen.getByRole('list', { name: 'On this page' });
    expect([...counts.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['42 entries', '3 repeats', '1 speaker']);
    expect(screen.queryByText(/Still reading/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open or close the panel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reader view' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open the library' }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(calls).toEqual(['panel', 'readerView', 'library', 'options']);
    // A news site on the list is on, and the reader can turn it off like any other.
    expect(screen.getByText('On for www.theguardian.com: it is one of the news sites on the list.')).toBeTruthy();
    expect(screen.queryByText(/Reload the page/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off for this site' }));
    expect(calls.at(-1)).toBe('site:false');
    await expectNoAxeViolations(container);
  });

  it('a news site of the list turned off: says so, says a reload removes the reader, and turns it on again', async () => {
    const { container } = renderT(<Popup {...props({ site: { kind: 'builtIn', host: 'www.theguardian.com', on: false } })} />);
    expect(screen.getByText(/^Off for www.theguardian.com: you turned it off/)).toBeTruthy();
    expect(screen.getByText('Reload the page to see the change.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    expect(calls).toEqual(['site:true']);
    await expectNoAxeViolations(container);
  });

  it('says when the reader is still reading the page', () => {
    renderT(<Popup {...props({ tab: { kind: 'live', summary: { host: 'a.example', entries: 5, repeats: 0, speakers: 0, complete: false } } })} />);
    expect(screen.getByText('Still reading the page: the counts will grow.')).toBeTruthy();
  });

  it('without a reader: says it is not a live blog here and offers only the library, and the site switch', async () => {
    const { container } = renderT(<Popup {...props({ tab: { kind: 'none' }, site: { kind: 'chosen', host: 'blog.example.org', on: false } })} />);
    expect(screen.getByText('Not a live blog, or Liveblog Lens is not active on this page.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open or close the panel' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reader view' })).toBeNull();
    expect(screen.getByText('Off for blog.example.org')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    expect(calls).toEqual(['site:true']);
    await expectNoAxeViolations(container);
  });

  it('turns a chosen site off, and waits while busy', () => {
    const { rerender } = renderT(<Popup {...props({ site: { kind: 'chosen', host: 'blog.example.org', on: true } })} />);
    expect(screen.getByText('On for blog.example.org')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off for this site' }));
    expect(calls).toEqual(['site:false']);
    rerender(<Popup {...props({ busy: true, site: { kind: 'chosen', host: 'blog.example.org', on: true } })} />);
    expect((screen.getByRole('button', { name: 'Turn off for this site' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('on a browser page: no site switch, and a word while it checks', () => {
    renderT(<Popup {...props({ tab: { kind: 'checking' }, site: { kind: 'none' } })} />);
    expect(screen.getByText('Looking at this page…')).toBeTruthy();
    expect(screen.getByText('Liveblog Lens cannot run on this page.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /this site/ })).toBeNull();
  });

  it('speaks Polish, with its plural forms', async () => {
    const { container } = renderT(
      <Popup {...props({ tab: { kind: 'live', summary: { host: 'x.pl', entries: 22, repeats: 5, speakers: 1, complete: true } } })} />,
      'pl',
    );
    const counts = screen.getByRole('list', { name: 'Na tej stronie' });
    expect([...counts.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['22 wpisy', '5 powtórzeń', '1 osoba']);
    expect(screen.getByRole('button', { name: 'Otwórz lub zamknij panel' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});
