// Only the reader acts for the reader (issue 14, finding 6). A page script can reach our open
// panel root and the tab in the light DOM and call `click()`, `requestSubmit()` or dispatch any
// event it likes; those events are never trusted. This guard sits in the capture phase on our hosts
// and roots, before any handler of ours, and drops every untrusted event that could act: its
// default action too (a scripted click must not tick a checkbox or submit a form).

/** The events our controls act on. */
const ACTING = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress',
  'input', 'change', 'submit', 'beforeinput'] as const;

/** True when the browser made this event from the reader's own input (or from the extension's code). */
export const isTrusted = (event: Event): boolean => event.isTrusted === true;

/** Drops untrusted acting events at `targets` (hosts and roots of ours) until `signal` aborts. */
export function acceptOnlyTrusted(targets: readonly EventTarget[], signal: AbortSignal): void {
  const drop = (event: Event) => {
    if (isTrusted(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const target of targets) for (const type of ACTING) target.addEventListener(type, drop, { capture: true, signal });
}
