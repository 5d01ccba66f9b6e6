import { bestTicker, bestTimedRun } from '../detect/structure';
import { timeCarriers } from '../detect/time';
import type { Extractor } from './extractor';
import { blockExtractor } from './generic/blocks';
import { jsonLdExtractor } from './generic/jsonld';
import { microdataExtractor } from './generic/microdata';
import { tickerExtractor, tickerHeadings } from './generic/ticker';

/**
 * The timed-blocks or flat-ticker extractor, whichever finds more entries. Two are enough here:
 * the page is already known to be live, so a short fresh blog is no longer a risk.
 */
export function structureExtractor(doc: Document, pageUrl: string): Extractor | null {
  const body = doc.body;
  if (!body) return null;
  const run = bestTimedRun(timeCarriers(body), 2);
  const ticker = bestTicker(tickerHeadings(body), 2);
  if (ticker.length > (run?.blocks.length ?? 0)) return tickerExtractor(doc, ticker, pageUrl);
  return run ? blockExtractor(doc, run, 'timed-blocks', pageUrl) : null;
}

/**
 * Finds the entries of a live blog without an adapter, most trustworthy path first: microdata
 * `LiveBlogPosting` (its `liveBlogUpdate` items or its repeated blocks), JSON-LD updates matched
 * to the DOM (the JSON-LD copies are never entries themselves), then the page's structure — a
 * run of timed sibling blocks (class names play no part, so obfuscated ones work) or a flat
 * ticker of time-stamped headings. Null when none finds entries. Reads the document only.
 */
export function genericExtractor(doc: Document, pageUrl: string): Extractor | null {
  return microdataExtractor(doc, pageUrl) ?? jsonLdExtractor(doc, pageUrl) ?? structureExtractor(doc, pageUrl);
}
