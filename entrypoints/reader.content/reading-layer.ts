// One floating layer for the reading features' own UI (the save-quote button and prompt, the
// new-entries notice) and their announcements: a zero-size host at the document's origin with an
// open shadow root, so site CSS cannot restyle it and absolute children use page coordinates.
import { LAYER_CSS } from '@/components/reading';
import type { ReaderContext } from './context';
import { UI_ATTRIBUTE } from './feed';

/** The layer: mount points and a polite live region. */
export interface ReadingLayer {
  host: HTMLElement;
  /** Positioned in page coordinates (absolute). */
  anchor: HTMLElement;
  /** Fixed to the viewport's bottom-left corner. */
  corner: HTMLElement;
  /** Says `text` to screen readers (and nothing to anyone else). */
  announce(text: string): void;
  /** True when `event` happened inside the layer. */
  contains(event: Event): boolean;
}

const layers = new WeakMap<ReaderContext, ReadingLayer>();

/** The layer of this reader (made on first use, removed when the reader stops). */
export function readingLayer(ctx: ReaderContext): ReadingLayer {
  const existing = layers.get(ctx);
  if (existing) return existing;
  const { doc, signal } = ctx;
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTRIBUTE, 'reading-layer');
  // Inline !important beats any site rule aimed at divs; the host itself draws nothing.
  host.style.cssText =
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; ' +
    'width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646 !important;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = LAYER_CSS;
  const anchor = doc.createElement('div');
  anchor.className = 'anchor';
  anchor.hidden = true;
  const corner = doc.createElement('div');
  corner.className = 'fixed';
  const status = doc.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  shadow.append(style, anchor, corner, status);
  // On <html>, not <body>: a positioned body would shift page coordinates, and the feed watches body.
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());

  let clear = 0;
  const layer: ReadingLayer = {
    host,
    anchor,
    corner,
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
  layers.set(ctx, layer);
  return layer;
}
