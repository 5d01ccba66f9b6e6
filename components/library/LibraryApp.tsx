// The library page as a view: two lists (quotes, starred entries), search, filters with counts,
// bulk selection, export/import and undo. All data and every change go through props; the page's
// container owns the database.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ExportKind } from '@/lib/export/index';
import type { Facets, FilterValues } from '@/lib/library/filter';
import type { LibraryItem } from '@/lib/library/items';
import { ExportMenu, type ExportScope } from './ExportMenu';
import { Filters } from './Filters';
import { ImportSummary, type ImportOutcome } from './ImportSummary';
import { PrivacySetting, type PrivacySettingProps } from './PrivacySetting';
import { QuoteItem, type QuoteEdit } from './QuoteItem';
import { SearchBox } from './SearchBox';
import { StarredItem } from './StarredItem';
import { UndoToast } from './UndoToast';
import { WindowedList } from './WindowedList';

/** The two lists. */
export type LibraryView = 'quotes' | 'starred';

/** Props of `LibraryApp`. */
export interface LibraryAppProps {
  /** The private-window setting; absent: not shown (e.g. while it loads). */
  privacy?: PrivacySettingProps | null;
  view: LibraryView;
  onView(view: LibraryView): void;
  /** Items per view, unfiltered. */
  counts: Record<LibraryView, number>;
  /** The current view's items after search and filters, in order. */
  items: readonly LibraryItem[];
  /** True until the first read of the database answered. */
  loading: boolean;
  filter: FilterValues;
  facets: Facets;
  onFilter(patch: Partial<FilterValues>): void;
  onClearFilter(): void;
  selected: ReadonlySet<string>;
  onSelect(key: string, selected: boolean): void;
  /** Select every shown item. */
  onSelectAll(): void;
  onClearSelection(): void;
  /** Delete quotes / unstar entries, by item key. */
  onDelete(keys: string[]): void;
  onEditQuote(id: string, edit: QuoteEdit): void;
  onExport(kind: ExportKind, scope: ExportScope): void;
  /** Items in everything (both views), for the export menu. */
  everything: number;
  onImport(file: File): void;
  importOutcome: ImportOutcome | null;
  onDismissImport(): void;
  undo: { message: string } | null;
  onUndo(): void;
  onDismissUndo(): void;
  /** An error to show (a failed write). */
  error?: string | null;
  timeZone?: string;
}

const NOUN: Record<LibraryView, [one: string, many: string]> = {
  quotes: ['quote', 'quotes'],
  starred: ['starred entry', 'starred entries'],
};

const keyOf = (item: LibraryItem) => item.key;

/** The whole library page. */
export function LibraryApp(props: LibraryAppProps): JSX.Element {
  const { view, items, selected } = props;
  const root = useRef<HTMLDivElement>(null);
  const [one, many] = NOUN[view];
  const total = props.counts[view];
  const f = props.filter;
  const filtered = f.search.trim() !== '' || f.speaker !== null || f.blog !== null || f.site !== null || f.from !== '' || f.to !== '';
  const shownSelected = selected.size;

  // "/" jumps to the search box from anywhere but a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t?.closest('input, textarea, select, [contenteditable]')) return;
      const input = root.current?.querySelector<HTMLInputElement>('#lbl-search-input');
      if (!input) return;
      e.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const status = props.loading
    ? 'Loading…'
    : filtered
      ? `${items.length} of ${total} ${total === 1 ? one : many}`
      : `${total} ${total === 1 ? one : many}`;

  const render = (item: LibraryItem) =>
    item.kind === 'quote' ? (
      <QuoteItem
        item={item}
        selected={selected.has(item.key)}
        onSelect={props.onSelect}
        onEdit={props.onEditQuote}
        onDelete={(key) => props.onDelete([key])}
        timeZone={props.timeZone}
      />
    ) : (
      <StarredItem item={item} selected={selected.has(item.key)} onSelect={props.onSelect} onDelete={(key) => props.onDelete([key])} timeZone={props.timeZone} />
    );

  return (
    <div class="lbl-app" ref={root}>
      <header class="lbl-header">
        <h1>Liveblog Lens library</h1>
        <nav class="lbl-views" aria-label="Lists">
          {(['quotes', 'starred'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => props.onView(v)}>
              {v === 'quotes' ? 'Quotes' : 'Starred entries'} <span class="lbl-count">({props.counts[v]})</span>
            </button>
          ))}
        </nav>
        <SearchBox value={f.search} onChange={(search) => props.onFilter({ search })} what={many} />
        <ExportMenu counts={{ selected: shownSelected, shown: items.length, all: props.everything }} onExport={props.onExport} onImport={props.onImport} />
      </header>
      <div class="lbl-body">
        <aside class="lbl-sidebar" aria-label="Filters">
          <Filters values={f} facets={props.facets} onChange={props.onFilter} onClear={props.onClearFilter} />
          {props.privacy ? <PrivacySetting {...props.privacy} /> : null}
        </aside>
        <main class="lbl-main">
          {props.error ? (
            <p class="lbl-error" role="alert">
              {props.error}
            </p>
          ) : null}
          {props.importOutcome ? <ImportSummary outcome={props.importOutcome} onDismiss={props.onDismissImport} /> : null}
          <div class="lbl-toolbar">
            <p class="lbl-status" role="status" aria-live="polite">
              {status}
            </p>
            <div class="lbl-bulk" role="group" aria-label="Selection">
              <button type="button" onClick={props.onSelectAll} disabled={!items.length}>
                Select all shown
              </button>
              {shownSelected ? (
                <>
                  <span class="lbl-selected-count">{shownSelected} selected</span>
                  <button type="button" onClick={props.onClearSelection}>
                    Clear selection
                  </button>
                  <button type="button" class="lbl-danger" onClick={() => props.onDelete([...selected])}>
                    {view === 'quotes' ? 'Delete selected' : 'Unstar selected'}
                  </button>
                </>
              ) : null}
            </div>
          </div>
          {!props.loading && !items.length ? (
            <p class="lbl-empty">
              {total
                ? `No ${many} match.`
                : view === 'quotes'
                  ? 'No saved quotes yet. Select words in a live blog entry and choose "Save quote".'
                  : 'No starred entries yet. Use the star on a live blog entry to keep it here.'}
            </p>
          ) : (
            <WindowedList items={items} keyOf={keyOf} render={render} label={view === 'quotes' ? 'Quotes' : 'Starred entries'} resetKey={`${view}\n${JSON.stringify(f)}`} />
          )}
        </main>
      </div>
      {props.undo ? <UndoToast message={props.undo.message} onUndo={props.onUndo} onDismiss={props.onDismissUndo} /> : null}
    </div>
  );
}
