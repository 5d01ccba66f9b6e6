import { UI_ATTRIBUTE } from './feed';

/**
 * Adds one of our stylesheets to the page (for attributes we set on the site's own elements:
 * hidden, collapsed, read). Marked as ours so the feed ignores it; removed when `signal` aborts.
 */
export function addPageStyle(doc: Document, name: string, css: string, signal: AbortSignal): void {
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTRIBUTE, name);
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove());
}
