// The panel's reading section: new since the last visit, next unread, mark all read, jump to the
// latest entry. It tells the reader's history, so the reader draws it in a private root (closed to
// the page), never in the panel's open one. Nothing here hides entries: filters by reading state
// would show the page what the reader has read or starred; they live in the reader view.
import { useId } from 'preact/hooks';
import { ACTION } from '@/lib/page-contract';
import { useT } from '../i18n';

export interface ReadingToolsProps {
  /** Entries not read yet, and those new since the reader's last visit. */
  unread: number;
  fresh: number;
  /** Scrolls to the first entry new since the last visit. */
  onFirstNew(): void;
  onNextUnread(): void;
  onMarkAllRead(): void;
  /** Scrolls to the newest entry. */
  onLatest(): void;
  /** Said politely to screen readers (after mark all read). */
  announcement?: string;
}

/** The reading section (drawn only when the reading state is available). */
export function ReadingTools(props: ReadingToolsProps) {
  const headingId = useId();
  const { t, plural } = useT();
  const { fresh, unread } = props;
  return (
    <section class="reading" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('panel.reading.heading')}</h3>
      <p>{fresh > 0 ? plural('panel.reading.fresh', fresh) : t('panel.reading.noneNew')}</p>
      <div class="row">
        {fresh > 0 && (
          <button type="button" class="action" data-lbl-action={ACTION.jumpNew} onClick={props.onFirstNew}>
            {t('panel.reading.firstNew')}
          </button>
        )}
        <button type="button" class="action" data-lbl-action={ACTION.nextUnread} disabled={unread === 0} onClick={props.onNextUnread}>
          {unread > 0 ? plural('panel.reading.nextUnreadLeft', unread) : t('panel.reading.nextUnread')}
        </button>
        <button type="button" class="action" data-lbl-action={ACTION.markAllRead} disabled={unread === 0} onClick={props.onMarkAllRead}>
          {t('panel.reading.markAllRead')}
        </button>
        <button type="button" class="action" data-lbl-action={ACTION.jumpLatest} onClick={props.onLatest}>
          {t('panel.reading.latest')}
        </button>
      </div>
      <p class="sr-only" role="status" aria-live="polite">
        {props.announcement ?? ''}
      </p>
    </section>
  );
}
