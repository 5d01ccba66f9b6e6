// The per-entry star toggle: a view only. It is drawn inside the entry's private root, and the
// reader's clicks reach it through the one delegated listener (trusted clicks only), so it
// carries no handler of its own. Its CSS (ENTRY_TOOLS_CSS) draws the star and the status mark,
// so it adds no text and no other node to the entry.
import { ACTION, ATTR } from '@/lib/page-contract';
import { useT } from '../i18n';

/** An entry's status mark: new since the last visit, read, or none. */
export type EntryStatus = 'new' | 'read' | null;

/** Props of the star toggle. */
export interface StarButtonProps {
  starred: boolean;
  /** True while the change is being saved (shown, and announced as busy). */
  busy?: boolean;
  status?: EntryStatus;
  /**
   * Only where no page can reach the button (the reader view, an extension page): its own click
   * handler. In a news page the delegated listener takes the clicks instead (trusted ones only).
   */
  onToggle?(next: boolean): void;
}

/** The read mark is a tick, in every language. */
const READ_MARK = '✓';

/**
 * A real toggle button (`aria-pressed`), keyboard reachable. Its name says what it does and, in
 * words, the entry's status ("Star this entry, new since your last visit, toggle button, pressed").
 */
export function StarButton({ starred, busy = false, status = null, onToggle }: StarButtonProps) {
  const { t, lang } = useT();
  const mark = status === 'new' ? t('entry.newBadge.text') : status === 'read' ? READ_MARK : undefined;
  const label = status === 'new' ? t('entry.star.labelNew') : status === 'read' ? t('entry.star.labelRead') : t('entry.star.label');
  return (
    <button
      type="button"
      class="star"
      lang={lang}
      data-lbl-action={ACTION.star}
      {...{ [ATTR.badge]: status ?? undefined, 'data-mark': mark }}
      aria-pressed={starred ? 'true' : 'false'}
      aria-busy={busy ? 'true' : undefined}
      aria-label={label}
      title={t(starred ? 'entry.star.starredTitle' : 'entry.star.label')}
      onClick={onToggle && (() => onToggle(!starred))}
    >
      {/* The reader view draws its star from an icon; in a news page the CSS draws it (no node). */}
      {onToggle && (
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3.2l2.7 5.6 6.1.8-4.5 4.2 1.1 6-5.4-2.9-5.4 2.9 1.1-6-4.5-4.2 6.1-.8z" />
        </svg>
      )}
    </button>
  );
}
