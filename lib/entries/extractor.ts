import type { Entry } from '../types';

/**
 * How to find and read the entries of one live blog. Found once per page (by an adapter or the
 * generic paths), then applied to the whole document and to every subtree the page adds later.
 */
export interface Extractor {
  /** Which path found the entries: an adapter's name, `jsonld`, `timed-blocks` or `flat-ticker`. */
  kind: string;
  /** The entry elements in or at `root`, in page order. */
  elements(root: ParentNode): Element[];
  /** Reads one entry element (ids are made unique across a page by the caller). */
  entry(element: Element): Entry;
}

/** The elements of `root` (itself included) that match a selector, in page order. */
export function selectIncludingRoot(root: ParentNode, selector: string): Element[] {
  const own = (root as Element).matches?.(selector) ? [root as Element] : [];
  return [...own, ...root.querySelectorAll(selector)];
}
