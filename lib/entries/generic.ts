import type { Extractor } from './extractor';

/**
 * Finds the entries of a live blog without an adapter: JSON-LD/microdata updates matched to the
 * DOM, a run of timed sibling blocks, or a flat ticker of time-stamped headings.
 * (Filled in by the generic-extraction work; until then it finds nothing.)
 */
export function genericExtractor(_doc: Document, _pageUrl: string): Extractor | null {
  return null;
}
