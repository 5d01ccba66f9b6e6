// A stub the reader cannot click is no stub. Some sites lay their own element over part of the
// stream: the Guardian fades its pinned post out under `#pinned-post-overlay` (absolutely placed,
// with a "Show more" button below), and a collapsed pinned copy's stub sits right under it. When a
// stub comes into view, the element the pointer would hit at its middle is asked; if that is a
// site element placed over it in the page's flow (not a fixed or sticky header the stub merely
// scrolls under), the stub is lifted above it (`data-lbl-lift`, which its own root styles).
import { ATTR } from '@/lib/page-contract';

/** Hosts watched until they are seen uncovered (or lifted). */
export interface Lifter {
  watch(host: Element): void;
  unwatch(host: Element): void;
}

/** True when `el` or an ancestor stays put on screen (a header, a banner): the stub scrolls under those. */
function onScreenLayer(el: Element | null): boolean {
  const view = el?.ownerDocument.defaultView;
  for (let n = el; n && view; n = n.parentElement) {
    const position = view.getComputedStyle(n).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/** Whether something of the page's own flow covers the middle of `host`. */
export function isCovered(doc: Document, host: Element): boolean {
  const box = host.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const hit = doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!hit || hit === host || host.contains(hit)) return false;
  return !onScreenLayer(hit);
}

/** Lifts hosts that come into view covered; stops when `signal` aborts. */
export function liftWhenCovered(doc: Document, signal: AbortSignal): Lifter {
  const view = doc.defaultView;
  const View = view?.IntersectionObserver;
  if (!view || !View) return { watch: () => undefined, unwatch: () => undefined };
  // Asking what the pointer would hit brings the page's layout and paint up to date first. Right
  // after a change (a live entry at the top of a 5,000-entry blog) that cost 60-140 ms in one
  // task, so the hosts that came into view are asked about together, once the browser is idle
  // after drawing the page, when nothing is left to bring up to date.
  const due = new Set<Element>();
  let waiting = false;
  const check = () => {
    waiting = false;
    if (signal.aborted) return;
    for (const host of due) {
      due.delete(host);
      if (!host.isConnected) continue;
      const box = host.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= view.innerHeight) continue; // out of view again: asked when it comes back
      if (isCovered(doc, host)) host.setAttribute(ATTR.lift, '');
      observer.unobserve(host);
    }
  };
  const observer = new View((records) => {
    for (const r of records) {
      // Where the browser tracks visibility (Chromium), a host it saw unoccluded needs no question
      // at all: only the covered ones are asked about (a hit test on a 20,000-entry blog took 2.4 s).
      if (r.isIntersecting && (r as { isVisible?: boolean }).isVisible === true) observer.unobserve(r.target);
      else if (r.isIntersecting) due.add(r.target);
      else due.delete(r.target);
    }
    if (!due.size || waiting) return;
    waiting = true;
    // A generous timeout: a check forced while the page is still being decorated costs the full price.
    if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(check, { timeout: 5000 });
    else view.setTimeout(check, 100);
  }, { threshold: 1, trackVisibility: true, delay: 100 } as IntersectionObserverInit);
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    watch: (host) => observer.observe(host),
    unwatch: (host) => {
      observer.unobserve(host);
      due.delete(host);
    },
  };
}
