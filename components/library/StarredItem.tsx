// One starred entry: its title and text snippet, speakers, time and blog, a link to the entry,
// select and unstar. Page text is rendered as text nodes only.
import type { JSX } from 'preact';
import type { LibraryItem } from '@/lib/library/items';
import { useT } from '../i18n';
import { ItemMeta, OpenLink, SelectBox, shortText } from './ItemMeta';

/** Props of `StarredItem`. */
export interface StarredItemProps {
  item: LibraryItem;
  selected: boolean;
  onSelect(key: string, selected: boolean): void;
  /** Unstar (removes it from the list; undoable). */
  onDelete(key: string): void;
  timeZone?: string;
}

/** A starred entry in the library list. */
export function StarredItem(props: StarredItemProps): JSX.Element {
  const { t } = useT();
  const { item } = props;
  const name = shortText(item.title || item.text);
  return (
    <article class="lbl-item lbl-item-entry" aria-label={t('library.item.starredLabel', { name })}>
      <SelectBox label={t('library.item.selectEntry', { name })} itemKey={item.key} selected={props.selected} onSelect={props.onSelect} />
      <div class="lbl-item-body">
        {item.title ? (
          <h3 class="lbl-entry-title" dir="auto">
            {item.title}
          </h3>
        ) : null}
        {item.text ? (
          <p class="lbl-text" dir="auto">
            {item.text}
          </p>
        ) : null}
        <ItemMeta item={item} timeZone={props.timeZone} />
        <div class="lbl-actions">
          <OpenLink link={item.link} name={name} />
          <button type="button" class="lbl-danger" aria-label={t('library.item.unstarEntry', { name })} onClick={() => props.onDelete(item.key)}>
            {t('library.item.unstar')}
          </button>
        </div>
      </div>
    </article>
  );
}
