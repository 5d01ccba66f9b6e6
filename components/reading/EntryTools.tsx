// An entry's own controls and marks, drawn inside its private root as ONE element: the star
// button, whose CSS draws the star and, to its left, "New" (since the last visit) or a quiet tick
// (read). One node per entry keeps a 20,000-entry blog light, and the box is the same size
// whatever it shows (ENTRY_TOOLS_CSS), so a page measuring the host learns nothing.
import { StarButton } from './StarButton';

/** Props of an entry's tools: the reader's state of this entry. */
export interface EntryToolsProps {
  starred: boolean;
  /** New since the reader's last visit. */
  fresh: boolean;
  read: boolean;
  busy: boolean;
}

/** The star of one entry, carrying the entry's status mark. */
export function EntryTools({ starred, fresh, read, busy }: EntryToolsProps) {
  return <StarButton starred={starred} busy={busy} status={fresh ? 'new' : read ? 'read' : null} />;
}
