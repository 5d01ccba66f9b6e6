// The reader's keys: j / k for the next / previous entry, Alt+Shift+S to open or close the panel,
// "?" for the keyboard help, Escape to close. None of them fires while the reader types in a
// field, the page's or ours, even one inside a page's closed shadow root, or when another modifier
// is held (the browser's and the site's shortcuts stay theirs), or for keys a page script made up.
import { ATTR } from '@/lib/page-contract';
import { addPageStyle } from './page-style';
import { isTrusted } from './trusted';

/** The entry the keys last moved to: outlined, and kept clear of sticky site headers. */
const CURRENT_ATTRIBUTE = ATTR.current;
/** Room left above an entry we scroll to, for the sticky headers news sites have. */
const SCROLL_MARGIN = 72;

const NOT_TYPING_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Any element's shadow root, open or closed (content scripts may open closed ones), or null. */
export type RootOpener = (el: Element) => ShadowRoot | null;

/**
 * The browser's way for a content script to see into a closed root: `browser.dom` in Chromium,
 * `openOrClosedShadowRoot()` on the element in Firefox; open roots only where neither exists.
 */
export const openAnyRoot: RootOpener = (el) => {
  const firefox = (el as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  if (typeof firefox === 'function') return firefox.call(el);
  type DomApi = { dom?: { openOrClosedShadowRoot?: (e: HTMLElement) => ShadowRoot | null } };
  const scope = globalThis as { chrome?: DomApi; browser?: DomApi };
  const chromium = scope.chrome?.dom ?? scope.browser?.dom;
  if (chromium?.openOrClosedShadowRoot && el instanceof HTMLElement) return chromium.openOrClosedShadowRoot(el);
  return el.shadowRoot;
};

/** Follows an element into the roots below it (through `opener`) to the element focused there. */
function focusedWithin(el: Element, opener: RootOpener): Element {
  let at = el;
  for (let depth = 0; depth < 32; depth++) {
    const inner = opener(at)?.activeElement;
    if (!inner) break;
    at = inner;
  }
  return at;
}

/**
 * True when the key goes to something the reader types into: a text field, a select, editable
 * content. The first node of the composed path is the real target inside open roots; a closed
 * root stops the path at its host, so the focus is followed into it (`opener`).
 */
export function isTyping(event: Event, opener: RootOpener = openAnyRoot): boolean {
  const target = event.composedPath()[0] ?? event.target;
  if (!target || (target as Node).nodeType !== 1) return false;
  const el = focusedWithin(target as Element, opener) as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NOT_TYPING_INPUTS.has((el as HTMLInputElement).type.toLowerCase());
  if (el.isContentEditable || el.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox';
}

/** What the keys do (the panel feature owns them all). */
export interface KeyActions {
  togglePanel(): void;
  /** Shows or hides the keyboard help ("?"). */
  help(): void;
  /** Closes the panel; false when it was not open (the key is then left to the site). */
  closePanel(): boolean;
  next(): void;
  previous(): void;
}

/** Listens for the reader's keys on `doc` until `signal` aborts. */
export function installKeys(doc: Document, actions: KeyActions, signal: AbortSignal, opener: RootOpener = openAnyRoot): void {
  const onKey = (event: KeyboardEvent) => {
    if (!isTrusted(event) || event.defaultPrevented || event.isComposing || isTyping(event, opener)) return;
    const { altKey, shiftKey, ctrlKey, metaKey } = event;
    // `code`, not `key`: Alt+Shift+S types "Í" on a Mac, and layouts move letters around.
    if (altKey && shiftKey && !ctrlKey && !metaKey && event.code === 'KeyS') {
      event.preventDefault();
      actions.togglePanel();
      return;
    }
    if (altKey || ctrlKey || metaKey) return;
    if (event.key === '?') {
      event.preventDefault();
      actions.help();
    } else if (event.key === 'Escape') {
      if (actions.closePanel()) event.preventDefault();
    } else if (!shiftKey && event.key === 'j') {
      event.preventDefault();
      actions.next();
    } else if (!shiftKey && event.key === 'k') {
      event.preventDefault();
      actions.previous();
    }
  };
  doc.addEventListener('keydown', onKey, { signal });
}

/**
 * Moves through entries in the order the reader sees them (by position on screen, so it follows
 * the chosen reading order and skips hidden entries): the first one below the current, or the
 * last one above it.
 */
export function createNavigator(doc: Document, signal: AbortSignal) {
  addPageStyle(doc, `[${CURRENT_ATTRIBUTE}] { scroll-margin-top: ${SCROLL_MARGIN}px; outline: 3px solid #0b57d0; outline-offset: 4px; }`, signal);
  let current: Element | null = null;
  const goTo = (el: Element) => {
    current?.removeAttribute(CURRENT_ATTRIBUTE);
    current = el;
    // Marked first: the scroll margin must be in place when the browser computes the position.
    el.setAttribute(CURRENT_ATTRIBUTE, '');
    const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    el.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  };
  signal.addEventListener('abort', () => current?.removeAttribute(CURRENT_ATTRIBUTE));

  /** Goes to the next (1) or previous (-1) of `elements`; false when there is none that way. */
  const step = (elements: readonly Element[], direction: 1 | -1): boolean => {
    const placed = elements
      .filter((el) => el.isConnected && el.getClientRects().length > 0)
      .map((el) => ({ el, top: el.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top);
    // Measured from the entry the keys last reached while it is still on screen (near the end of
    // the page it cannot scroll up to the margin), else from the top margin; a few pixels of slack.
    const height = doc.defaultView?.innerHeight ?? 0;
    const mine = placed.find((p) => p.el === current);
    const ref = mine && mine.top >= 0 && mine.top < height ? mine.top : SCROLL_MARGIN;
    const target =
      direction === 1 ? placed.find((p) => p.top > ref + 4) : placed.filter((p) => p.top < ref - 4).pop();
    if (!target) return false;
    goTo(target.el);
    return true;
  };
  return { step, goTo };
}
