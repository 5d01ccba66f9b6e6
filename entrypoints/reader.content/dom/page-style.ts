// Our stylesheets in the page's own cascade: rules for the marks we set on the site's elements
// (collapsed, hidden, read, reading order, the current entry, room for the panel) and for our few
// light-DOM controls. They must beat any site rule, so they are made important (important.ts).
import { ATTR, UI } from '@/lib/page-contract';
import { important } from './important';

/** A stylesheet of ours in the page; `set` replaces its rules (made important too). */
export interface PageStyle {
  set(css: string): void;
}

/** Adds one of our stylesheets to the page; the feed ignores it, and it goes when `signal` aborts. */
export function addPageStyle(doc: Document, css: string, signal: AbortSignal): PageStyle {
  const style = doc.createElement('style');
  style.setAttribute(ATTR.ui, UI.style);
  style.textContent = important(css);
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove());
  return {
    set(next) {
      const text = important(next);
      if (style.textContent !== text) style.textContent = text;
    },
  };
}
