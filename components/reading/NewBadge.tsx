/** "New": the entry appeared since the reader's last visit to this blog. */
export function NewBadge() {
  return (
    <span data-lbl-badge="new" title="New since your last visit">
      New
    </span>
  );
}
