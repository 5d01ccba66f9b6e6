// The reader view's filters: search, order, key events only, unread only, starred only, and the
// speakers with their counts over the whole blog (the panel's own list, `data-lbl-speaker`).
// Props in, choices out.
import { useId } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { SpeakerList } from '@/components/panel';
import { ACTION } from '@/lib/page-contract';
import type { Direction } from '@/lib/reader-view/blog';
import type { ViewFilter } from '@/lib/reader-view/filter';
import type { SpeakerCount } from '@/lib/types';

/** Props of the filters. */
export interface FiltersProps {
  filter: ViewFilter;
  onFilter(next: ViewFilter): void;
  speakers: readonly SpeakerCount[];
  order: Direction;
  onOrder(order: Direction): void;
  /** False while the reading state is unavailable: no unread / starred filters then. */
  reading: boolean;
}

/** A pressed-or-not toggle button (the test contract's `key-events` is one). */
function Toggle({ action, label, on, onChange }: { action: string; label: string; on: boolean; onChange(on: boolean): void }) {
  return (
    <button type="button" class="toggle" data-lbl-action={action} aria-pressed={on} onClick={() => onChange(!on)}>
      {label}
    </button>
  );
}

/** The filters column (a sidebar when wide, a disclosure when narrow: the view decides). */
export function Filters({ filter, onFilter, speakers, order, onOrder, reading }: FiltersProps) {
  const { t } = useT();
  const searchId = useId();
  const orderName = useId();
  const toggleSpeaker = (name: string) => {
    const next = new Set(filter.speakers);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    onFilter({ ...filter, speakers: next });
  };
  return (
    <div class="filters">
      <p class="search">
        <label for={searchId}>{t('readerView.search')}</label>
        <input
          id={searchId}
          type="search"
          placeholder={t('readerView.searchPlaceholder')}
          value={filter.query}
          onInput={(e) => onFilter({ ...filter, query: (e.currentTarget as HTMLInputElement).value })}
        />
      </p>
      <fieldset class="order">
        <legend>{t('readerView.order')}</legend>
        {(['newest', 'oldest'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name={orderName} value={value} checked={order === value} onChange={() => onOrder(value)} />
            {value === 'newest' ? t('readerView.newest') : t('readerView.oldest')}
          </label>
        ))}
      </fieldset>
      <div class="toggles">
        <Toggle action={ACTION.keyEvents} label={t('readerView.keyEvents')} on={filter.keyEvents} onChange={(keyEvents) => onFilter({ ...filter, keyEvents })} />
        {reading && (
          <>
            <Toggle action={ACTION.unreadOnly} label={t('readerView.unreadOnly')} on={filter.unreadOnly} onChange={(unreadOnly) => onFilter({ ...filter, unreadOnly })} />
            <Toggle action={ACTION.starredOnly} label={t('readerView.starredOnly')} on={filter.starredOnly} onChange={(starredOnly) => onFilter({ ...filter, starredOnly })} />
          </>
        )}
      </div>
      <SpeakerList
        speakers={speakers}
        selected={filter.speakers}
        onToggle={toggleSpeaker}
        onAll={() => onFilter({ ...filter, speakers: new Set() })}
      />
    </div>
  );
}
