// The "n new" marker beside the panel's tab: how many entries are new and unread (since the last
// visit, or since the page opened); a click goes to them. It is drawn in a private root: the count
// tells the reader's history. Mark all read and the rest are in the panel.
import { ACTION } from '@/lib/page-contract';
import { useT } from '../i18n';

/** Props of the new-entries marker. */
export interface NewSummaryProps {
  /** New entries since the last visit, not read yet. */
  fresh: number;
  /** Entries that arrived while the page was open, not read yet. */
  arrived: number;
  onJump(): void;
}

/** A small button: "3 new"; its name says since when. */
export function NewSummary({ fresh, arrived, onJump }: NewSummaryProps) {
  const { plural, lang } = useT();
  const count = fresh + arrived;
  const label = [fresh > 0 && plural('panel.notice.fresh', fresh), arrived > 0 && plural('panel.notice.arrived', arrived)].filter(Boolean).join('; ');
  return (
    <button type="button" class="summary" lang={lang} data-lbl-action={ACTION.jumpNew} data-lbl-new-count={count} aria-label={label} title={label} onClick={onJump}>
      {plural('panel.notice.short', count)}
    </button>
  );
}
