// The line above the entries: how many show of how many, and every filter that is on, each with a
// button that turns it off, plus "Show all". Filters are never invisible (issue 13, point 1).
import { ACTION } from '@/lib/page-contract';
import { type ActiveFilter, activeFilters, NO_VIEW_FILTER, type ViewFilter, withoutFilter } from '@/lib/reader-view/filter';
import { S } from './strings';

/** Props of the counts and active-filters line. */
export interface ActiveFiltersProps {
  filter: ViewFilter;
  shown: number;
  total: number;
  onFilter(next: ViewFilter): void;
}

function label(part: ActiveFilter): string {
  switch (part.kind) {
    case 'speaker':
      return part.name;
    case 'key-events':
      return S.filterKeyEvents;
    case 'unread':
      return S.filterUnread;
    case 'starred':
      return S.filterStarred;
    case 'query':
      return S.filterQuery(part.query);
  }
}

/** "Showing 3 of 42 entries · Key events × · Anna Keller × · Show all". */
export function ActiveFilters({ filter, shown, total, onFilter }: ActiveFiltersProps) {
  const parts = activeFilters(filter);
  return (
    <div class="active-filters">
      <p class="counts" role="status" aria-live="polite">
        {S.showing(shown, total, parts.length > 0)}
      </p>
      {parts.length > 0 && (
        <ul class="on">
          {parts.map((part) => (
            <li key={`${part.kind}:${part.kind === 'speaker' ? part.name : ''}`}>
              <button type="button" class="on-filter" aria-label={S.removeFilter(label(part))} onClick={() => onFilter(withoutFilter(filter, part))}>
                {label(part)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" class="link" data-lbl-action={ACTION.clearFilters} onClick={() => onFilter({ ...NO_VIEW_FILTER, speakers: new Set() })}>
              {S.showAll}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
