import { markerForHost, siteName } from '../sites/markers';
import type { Detection } from '../types';
import { hasLiveTitle } from './cues';
import { isLiveBlogItemtype, isLiveBlogJsonLdText } from './jsonld';
import { hasLiveUrl } from './url';

// The cheap check, on every matched page: the adapter's marker (one native query), then one more
// native query for schema.org `LiveBlogPosting` (JSON-LD, microdata), `time` elements and
// headings. In Chromium every element that script touches costs a wrapper object, and a first run
// is not yet compiled: a JavaScript walk over a news page's thousand elements took 2–16 ms, where a
// native query takes a few hundredths of that. The structural check (structure.ts, reading text
// nodes) runs only where this one says it is worth it, and ships in a script of its own.

const QUICK = 'script[type="application/ld+json"], [itemtype*="LiveBlogPosting"], time, amp-timeago, h2, h3, h4, h5, h6';

/**
 * `time` elements that make a page worth reading text by text: an article prints one or two
 * (published, updated), a stream one per entry.
 */
export const SCAN_TIMES = 3;
/** Headings opening with a digit ("11.04 Uhr: …") that make a page worth a closer look. */
export const SCAN_HEADINGS = 2;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The verdict object for a page: its site (and adapter, where one knows the site) and the signal. */
export function detectionFor(url: string, signal: Detection['signal'], host = hostOf(url), marker = markerForHost(host)): Detection {
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

/**
 * The cheap check. Its verdict is final when it finds the adapter's marker or schema.org; else
 * the page's structure decides, and is read only when the URL or the title says "live", or the
 * page has several `time` elements or time-stamped-looking headings (`worthReading`).
 */
export function detectQuickly(doc: Document, url: string): QuickVerdict {
  const host = hostOf(url);
  const marker = markerForHost(host);
  const verdict = (signal: Detection['signal'], worthReading = false): QuickVerdict => ({ detection: detectionFor(url, signal, host, marker), worthReading });
  if (marker && doc.querySelector(marker.liveMarker)) return verdict('adapter');
  let times = 0;
  let headings = 0;
  for (const el of doc.querySelectorAll(QUICK)) {
    const tag = el.localName;
    if (tag === 'script') {
      if (isLiveBlogJsonLdText(el.textContent ?? '')) return verdict('jsonld');
    } else if (tag === 'time' || tag === 'amp-timeago') times++;
    else if (tag.length === 2 && tag[0] === 'h') {
      const first = firstChar(el);
      if (first >= 48 && first <= 57) headings++;
    } else if (isLiveBlogItemtype(el.getAttribute('itemtype') ?? '')) return verdict('microdata');
  }
  // A URL alone never makes a live blog ("how to watch live" articles match too): it only opens the door.
  return verdict('none', times >= SCAN_TIMES || headings >= SCAN_HEADINGS || hasLiveUrl(url) || hasLiveTitle(doc.title));
}
