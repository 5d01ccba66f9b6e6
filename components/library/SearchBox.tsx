// Search as you type. Escape clears; the page's "/" shortcut focuses it (see LibraryApp).
import type { JSX } from 'preact';
import { useT } from '../i18n';

/** Props of `SearchBox`. */
export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** The list searched, for the placeholder. */
  view: 'quotes' | 'starred';
}

/** The library's search field. */
export function SearchBox(props: SearchBoxProps): JSX.Element {
  const { t } = useT();
  return (
    <div class="lbl-search" role="search">
      <label for="lbl-search-input">{t('library.search.label')}</label>
      <input
        id="lbl-search-input"
        type="search"
        value={props.value}
        placeholder={t(props.view === 'quotes' ? 'library.search.placeholderQuotes' : 'library.search.placeholderStarred')}
        maxLength={500}
        autoComplete="off"
        spellcheck={false}
        aria-keyshortcuts="/"
        onInput={(e) => props.onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && props.value) {
            e.preventDefault();
            props.onChange('');
          }
        }}
      />
    </div>
  );
}
