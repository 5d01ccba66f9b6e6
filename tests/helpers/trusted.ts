// Events as the reader makes them. happy-dom has no trusted events (`isTrusted` is missing), and
// the reader's controls act only on trusted ones (issue 14, finding 6), so a test marks the events
// that stand for the reader's own input; a page script's `click()` or `dispatchEvent` never is.

/** Marks `event` trusted and returns it. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click as the reader makes one. */
export function readerClick(el: Element): void {
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
}

/** A keydown as the reader makes one; returns the event (to check `defaultPrevented`). */
export function readerKey(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = trusted(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }));
  target.dispatchEvent(event);
  return event;
}
