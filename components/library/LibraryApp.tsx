// The library page as a view: two lists (quotes, starred entries), search, filters with counts,
// bulk selection, export/import and undo. All data and every change go through props; the page's
// container owns the database.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
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
import { useT } from '../i18n';

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
  /** Copies a quote or its citation to the clipboard; absent: no copy buttons. */
  onCopy?(text: string): Promise<void>;
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

const keyOf = (item: LibraryItem) => item.key;

/** The whole library page. */
export function LibraryApp(props: LibraryAppProps): JSX.Element {
  const { t, plural, number } = useT();
  const { view, items, selected } = props;
  const root = useRef<HTMLDivElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
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

  const quotes = view === 'quotes';
  const status = props.loading
    ? t('library.loading')
    : filtered
      ? plural(quotes ? 'library.status.filteredQuotes' : 'library.status.filteredStarred', total, { shown: number(items.length) })
      : plural(quotes ? 'library.status.quotes' : 'library.status.starred', total);

  const render = (item: LibraryItem) =>
    item.kind === 'quote' ? (
      <QuoteItem
        item={item}
        selected={selected.has(item.key)}
        onSelect={props.onSelect}
        onEdit={props.onEditQuote}
        onCopy={props.onCopy}
        onDelete={(key) => props.onDelete([key])}
        timeZone={props.timeZone}
      />
    ) : (
      <StarredItem item={item} selected={selected.has(item.key)} onSelect={props.onSelect} onDelete={(key) => props.onDelete([key])} timeZone={props.timeZone} />
    );

  return (
    <div class="lbl-app" ref={root}>
      <header class="lbl-header">
        <h1>{t('library.heading')}</h1>
        <nav class="lbl-views" aria-label={t('library.lists')}>
          {(['quotes', 'starred'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => props.onView(v)}>
              {t(v === 'quotes' ? 'library.quotes' : 'library.starredEntries')} <span class="lbl-count">({number(props.counts[v])})</span>
            </button>
          ))}
        </nav>
        <SearchBox value={f.search} onChange={(search) => props.onFilter({ search })} view={view} />
        <ExportMenu counts={{ selected: shownSelected, shown: items.length, all: props.everything }} onExport={props.onExport} onImport={props.onImport} />
      </header>
      <div class="lbl-body">
        {/* On a narrow screen the filters fold behind one button, so the quotes come first (CSS). */}
        <aside class="lbl-sidebar" aria-label={t('library.filters.label')} data-open={filtersOpen ? 'true' : 'false'}>
          <button type="button" class="lbl-filters-toggle" aria-expanded={filtersOpen} aria-controls="lbl-filters-panel" onClick={() => setFiltersOpen((o) => !o)}>
            {t('library.filters.heading')}
          </button>
          <div id="lbl-filters-panel" class="lbl-filters-panel">
            <Filters values={f} facets={props.facets} onChange={props.onFilter} onClear={props.onClearFilter} />
            {props.privacy ? <PrivacySetting {...props.privacy} /> : null}
          </div>
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
            <div class="lbl-bulk" role="group" aria-label={t('library.selection')}>
              <button type="button" onClick={props.onSelectAll} disabled={!items.length}>
                {t('library.selectAll')}
              </button>
              {shownSelected ? (
                <>
                  <span class="lbl-selected-count">{plural('library.selectedCount', shownSelected)}</span>
                  <button type="button" onClick={props.onClearSelection}>
                    {t('library.clearSelection')}
                  </button>
                  <button type="button" class="lbl-danger" onClick={() => props.onDelete([...selected])}>
                    {t(quotes ? 'library.deleteSelected' : 'library.unstarSelected')}
                  </button>
                </>
              ) : null}
            </div>
          </div>
          {!props.loading && !items.length ? (
            <p class="lbl-empty">
              {t(
                total
                  ? quotes
                    ? 'library.noMatchQuotes'
                    : 'library.noMatchStarred'
                  : quotes
                    ? 'library.emptyQuotes'
                    : 'library.emptyStarred',
              )}
            </p>
          ) : (
            <WindowedList items={items} keyOf={keyOf} render={render} label={t(quotes ? 'library.quotes' : 'library.starredEntries')} resetKey={`${view}\n${JSON.stringify(f)}`} />
          )}
        </main>
      </div>
      {props.undo ? <UndoToast message={props.undo.message} onUndo={props.onUndo} onDismiss={props.onDismissUndo} /> : null}
    </div>
  );
}
