// One floating layer for the reading features' own UI (the save-quote button and prompt, the
// new-entries marker) and their announcements: a zero-size shadow host at the document's origin,
// so site CSS cannot restyle it and absolute children use page coordinates. The marker's count
// tells the reader's history, so it has a host of its own with a `PRIVATE_ROOT`; the save-quote
// button and prompt stay in an open root (they show only what the reader is doing now). Both take
// only trusted events, and both come back when a page removes them.
import { LAYER_CSS } from '@/components/reading';
import { UI } from '@/lib/page-contract';
import { keepInPage } from './keep-in-page';
import { createShadowHost, PRIVATE_ROOT } from './shadow-host';
import { acceptOnlyTrusted } from './trusted';

/** The layer: mount points and a polite live region. */
export interface ReadingLayer {
  host: HTMLElement;
  /** Positioned in page coordinates (absolute). */
  anchor: HTMLElement;
  /** Fixed beside the panel's tab, in the private root (the new-entries marker); `data-panel-open` moves it with the panel. */
  corner: HTMLElement;
  /** The private root's host. */
  privateHost: HTMLElement;
  /** Says `text` to screen readers (and nothing to anyone else). */
  announce(text: string): void;
  /** True when `event` happened inside the layer. */
  contains(event: Event): boolean;
}

/** Makes the layer (once per reader: it is a service); it goes when `signal` aborts. */
export function createLayer(doc: Document, signal: AbortSignal): ReadingLayer {
  const { host, root } = createShadowHost(doc, {
    tag: 'div',
    part: UI.readingLayer,
    // The host itself draws nothing: a zero-size box on top of everything.
    host: 'position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646;',
    css: LAYER_CSS,
  });
  const hidden = createShadowHost(doc, {
    tag: 'div',
    part: UI.readingLayerPrivate,
    host: 'position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646;',
    css: LAYER_CSS,
    mode: PRIVATE_ROOT,
  });
  const anchor = doc.createElement('div');
  anchor.className = 'anchor';
  anchor.hidden = true;
  const corner = doc.createElement('div');
  corner.className = 'fixed';
  const status = doc.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  root.append(anchor, status);
  hidden.root.append(corner);
  // On <html>, not <body>: a positioned body would shift page coordinates, and the feed watches body.
  for (const [h, r] of [[host, root], [hidden.host, hidden.root]] as const) {
    const place = () => doc.documentElement.append(h);
    place();
    acceptOnlyTrusted([h, r], signal);
    keepInPage(doc, h, place, signal);
  }
  let clear = 0;
  signal.addEventListener('abort', () => {
    window.clearTimeout(clear);
    host.remove();
    hidden.host.remove();
  });

  return {
    host,
    anchor,
    corner,
    privateHost: hidden.host,
    announce(text) {
      // Emptied first, so the same words said twice are announced twice.
      status.textContent = '';
      window.clearTimeout(clear);
      clear = window.setTimeout(() => {
        status.textContent = text;
      }, 50);
    },
    contains: (event) => event.composedPath().includes(host),
  };
}
