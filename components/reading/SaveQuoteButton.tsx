// The floating "Save quote" button next to a selection.
import { ACTION } from '@/lib/page-contract';
import { useT, type PlainKey } from '../i18n';

/** What the button shows: offering to save, saving, or the outcome. */
export type SaveQuoteStatus = 'idle' | 'saving' | 'saved' | 'not-stored' | 'failed';

/** Props of the floating "Save quote" button. */
export interface SaveQuoteButtonProps {
  /** The speaker it will be saved with, when known. */
  speaker: string | null;
  status: SaveQuoteStatus;
  onSave(): void;
}

const LABELS: Record<SaveQuoteStatus, PlainKey> = {
  idle: 'saveQuote.button',
  saving: 'common.saving',
  saved: 'common.saved',
  'not-stored': 'saveQuote.notStored',
  failed: 'saveQuote.failed',
};

/** The button next to a selection. Its mousedown keeps the page's selection (no focus theft). */
export function SaveQuoteButton({ speaker, status, onSave }: SaveQuoteButtonProps) {
  const { t, lang } = useT();
  const label = t(LABELS[status]);
  return (
    <button
      type="button"
      class={`save status-${status}`}
      data-lbl-action={ACTION.saveQuote}
      lang={lang}
      disabled={status !== 'idle'}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onSave}
    >
      {label}
      {status === 'idle' && speaker && (
        <span class="speaker">
          {' · '}
          <bdi>{speaker}</bdi>
        </span>
      )}
    </button>
  );
}

/** Said next to a selection that cannot be saved (words in two entries): why, in a polite status. */
export function SaveQuoteNote({ text }: { text: string }) {
  const { lang } = useT();
  return (
    <p class="note" role="status" lang={lang}>
      {text}
    </p>
  );
}
