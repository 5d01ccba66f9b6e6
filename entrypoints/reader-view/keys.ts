// The reader view's keys: Esc closes it (a field being typed in only loses focus first), j / k go
// to the next / previous entry, and Tab stays inside the view: the page behind is covered, and
// focus wandering into it would be lost to the reader.
import { isTyping } from '../reader.content/dom/keys';

/** What the keys do. */
export interface ViewKeyActions {
  close(): void;
  next(): void;
  previous(): void;
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Listens on the view's document until `signal` aborts. */
export function installViewKeys(actions: ViewKeyActions, signal: AbortSignal): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.key === 'Tab') return keepFocusInside(event);
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (isTyping(event)) (event.target as HTMLElement).blur();
        else actions.close();
      } else if (!isTyping(event) && !event.shiftKey && (event.key === 'j' || event.key === 'k')) {
        event.preventDefault();
        if (event.key === 'j') actions.next();
        else actions.previous();
      }
    },
    { signal },
  );
}

function keepFocusInside(event: KeyboardEvent): void {
  const all = Array.from(document.querySelectorAll<HTMLElement>(TABBABLE)).filter((el) => el.getClientRects().length > 0);
  if (!all.length) return;
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === document.body)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
