// Which entries the reader has had on screen long enough to read. An IntersectionObserver keeps
// the (few) entries touching the viewport; while there are any, a slow tick has it measure again
// how much of each is visible, and how long it has been so. A threshold-only observer would miss an entry
// taller than two screens, which is never half visible but fills the screen while being read.

/** Options of `trackReads`. */
export interface ReadTrackerOptions {
  /** How long an entry must stay readable on screen (ms); null: never (only the reader marks entries read). */
  dwellMs: number | null;
  /** Called once per element when it has been readable for `dwellMs`. */
  onRead(element: Element): void;
  /** How often visible entries are measured (ms). */
  tickMs?: number;
}

/** The tracker: observe entries as they come, forget them when read or gone. */
export interface ReadTracker {
  observe(element: Element): void;
  unobserve(element: Element): void;
  /** The reader chose another delay (null: never): entries on screen start counting again. */
  setDwell(ms: number | null): void;
}

/**
 * True when an entry counts as being read: at least half of it is visible, or it fills at least
 * half of the viewport (a long entry).
 */
export function isReadable(rect: { top: number; bottom: number; height: number }, viewportHeight: number): boolean {
  if (rect.height <= 0 || viewportHeight <= 0) return false;
  const visible = Math.min(rect.bottom, viewportHeight) - Math.max(rect.top, 0);
  return visible > 0 && (visible >= rect.height * 0.5 || visible >= viewportHeight * 0.5);
}

/** Starts tracking; everything stops when `signal` aborts. */
export function trackReads(doc: Document, options: ReadTrackerOptions, signal: AbortSignal): ReadTracker {
  const win = doc.defaultView ?? window;
  const tickMs = options.tickMs ?? 250;
  let dwellMs = options.dwellMs;
  /** Entries touching the viewport -> since when they have been readable (null: not readable now). */
  const onScreen = new Map<Element, number | null>();
  let timer = 0;

  /** One entry's box as the observer measured it: readable since when, or read now. */
  const measure = (el: Element, box: { top: number; bottom: number; height: number }, height: number, now: number) => {
    const since = onScreen.get(el) ?? null;
    // "Never": the entry is only kept as on screen, in case the reader picks a delay again.
    if (dwellMs === null || !isReadable(box, height)) onScreen.set(el, null);
    else if (since === null) onScreen.set(el, now);
    else if (now - since >= dwellMs) {
      onScreen.delete(el);
      observer.unobserve(el);
      options.onRead(el);
    }
  };
  // The tick never measures itself: asking for a box forces a layout of the page when it changed
  // (on a 5,000-entry blog being decorated, 0.1-0.2 s in our task). It asks the observer again
  // instead, whose answer comes after the browser's own next layout, with each entry's box.
  const tick = () => {
    // "Never": nothing is measured (no timer runs) until the reader picks a delay again.
    if (dwellMs === null) return stop();
    if (doc.visibilityState !== 'visible') {
      // A hidden tab is not being read: start counting again when it comes back.
      for (const el of onScreen.keys()) onScreen.set(el, null);
      return;
    }
    for (const el of onScreen.keys()) {
      observer.unobserve(el);
      observer.observe(el);
    }
  };
  const start = () => {
    if (!timer && onScreen.size && dwellMs !== null) timer = win.setInterval(tick, tickMs);
  };
  const stop = () => {
    if (timer) win.clearInterval(timer);
    timer = 0;
  };

  const observer = new IntersectionObserver(
    (records) => {
      const now = performance.now();
      const visible = doc.visibilityState === 'visible';
      for (const r of records) {
        if (!r.isIntersecting || !r.target.isConnected) onScreen.delete(r.target);
        else if (!visible) onScreen.set(r.target, null);
        else measure(r.target, r.boundingClientRect, r.rootBounds?.height || win.innerHeight, now);
      }
      if (onScreen.size) start();
      else stop();
    },
    // 0.5 as the lead threshold; 0 catches long entries, which never reach it.
    { threshold: [0, 0.5] },
  );
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') tick();
  };
  doc.addEventListener('visibilitychange', onVisibility, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    stop();
    onScreen.clear();
  });

  return {
    observe: (el) => observer.observe(el),
    unobserve: (el) => {
      observer.unobserve(el);
      onScreen.delete(el);
    },
    setDwell(ms) {
      if (ms === dwellMs) return;
      dwellMs = ms;
      for (const el of onScreen.keys()) onScreen.set(el, null);
      if (ms === null) stop();
      else if (onScreen.size) {
        start();
        tick();
      }
    },
  };
}

/** True when an entry element takes up space (not collapsed as a repeat, not hidden by the site). */
export function isShown(el: Element): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}
