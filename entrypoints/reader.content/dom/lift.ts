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
  const View = doc.defaultView?.IntersectionObserver;
  if (!View) return { watch: () => undefined, unwatch: () => undefined };
  const observer = new View((records) => {
    for (const r of records) {
      if (!r.isIntersecting) continue;
      if (isCovered(doc, r.target)) r.target.setAttribute(ATTR.lift, '');
      observer.unobserve(r.target);
    }
  }, { threshold: 1 });
  signal.addEventListener('abort', () => observer.disconnect());
  return {
    watch: (host) => observer.observe(host),
    unwatch: (host) => observer.unobserve(host),
  };
}
