// The per-entry star toggle: a view only. It is drawn inside the entry's private root, and the
// reader's clicks reach it through the one delegated listener (trusted clicks only), so it
// carries no handler of its own.
import { ACTION } from '@/lib/page-contract';

/** Props of the star toggle. */
export interface StarButtonProps {
  starred: boolean;
  /** True while the change is being saved (shown, and announced as busy). */
  busy?: boolean;
}

/**
 * A real toggle button (`aria-pressed`), keyboard reachable, with a constant label so a screen
 * reader says "Star this entry, toggle button, pressed". The icon is an SVG, so the button adds
 * no text to the entry.
 */
export function StarButton({ starred, busy = false }: StarButtonProps) {
  return (
    <button
      type="button"
      class="star"
      data-lbl-action={ACTION.star}
      aria-pressed={starred ? 'true' : 'false'}
      aria-busy={busy ? 'true' : undefined}
      aria-label="Star this entry"
      title={starred ? 'Starred: click to unstar' : 'Star this entry'}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3.2l2.7 5.6 6.1.8-4.5 4.2 1.1 6-5.4-2.9-5.4 2.9 1.1-6-4.5-4.2 6.1-.8z" />
      </svg>
    </button>
  );
}
