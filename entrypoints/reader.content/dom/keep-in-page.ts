// A page may remove our hosts (a framework re-rendering <body>, or a script on purpose: issue 14,
// finding 5). The panel, its tab and the reading layer must come back, or the reader is left
// without them and Alt+Shift+S does nothing. A page that removes them again each time would start a
// tug of war; after a few quick returns each one waits longer (up to half a minute). A page that
// rendered its body again from a copy also copied our host's light DOM (a tab that does nothing):
// those dead copies go when ours comes back.
import { ATTR, SELECT, type UiPart } from '@/lib/page-contract';

const QUICK_RETURNS = 4;
const CALM_MS = 10_000;
const LONGEST_WAIT_MS = 30_000;

/** Watches where `host` should be (`place` appends it there) and puts it back until `signal` aborts. */
export function keepInPage(doc: Document, host: Element, place: () => void, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win) return;
  let returns = 0;
  let lastReturn = 0;
  let timer = 0;
  const watched = new Set<Node>();
  const observer = new win.MutationObserver(() => check());
  // Not the subtree (a live blog changes all the time): the document element, the body, and the
  // host's own parent are enough to see it go.
  const watch = () => {
    for (const node of [doc.documentElement, doc.body, host.parentNode]) {
      if (node && !watched.has(node)) {
        watched.add(node);
        observer.observe(node, { childList: true });
      }
    }
  };
  const restore = () => {
    timer = 0;
    if (signal.aborted || host.isConnected) return;
    place();
    const part = host.getAttribute(ATTR.ui);
    if (part) for (const copy of doc.querySelectorAll(SELECT.ui(part as UiPart))) if (copy !== host) copy.remove();
    lastReturn = Date.now();
    watch();
  };
  const check = () => {
    if (signal.aborted || host.isConnected || timer) return;
    if (Date.now() - lastReturn > CALM_MS) returns = 0;
    returns++;
    const wait = returns <= QUICK_RETURNS ? 0 : Math.min(LONGEST_WAIT_MS, 250 * 2 ** (returns - QUICK_RETURNS));
    timer = win.setTimeout(restore, wait);
  };
  watch();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(timer);
  });
}
