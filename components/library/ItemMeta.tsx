// The line under an item (speaker(s), the entry's time as the blog printed it and in the reader's
// zone, the blog and its site) and the row's selection box.
// Every string that came from a page sits in its own <bdi>, so right-to-left text (or an
// unterminated U+202E override in a hostile speaker name) never reorders the rest of the line
// (issue 14, finding 13).
import type { JSX } from 'preact';
import { zoneName } from '@/lib/library/citation';
import type { LibraryItem } from '@/lib/library/items';
import { siteDisplayName } from '@/lib/sites/display-names';
import { useT } from '../i18n';

/** A time with its zone's short name ("2 Jan 2024, 12:20 BST"), so it is never read in the wrong zone. */
export function useZonedTime(): (ms: number, timeZone?: string) => string {
  const { dateTime, locale } = useT();
  return (ms, timeZone) => {
    const zone = zoneName(ms, locale, timeZone);
    return zone ? `${dateTime(ms, timeZone)} ${zone}` : dateTime(ms, timeZone);
  };
}

/** Unicode isolates: a label from a page reads in its own direction without reordering the line (like <bdi>). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The entry's time as the library shows it: as the blog printed it beside the reader's own
 * ("12.20 BST on the blog · your time: 3 Dec 2026, 12:20 GMT"), or the one known; null when neither.
 */
export function useEntryTime(): (item: Pick<LibraryItem, 'time' | 'timeLabel'>, timeZone?: string, cite?: boolean) => string | null {
  const { t } = useT();
  const zoned = useZonedTime();
  return (item, timeZone, cite = false) => {
    const local = item.time !== null ? zoned(item.time, timeZone) : null;
    if (!item.timeLabel) return local;
    // Copied text (the citation) stays plain: isolates would travel invisibly into the reader's document.
    const label = cite ? item.timeLabel : isolate(item.timeLabel);
    if (local === null) return t('library.item.blogTimeOnly', { label });
    return t(cite ? 'library.item.citeTime' : 'library.item.blogTime', { label, local });
  };
}

/** The first words of a text, for accessible names ("Delete quote: We will fight…"). */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Who, when and where for one item. */
export function ItemMeta(props: { item: LibraryItem; timeZone?: string }): JSX.Element {
  const { t } = useT();
  const zoned = useZonedTime();
  const entryTime = useEntryTime();
  const { item } = props;
  const speakers = item.speakers.flatMap((name, i) => [i ? ', ' : null, <bdi key={i}>{name}</bdi>]);
  const kept = zoned(item.kept, props.timeZone);
  return (
    <p class="lbl-meta">
      {item.speakers.length ? <span class="lbl-speaker">{speakers}</span> : <span class="lbl-speaker lbl-none">{t('library.item.noSpeaker')}</span>}
      <span aria-hidden="true"> · </span>
      {item.time !== null || item.timeLabel ? (
        <time dateTime={item.entryTime ?? undefined}>{entryTime(item, props.timeZone)}</time>
      ) : (
        <span>{t(item.kind === 'quote' ? 'library.item.savedAt' : 'library.item.starredAt', { when: kept })}</span>
      )}
      <span aria-hidden="true"> · </span>
      <bdi class="lbl-blog">{item.blogTitle}</bdi>
      {item.site ? (
        <span class="lbl-site">
          {' ('}
          <bdi>{siteDisplayName(item.site)}</bdi>)
        </span>
      ) : null}
    </p>
  );
}

/** The checkbox that selects a row for bulk actions, named after the row. */
export function SelectBox(props: { label: string; itemKey: string; selected: boolean; onSelect(key: string, on: boolean): void }): JSX.Element {
  return (
    <input
      type="checkbox"
      class="lbl-select"
      checked={props.selected}
      aria-label={props.label}
      onChange={(e) => props.onSelect(props.itemKey, e.currentTarget.checked)}
    />
  );
}

/** "Open entry": the item's link in a new tab, when it has a safe one. */
export function OpenLink(props: { link: string | null; name: string }): JSX.Element | null {
  const { t } = useT();
  if (!props.link) return null;
  return (
    <a href={props.link} target="_blank" rel="noopener noreferrer" aria-label={t('library.item.openLabel', { name: props.name })}>
      {t('library.item.open')}
    </a>
  );
}
