// "Deleted 3 quotes. Undo": a polite live region, so the change is announced without moving
// focus; Ctrl+Z (Cmd+Z) also undoes while it shows (wired by the page).
import type { JSX } from 'preact';
import { useT } from '../i18n';

/** Props of `UndoToast`. */
export interface UndoToastProps {
  message: string;
  onUndo(): void;
  onDismiss(): void;
}

/** The undo notice. */
export function UndoToast(props: UndoToastProps): JSX.Element {
  const { t } = useT();
  return (
    <div class="lbl-toast" role="status">
      <span>{props.message}</span>
      <button type="button" onClick={props.onUndo} aria-keyshortcuts="Control+Z Meta+Z">
        {t('library.undo.button')}
      </button>
      <button type="button" onClick={props.onDismiss} aria-label={t('common.dismiss')}>
        ×
      </button>
    </div>
  );
}
