// The per-entry star toggle.
import { ACTION } from '@/lib/page-contract';
import { useT } from '../i18n';

/** Props of the star toggle: its state in, the click out. */
export interface StarButtonProps {
  starred: boolean;
  /** True while the change is being saved (shown, and announced as busy). */
  busy?: boolean;
  onToggle(next: boolean): void;
}

/**
 * The per-entry star: a real toggle button (`aria-pressed`), keyboard reachable, with a constant
 * label so a screen reader says "Star this entry, toggle button, pressed". The icon is an SVG, so
 * the button adds no text to the entry.
 */
export function StarButton({ starred, busy = false, onToggle }: StarButtonProps) {
  const { t, lang } = useT();
  return (
    <button
      type="button"
      data-lbl-action={ACTION.star}
      lang={lang}
      aria-pressed={starred ? 'true' : 'false'}
      aria-busy={busy ? 'true' : undefined}
      aria-label={t('entry.star.label')}
      title={t(starred ? 'entry.star.starredTitle' : 'entry.star.label')}
      onClick={() => onToggle(!starred)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3.2l2.7 5.6 6.1.8-4.5 4.2 1.1 6-5.4-2.9-5.4 2.9 1.1-6-4.5-4.2 6.1-.8z" />
      </svg>
    </button>
  );
}
