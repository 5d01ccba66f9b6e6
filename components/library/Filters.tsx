// Filters by speaker, blog, site and date range, each option with the number of items it would
// show under the other filters. Plain <select>s: keyboard and screen-reader behaviour for free.
import type { JSX } from 'preact';
import type { FacetValue, Facets, FilterValues } from '@/lib/library/filter';

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
  onChange(value: string | null): void;
}): JSX.Element {
  const total = props.options.reduce((n, o) => n + o.count, 0);
  return (
    <div class="lbl-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ALL}
        onChange={(e) => props.onChange(e.currentTarget.value === ALL ? null : e.currentTarget.value)}
      >
        <option value={ALL}>{`${props.all} (${total})`}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>{`${o.label} (${o.count})`}</option>
        ))}
      </select>
    </div>
  );
}

/** The filter sidebar. */
export function Filters(props: FiltersProps): JSX.Element {
  const v = props.values;
  const active = v.speaker !== null || v.blog !== null || v.site !== null || v.from !== '' || v.to !== '';
  return (
    <form class="lbl-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <h2 class="lbl-filters-title">Filters</h2>
      <FacetSelect id="lbl-filter-speaker" label="Speaker" all="All speakers" value={v.speaker} options={props.facets.speakers} onChange={(speaker) => props.onChange({ speaker })} />
      <FacetSelect id="lbl-filter-blog" label="Blog" all="All blogs" value={v.blog} options={props.facets.blogs} onChange={(blog) => props.onChange({ blog })} />
      <FacetSelect id="lbl-filter-site" label="Site" all="All sites" value={v.site} options={props.facets.sites} onChange={(site) => props.onChange({ site })} />
      <fieldset class="lbl-dates">
        <legend>Date of the entry</legend>
        <div class="lbl-field">
          <label for="lbl-filter-from">From</label>
          <input id="lbl-filter-from" type="date" value={v.from} max={v.to || undefined} onInput={(e) => props.onChange({ from: e.currentTarget.value })} />
        </div>
        <div class="lbl-field">
          <label for="lbl-filter-to">To</label>
          <input id="lbl-filter-to" type="date" value={v.to} min={v.from || undefined} onInput={(e) => props.onChange({ to: e.currentTarget.value })} />
        </div>
      </fieldset>
      <button type="button" onClick={props.onClear} disabled={!active && !v.search}>
        Clear filters
      </button>
    </form>
  );
}
