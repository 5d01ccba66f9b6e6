import { bestPrefixed, bestTicker } from '../detect/flat';
import { fullScan, timedAnchors } from '../detect/scan';
import { bestLineStream } from '../detect/lines';
import { bestRuleStream } from '../detect/rules';
import { bestTimedRun } from '../detect/structure';
import type { Extractor } from './extractor';
import { blockExtractor } from './generic/blocks';
import { flatExtractor } from './generic/flat';
import { lineExtractor } from './generic/lines';
import { jsonLdExtractor } from './generic/jsonld';
import { microdataExtractor } from './generic/microdata';

/**
 * The timed-blocks, flat-ticker or flat-stream extractor (times or datelines), or the line-stream
 * one (a story as `<br>`-split lines of one block), whichever finds more entries. Two are enough here:
 * the page is already known to be live, so a short fresh blog is no longer a risk.
 */
export function structureExtractor(doc: Document, pageUrl: string): Extractor | null {
  const body = doc.body;
  if (!body) return null;
  const scan = fullScan(body);
  const stream = bestTimedRun(timedAnchors(scan), 2, true, true);
  const ticker = bestTicker(scan.tickerHeadings, 2);
  const prefixed = bestPrefixed(scan.prefixed, 2, true, true);
  const sections = bestRuleStream(scan.rules, 2);
  const lines = bestLineStream(scan.lineBlocks, 2, true);
  const most = Math.max(stream?.blocks.length ?? 0, ticker.length, prefixed.length, sections.length, lines?.marks.length ?? 0);
  if (most === 0) return null;
  if (lines && lines.marks.length === most && most > Math.max(stream?.blocks.length ?? 0, ticker.length, prefixed.length, sections.length)) {
    return lineExtractor(doc, lines.block, pageUrl, lines.marks[0]!.label === null);
  }
  if (stream?.blocks.length === most) return stream.flat ? flatExtractor(doc, stream.blocks, pageUrl) : blockExtractor(doc, stream, 'timed-blocks', pageUrl);
  if (ticker.length === most) return flatExtractor(doc, ticker, pageUrl);
  if (prefixed.length === most) return flatExtractor(doc, prefixed, pageUrl);
  return flatExtractor(doc, sections, pageUrl, true);
}

/**
 * Finds the entries of a live blog without an adapter, most trustworthy path first: microdata
 * `LiveBlogPosting` (its `liveBlogUpdate` items or its repeated blocks), JSON-LD updates matched
 * to the DOM (the JSON-LD copies are never entries themselves), then the page's structure — a
 * run of timed sibling blocks (class names play no part, so obfuscated ones work) or a flat
 * stream of entries started by their times. Null when none finds entries. Reads the document only.
 */
export function genericExtractor(doc: Document, pageUrl: string): Extractor | null {
  for (const path of GENERIC_PATHS) {
    const found = path(doc, pageUrl);
    if (found) return found;
  }
  return null;
}

/** The generic paths in the order `genericExtractor` tries them (each reads the page once). */
export const GENERIC_PATHS: ReadonlyArray<(doc: Document, pageUrl: string) => Extractor | null> = [microdataExtractor, jsonLdExtractor, structureExtractor];
