// Filters by speaker, blog, site and date range, each option with the number of items it would
// show under the other filters. Plain <select>s: keyboard and screen-reader behaviour for free.
import type { JSX } from 'preact';
import type { FacetValue, Facets, FilterValues } from '@/lib/library/filter';
import { isolate } from '@/lib/library/format';
import { useT } from '../i18n';

/** Props of `Filters`. */
export interface FiltersProps {
  values: FilterValues;
  facets: Facets;
  onChange(patch: Partial<FilterValues>): void;
  onClear(): void;
}

// A value no option can have stands for "all" ('' is taken: it means "no speaker").
const ALL = ' all'; // folded speakers are trimmed, blog keys are URLs, sites have no spaces

function FacetSelect(props: {
  id: string;
  label: string;
  all: string;
  value: string | null;
  options: FacetValue[];
  /** The label of the option whose value is '' (items without a speaker). */
  none?: string;
  onChange(value: string | null): void;
}): JSX.Element {
  const { t, number } = useT();
  const total = props.options.reduce((n, o) => n + o.count, 0);
  return (
    <div class="lbl-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ALL}
        onChange={(e) => props.onChange(e.currentTarget.value === ALL ? null : e.currentTarget.value)}
      >
        <option value={ALL}>{t('library.filters.option', { label: props.all, count: number(total) })}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {t('library.filters.option', { label: o.value === '' && props.none ? props.none : isolate(o.label), count: number(o.count) })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filter sidebar. */
export function Filters(props: FiltersProps): JSX.Element {
  const { t } = useT();
  const v = props.values;
  const active = v.speaker !== null || v.blog !== null || v.site !== null || v.from !== '' || v.to !== '';
  return (
    <form class="lbl-filters" aria-label={t('library.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <h2 class="lbl-filters-title">{t('library.filters.heading')}</h2>
      <FacetSelect
        id="lbl-filter-speaker"
        label={t('library.filters.speaker')}
        all={t('library.filters.allSpeakers')}
        none={t('library.filters.noSpeaker')}
        value={v.speaker}
        options={props.facets.speakers}
        onChange={(speaker) => props.onChange({ speaker })}
      />
      <FacetSelect id="lbl-filter-blog" label={t('library.filters.blog')} all={t('library.filters.allBlogs')} value={v.blog} options={props.facets.blogs} onChange={(blog) => props.onChange({ blog })} />
      <FacetSelect id="lbl-filter-site" label={t('library.filters.site')} all={t('library.filters.allSites')} value={v.site} options={props.facets.sites} onChange={(site) => props.onChange({ site })} />
      <fieldset class="lbl-dates">
        <legend>{t('library.filters.dates')}</legend>
        <div class="lbl-field">
          <label for="lbl-filter-from">{t('library.filters.from')}</label>
          <input id="lbl-filter-from" type="date" value={v.from} max={v.to || undefined} onInput={(e) => props.onChange({ from: e.currentTarget.value })} />
        </div>
        <div class="lbl-field">
          <label for="lbl-filter-to">{t('library.filters.to')}</label>
          <input id="lbl-filter-to" type="date" value={v.to} min={v.from || undefined} onInput={(e) => props.onChange({ to: e.currentTarget.value })} />
        </div>
      </fieldset>
      <button type="button" onClick={props.onClear} disabled={!active && !v.search}>
        {t('library.filters.clear')}
      </button>
    </form>
  );
}
