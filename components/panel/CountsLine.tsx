// The panel's first line: how many entries the filters leave on screen, of how many.
export interface CountsLineProps {
  shown: number;
  total: number;
  filtering: boolean;
}

/** "Showing 3 of 12 entries", announced politely as filters and live updates change it. */
export function CountsLine({ shown, total, filtering }: CountsLineProps) {
  const noun = total === 1 ? 'entry' : 'entries';
  return (
    <p class="counts" role="status" aria-live="polite">
      {filtering || shown !== total ? `Showing ${shown} of ${total} ${noun}` : `Showing all ${total} ${noun}`}
    </p>
  );
}
