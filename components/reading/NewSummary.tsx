// The "n new entries since your last visit" notice.
import { ACTION } from '@/lib/page-contract';
import { useT } from '../i18n';

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
  const { t, plural, lang } = useT();
  return (
    <div class="summary" lang={lang} role="region" aria-label={t('panel.notice.label')} data-lbl-new-count={count}>
      <span class="summary-text">{plural('panel.notice.fresh', count)}</span>
      <button type="button" data-lbl-action={ACTION.jumpNew} onClick={onJump}>
        {t('panel.notice.jump')}
      </button>
      <button type="button" data-lbl-action={ACTION.markAllRead} onClick={onMarkAllRead}>
        {t('panel.notice.markAllRead')}
      </button>
      <button type="button" class="close" aria-label={t('common.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
