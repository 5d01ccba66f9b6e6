import { markerForHost, siteName } from '../sites/markers';
import type { Detection } from '../types';
import { hasLiveTitle } from './cues';
import { isLiveBlogItemtype, isLiveBlogJsonLdText } from './jsonld';
import { hasLiveUrl, splitUrl } from './url';

// The cheap check, on every matched page: native queries for the adapter's marker, schema.org
// `LiveBlogPosting` (JSON-LD, microdata), `time` elements and headings, then the URL and the
// title. In Chromium every element that script touches costs a wrapper object, and a first run
// is not yet compiled: a JavaScript walk over a news page's thousand elements took 2–16 ms, where a
// native query takes a few hundredths of that. The structural check (structure.ts, reading text
// nodes) runs only where this one says it is worth it, and ships in a script of its own.

/**
 * `time` elements that make a page worth reading text by text: an article prints one or two
 * (published, updated), a stream one per entry.
 */
export const SCAN_TIMES = 3;
/** Headings opening with a digit ("11.04 Uhr: …") that make a page worth a closer look. */
export const SCAN_HEADINGS = 2;

/** The verdict object for a page: its site (and adapter, where one knows the site) and the signal. */
export function detectionFor(url: string, signal: Detection['signal'], host = splitUrl(url).host, marker = markerForHost(host)): Detection {
  return { isLiveBlog: signal !== 'none', site: siteName(host, marker), signal, adapter: marker?.name ?? null };
}

/** The first character of an element's text, from its first text node (cheaper than all its text). */
function firstChar(el: Element): number {
  let node: Node | null = el.firstChild;
  while (node && node.nodeType === 1) node = node.firstChild;
  const text = node?.nodeType === 3 ? node.nodeValue!.trimStart() : '';
  return (text || (el.textContent ?? '').trimStart()).charCodeAt(0);
}

/** The cheap verdict, and whether the page is worth the structural check when it says `none`. */
export interface QuickVerdict {
  detection: Detection;
  worthReading: boolean;
}

/** Headings whose text opens with a digit ("11.04 Uhr: …"), up to `enough`. */
function digitHeadings(doc: Document, enough: number): number {
  const headings = doc.querySelectorAll('h2, h3, h4, h5, h6');
  let n = 0;
  for (let i = 0; i < headings.length && n < enough; i++) {
    const first = firstChar(headings[i]!);
    if (first >= 48 && first <= 57) n++;
  }
  return n;
}

/**
 * The cheap check. Its verdict is final when it finds the adapter's marker or schema.org; else
 * the page's structure decides, and is read only when the URL or the title says "live", or the
 * page has several `time` elements or time-stamped-looking headings (`worthReading`). In a
 * content script's world every element that script touches costs a wrapper of its own, so the
 * queries count where they can (`time` elements) and touch only what they must read: JSON-LD
 * scripts, and headings last, where nothing else has answered.
 */
export function detectQuickly(doc: Document, url: string): QuickVerdict {
  const host = splitUrl(url).host;
  const marker = markerForHost(host);
  const verdict = (signal: Detection['signal'], worthReading = false): QuickVerdict => ({ detection: detectionFor(url, signal, host, marker), worthReading });
  if (marker && doc.querySelector(marker.liveMarker)) return verdict('adapter');
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) if (isLiveBlogJsonLdText(scripts[i]!.textContent ?? '')) return verdict('jsonld');
  for (const el of doc.querySelectorAll('[itemtype*="LiveBlogPosting"]')) if (isLiveBlogItemtype(el.getAttribute('itemtype') ?? '')) return verdict('microdata');
  // A URL alone never makes a live blog ("how to watch live" articles match too): it only opens the door.
  const worthReading =
    doc.querySelectorAll('time, amp-timeago').length >= SCAN_TIMES ||
    hasLiveUrl(url) ||
    hasLiveTitle(doc.title) ||
    digitHeadings(doc, SCAN_HEADINGS) >= SCAN_HEADINGS;
  return verdict('none', worthReading);
}
