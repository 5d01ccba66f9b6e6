// An entry's own controls and marks, drawn inside its private root: "New" (since the last
// visit) or a quiet tick (read), and the star. The box is the same size whatever they show
// (ENTRY_TOOLS_CSS), so a page measuring the host learns nothing.
import { ATTR } from '@/lib/page-contract';
import { StarButton } from './StarButton';

/** Props of an entry's tools: the reader's state of this entry. */
export interface EntryToolsProps {
  starred: boolean;
  /** New since the reader's last visit. */
  fresh: boolean;
  read: boolean;
  busy: boolean;
}

/** The status mark and the star of one entry. */
export function EntryTools({ starred, fresh, read, busy }: EntryToolsProps) {
  return (
    <>
      <span class="status">
        {fresh ? (
          <span class="new" {...{ [ATTR.badge]: 'new' }} title="New since your last visit">
            New
          </span>
        ) : read ? (
          <span class="read" role="img" aria-label="Read" title="Read">
            ✓
          </span>
        ) : null}
      </span>
      <StarButton starred={starred} busy={busy} />
    </>
  );
}
