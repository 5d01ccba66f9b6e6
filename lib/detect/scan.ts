import { isLiveBlogJsonLdText, isLiveBlogItemtype } from './jsonld';
import { mayMatch, type Need } from './marker';
import { isTimeLabelLeaf, SKIP, splitTimePrefix } from './time';

/** What one walk over a page found for the structural check. */
export interface PageScan {
  /** The first schema.org signal met, if any (the walk stops there, once the marker question is settled). */
  schema: 'jsonld' | 'microdata' | null;
  /** `time`/`amp-timeago` elements and leaves whose text is a time label, in page order. */
  times: Element[];
  /** `h2`–`h6` whose text starts with a time and a separator ("11.04 Uhr: …"). */
  tickerHeadings: Element[];
  /** Some element could match the adapter's marker (always true when its selector is beyond the pre-test). */
  markerCandidate: boolean;
}

const HEADING = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
// Elements that never hold text: asking a DOM library for their first child still walks their
// attributes, and an image has many.
const VOID = new Set([
  'img', 'br', 'hr', 'input', 'source', 'meta', 'link', 'wbr', 'area', 'track', 'col', 'embed', 'param', 'path', 'use',
]);

/**
 * Walks the document once, collecting every cheap signal, and stops at the first schema.org
 * `LiveBlogPosting`. One hand-written walk instead of several `querySelectorAll` calls: each of
 * those is itself a full walk, and together they would cost more than Readability's
 * `isProbablyReaderable`. With an adapter's marker (`markerNeeds`), the walk also notes whether
 * any element could match it, so that a page where none can skips the marker's own query; it
 * then stops at a schema.org signal only once such an element has been seen.
 */
export function scanPage(doc: Document, marker?: readonly Need[] | null): PageScan {
  const scan: PageScan = { schema: null, times: [], tickerHeadings: [], markerCandidate: marker === null };
  const needs = marker ?? null;
  const stop = (): boolean => needs === null || scan.markerCandidate;
  // Subtrees the signal walk does not enter are still looked through for the marker.
  const markerWalk = (first: Element | null): void => {
    for (let c = first; c && needs && !scan.markerCandidate; c = c.nextElementSibling) {
      if (mayMatch(c, c.localName, needs)) scan.markerCandidate = true;
      else markerWalk(c.firstElementChild);
    }
  };
  const walk = (first: Element | null): boolean => {
    for (let c = first; c; c = c.nextElementSibling) {
      const tag = c.localName;
      if (needs && !scan.markerCandidate && mayMatch(c, tag, needs)) {
        scan.markerCandidate = true;
        if (scan.schema) return true;
      }
      if (tag === 'script') {
        if (!scan.schema && c.getAttribute('type') === 'application/ld+json' && isLiveBlogJsonLdText(c.textContent ?? '')) {
          scan.schema = 'jsonld';
          if (stop()) return true;
        }
        continue;
      }
      if (VOID.has(tag) || (SKIP.has(tag) && tag !== 'svg')) continue;
      if (tag === 'svg') {
        markerWalk(c.firstElementChild);
        continue;
      }
      const itemtype = c.getAttribute('itemtype');
      if (!scan.schema && itemtype !== null && isLiveBlogItemtype(itemtype)) {
        scan.schema = 'microdata';
        if (stop()) return true;
      }
      if (tag === 'time' || tag === 'amp-timeago') {
        scan.times.push(c);
        markerWalk(c.firstElementChild);
        continue;
      }
      if (HEADING.has(tag) && splitTimePrefix((c.textContent ?? '').slice(0, 40))) {
        scan.tickerHeadings.push(c);
        markerWalk(c.firstElementChild);
        continue;
      }
      const child = c.firstElementChild;
      if (child === null) {
        if (isTimeLabelLeaf(c)) scan.times.push(c);
      } else if (walk(child)) return true;
    }
    return false;
  };
  // The head holds JSON-LD on most sites; the body is walked only when the head had none.
  if (doc.head && walk(doc.head.firstElementChild)) return scan;
  if (doc.body) walk(doc.body.firstElementChild);
  return scan;
}
