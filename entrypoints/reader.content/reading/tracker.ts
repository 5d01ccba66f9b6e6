// Which entries the reader has had on screen long enough to read. An IntersectionObserver keeps
// the (few) entries touching the viewport; while there are any, a slow tick measures how much of
// each is visible and how long it has been so. A threshold-only observer would miss an entry
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

  const tick = () => {
    // "Never": nothing is measured (no timer runs) until the reader picks a delay again.
    if (dwellMs === null) return stop();
    if (doc.visibilityState !== 'visible') {
      // A hidden tab is not being read: start counting again when it comes back.
      for (const el of onScreen.keys()) onScreen.set(el, null);
      return;
    }
    const now = performance.now();
    const height = win.innerHeight;
    for (const [el, since] of onScreen) {
      if (!el.isConnected) {
        onScreen.delete(el);
        continue;
      }
      if (!isReadable(el.getBoundingClientRect(), height)) onScreen.set(el, null);
      else if (since === null) onScreen.set(el, now);
      else if (now - since >= dwellMs) {
        onScreen.delete(el);
        observer.unobserve(el);
        options.onRead(el);
      }
    }
    if (onScreen.size === 0) stop();
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
      for (const r of records) {
        if (r.isIntersecting) {
          if (!onScreen.has(r.target)) onScreen.set(r.target, null);
        } else onScreen.delete(r.target);
      }
      if (onScreen.size) {
        start();
        tick(); // starts the clock now rather than one tick late
      } else stop();
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
