// The line above the entries while a speaker filter is on: "Showing 3 of 42 · Rishi Sunak · Show
// all", so a reader who closed the panel still sees why the blog looks short, and undoes it here.
import { ACTION } from '@/lib/page-contract';
import { useT } from '../i18n';

export interface FilterBarProps {
  shown: number;
  total: number;
  /** The followed speakers, as the panel lists them. */
  speakers: readonly string[];
  onShowAll(): void;
}

/** The filter bar (drawn only while a filter is on). Names are isolated: a name's bidi marks stay in it. */
export function FilterBar({ shown, total, speakers, onShowAll }: FilterBarProps) {
  const { t, plural, number, lang } = useT();
  return (
    <div class="bar" lang={lang} role="status">
      <span>{plural('panel.counts.some', total, { shown: number(shown) })}</span>
      {speakers.map((name) => (
        <span key={name}>
          {' · '}
          <bdi class="who">{name}</bdi>
        </span>
      ))}
      {' · '}
      <button type="button" data-lbl-action={ACTION.showAll} onClick={onShowAll}>
        {t('panel.filterBar.showAll')}
      </button>
    </div>
  );
}
