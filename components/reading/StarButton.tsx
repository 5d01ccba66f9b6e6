// The per-entry star toggle: a view only. It is drawn inside the entry's private root, and the
// reader's clicks reach it through the one delegated listener (trusted clicks only), so it
// carries no handler of its own. Its CSS (ENTRY_TOOLS_CSS) draws the star and the status mark,
// so it adds no text and no other node to the entry.
import { ACTION, ATTR } from '@/lib/page-contract';

/** An entry's status mark: new since the last visit, read, or none. */
export type EntryStatus = 'new' | 'read' | null;

/** Props of the star toggle. */
export interface StarButtonProps {
  starred: boolean;
  /** True while the change is being saved (shown, and announced as busy). */
  busy?: boolean;
  status?: EntryStatus;
}

const STATUS_TEXT: Record<Exclude<EntryStatus, null>, { mark: string; said: string }> = {
  new: { mark: 'New', said: 'new since your last visit' },
  read: { mark: '✓', said: 'read' },
};

/**
 * A real toggle button (`aria-pressed`), keyboard reachable. Its name says what it does and, in
 * words, the entry's status ("Star this entry, new since your last visit, toggle button, pressed").
 */
export function StarButton({ starred, busy = false, status = null }: StarButtonProps) {
  const text = status ? STATUS_TEXT[status] : null;
  return (
    <button
      type="button"
      class="star"
      data-lbl-action={ACTION.star}
      {...{ [ATTR.badge]: status ?? undefined, 'data-mark': text?.mark }}
      aria-pressed={starred ? 'true' : 'false'}
      aria-busy={busy ? 'true' : undefined}
      aria-label={text ? `Star this entry, ${text.said}` : 'Star this entry'}
      title={starred ? 'Starred: click to unstar' : 'Star this entry'}
    />
  );
}
