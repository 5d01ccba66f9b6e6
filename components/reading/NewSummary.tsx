// The "n new entries since your last visit" notice.
import { ACTION } from '@/lib/page-contract';

/** Props of the "new since your last visit" notice. */
export interface NewSummaryProps {
  /** Entries new since the last visit. */
  count: number;
  onJump(): void;
  onMarkAllRead(): void;
  onDismiss(): void;
}

/** A small notice: how many entries are new since the last visit, a jump to the first, mark all read. */
export function NewSummary({ count, onJump, onMarkAllRead, onDismiss }: NewSummaryProps) {
  return (
    <div class="summary" role="region" aria-label="New entries" data-lbl-new-count={count}>
      <span class="summary-text">{count === 1 ? '1 new entry' : `${count} new entries`} since your last visit</span>
      <button type="button" data-lbl-action={ACTION.jumpNew} onClick={onJump}>
        Jump to first
      </button>
      <button type="button" data-lbl-action={ACTION.markAllRead} onClick={onMarkAllRead}>
        Mark all read
      </button>
      <button type="button" class="close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
