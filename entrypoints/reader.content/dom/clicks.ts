// One click listener for every control of ours on every entry (event delegation): a blog of
// 20,000 entries gets one listener, not one per star and chip (issue 12). And only the reader
// acts for the reader: a click a page script made (`click()`, `dispatchEvent`) is not trusted
// and does nothing (issue 14, finding 6), whatever it can reach.
//
// Roots that hold the reader's state are closed, so the event's path stops at their host; the
// control is then the one focused (a keyboard click) or the one under the pointer.
import { ATTR } from '@/lib/page-contract';

/** What a click inside one of our hosts reached: the control (null when none could be told). */
export type HostClickHandler = (control: Element | null, event: MouseEvent) => void;

/** The delegate: hosts come and go, the listener stays. */
export interface ClickDelegate {
  add(host: Element, root: ShadowRoot, handler: HostClickHandler): void;
  remove(host: Element): void;
}

const CONTROL = `button, a[href], [${ATTR.action}]`;

function controlOf(root: ShadowRoot, inside: readonly EventTarget[], event: MouseEvent): Element | null {
  for (const target of inside) {
    if ((target as Node).nodeType === 1 && (target as Element).matches(CONTROL) && root.contains(target as Node)) return target as Element;
  }
  // A closed root: the path ends at the host.
  const at = event.detail === 0 ? root.activeElement : root.elementFromPoint?.(event.clientX, event.clientY) ?? null;
  return at?.closest(CONTROL) ?? null;
}

/** Listens on the window (capture: before the site's own listeners) until `signal` aborts. */
export function createClickDelegate(doc: Document, signal: AbortSignal): ClickDelegate {
  const hosts = new WeakMap<Element, { root: ShadowRoot; handler: HostClickHandler }>();
  const onClick = (event: MouseEvent) => {
    const path = event.composedPath();
    const at = path.findIndex((target) => hosts.has(target as Element));
    if (at < 0) return;
    const host = path[at] as Element;
    // The site's own handlers never see clicks on our controls (an entry that is a link stays put).
    event.stopPropagation();
    if (event.isTrusted !== true) return;
    const { root, handler } = hosts.get(host)!;
    handler(controlOf(root, path.slice(0, at), event), event);
  };
  (doc.defaultView ?? window).addEventListener('click', onClick, { capture: true, signal });
  return {
    add: (host, root, handler) => void hosts.set(host, { root, handler }),
    remove: (host) => void hosts.delete(host),
  };
}
