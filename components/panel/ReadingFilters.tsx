// The panel's reading-state section: unread only, starred only, next unread, first new entry.
import { useId } from 'preact/hooks';
import { useT } from '../i18n';

export interface ReadingFiltersProps {
  unreadOnly: boolean;
  starredOnly: boolean;
  /** Entries not read yet, and those new since the reader's last visit. */
  unread: number;
  fresh: number;
  onUnreadOnly(on: boolean): void;
  onStarredOnly(on: boolean): void;
  onNextUnread(): void;
  /** Scrolls to the first entry new since the last visit. */
  onFirstNew(): void;
}

/** A labelled checkbox. */
function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange(on: boolean): void }) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      {label}
    </label>
  );
}

/** The reading-state filters (drawn only when the reading state is available). */
export function ReadingFilters(props: ReadingFiltersProps) {
  const headingId = useId();
  const { t, plural } = useT();
  const { fresh, unread } = props;
  return (
    <section class="reading" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('panel.reading.heading')}</h3>
      {fresh > 0 && (
        <p>
          {plural('panel.reading.fresh', fresh)}{' '}
          <button type="button" class="action" onClick={props.onFirstNew}>
            {t('panel.reading.firstNew')}
          </button>
        </p>
      )}
      <Check label={t('panel.reading.unreadOnly')} checked={props.unreadOnly} onChange={props.onUnreadOnly} />
      <Check label={t('panel.reading.starredOnly')} checked={props.starredOnly} onChange={props.onStarredOnly} />
      <button type="button" class="action" disabled={unread === 0} onClick={props.onNextUnread}>
        {unread > 0 ? plural('panel.reading.nextUnreadLeft', unread) : t('panel.reading.nextUnread')}
      </button>
    </section>
  );
}
