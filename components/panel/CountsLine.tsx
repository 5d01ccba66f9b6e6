// The panel's first line: how many entries the filters leave on screen, of how many.
import { useT } from '../i18n';

export interface CountsLineProps {
  shown: number;
  total: number;
  filtering: boolean;
}

/** "Showing 3 of 12 entries", announced politely as filters and live updates change it. */
export function CountsLine({ shown, total, filtering }: CountsLineProps) {
  const { plural, number } = useT();
  return (
    <p class="counts" role="status" aria-live="polite">
      {filtering || shown !== total ? plural('panel.counts.some', total, { shown: number(shown) }) : plural('panel.counts.all', total)}
    </p>
  );
}
