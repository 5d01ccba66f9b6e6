// The line above the entries: how many show of how many, and every filter that is on, each with a
// button that turns it off, plus "Show all". Filters are never invisible (issue 13, point 1).
import { ACTION } from '@/lib/page-contract';
import { type ActiveFilter, activeFilters, NO_VIEW_FILTER, type ViewFilter, withoutFilter } from '@/lib/reader-view/filter';
import { type Translator, useT } from '@/components/i18n';

/** Props of the counts and active-filters line. */
export interface ActiveFiltersProps {
  filter: ViewFilter;
  shown: number;
  total: number;
  onFilter(next: ViewFilter): void;
}

function label(t: Translator['t'], part: ActiveFilter): string {
  switch (part.kind) {
    case 'speaker':
      return part.name;
    case 'key-events':
      return t('readerView.filterKeyEvents');
    case 'unread':
      return t('readerView.filterUnread');
    case 'starred':
      return t('readerView.filterStarred');
    case 'query':
      return t('readerView.filterQuery', { query: part.query });
  }
}

/** "Showing 3 of 42 entries · Key events × · Anna Keller × · Show all". */
export function ActiveFilters({ filter, shown, total, onFilter }: ActiveFiltersProps) {
  const { t, plural, number } = useT();
  const parts = activeFilters(filter);
  const filtering = parts.length > 0 || shown !== total;
  return (
    <div class="active-filters">
      <p class="counts" role="status" aria-live="polite">
        {filtering ? plural('readerView.showingSome', total, { shown: number(shown) }) : plural('readerView.showingAll', total)}
      </p>
      {parts.length > 0 && (
        <ul class="on">
          {parts.map((part) => (
            <li key={`${part.kind}:${part.kind === 'speaker' ? part.name : ''}`}>
              <button type="button" class="on-filter" aria-label={t('readerView.removeFilter', { name: label(t, part) })} onClick={() => onFilter(withoutFilter(filter, part))}>
                {label(t, part)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" class="link" data-lbl-action={ACTION.clearFilters} onClick={() => onFilter({ ...NO_VIEW_FILTER, speakers: new Set() })}>
              {t('readerView.showAll')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
