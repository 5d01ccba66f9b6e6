// Search as you type. Escape clears; the page's "/" shortcut focuses it (see LibraryApp).
import type { JSX } from 'preact';

/** Props of `SearchBox`. */
export interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** What is searched, for the placeholder ("quotes", "starred entries"). */
  what: string;
}

/** The library's search field. */
export function SearchBox(props: SearchBoxProps): JSX.Element {
  return (
    <div class="lbl-search" role="search">
      <label for="lbl-search-input">Search</label>
      <input
        id="lbl-search-input"
        type="search"
        value={props.value}
        placeholder={`Words in ${props.what}, speakers, blog titles`}
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
