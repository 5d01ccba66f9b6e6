import { isLiveBlogItemtype, isLiveBlogJsonLdText } from './jsonld';
import { leafLabelKind, mayBeLabel, SKIP, splitTimePrefix } from './time';

// In a browser every element that script touches costs a wrapper object, and a first run is not
// yet compiled: a JavaScript walk over a news page's thousand elements took 2–16 ms in Chromium,
// where one native `querySelectorAll` takes a few hundredths of that. So the scan asks the DOM for
// the few elements it needs by selector, and reads text nodes one by one only when told to.

/** What the structural check works on: time carriers and time-stamped headings, in page order. */
export interface PageScan {
  /** `time`/`amp-timeago` elements, and (in a full scan) leaves whose whole text is a time label or a cricket ball. */
  times: Element[];
  /** `h2`–`h6` whose text starts with a time and a separator ("11.04 Uhr: …"). */
  tickerHeadings: Element[];
}

const HTML = 'http://www.w3.org/1999/xhtml';

/** Time-stamped headings among `headings`. */
export function timeHeadings(headings: Iterable<Element>): Element[] {
  const out: Element[] = [];
  for (const h of headings) {
    // A digit first, before the full pattern: most headings start with a word.
    const text = (h.textContent ?? '').trimStart().slice(0, 40);
    if (text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57 && splitTimePrefix(text)) out.push(h);
  }
  return out;
}

/** The quick scan, and the schema.org signal met on the way. */
export interface QuickScan extends PageScan {
  schema: 'jsonld' | 'microdata' | null;
}

const QUICK = 'script[type="application/ld+json"], [itemtype*="LiveBlogPosting"], time, amp-timeago, h2, h3, h4, h5, h6';

/**
 * The cheap scan: one native query for schema.org `LiveBlogPosting` (JSON-LD, microdata),
 * `time` elements and time-stamped headings. Enough on most pages to know that no stream can be
 * there: one query walks the page once, where one per signal would walk it four times.
 */
export function quickScan(doc: Document): QuickScan {
  const scan: QuickScan = { schema: null, times: [], tickerHeadings: [] };
  const headings: Element[] = [];
  for (const el of doc.querySelectorAll(QUICK)) {
    const tag = el.localName;
    if (tag === 'script') {
      if (!scan.schema && isLiveBlogJsonLdText(el.textContent ?? '')) scan.schema = 'jsonld';
    } else if (tag === 'time' || tag === 'amp-timeago') scan.times.push(el);
    else if (tag.length === 2 && tag[0] === 'h') headings.push(el);
    else if (!scan.schema && isLiveBlogItemtype(el.getAttribute('itemtype') ?? '')) scan.schema = 'microdata';
  }
  scan.tickerHeadings = timeHeadings(headings);
  return scan;
}

/** Leaves (HTML elements with one text node) printing a time label or a cricket ball, in page order. */
export function labelLeaves(root: Element): Element[] {
  const out: Element[] = [];
  const doc = root.ownerDocument;
  // 4 = NodeFilter.SHOW_TEXT (no NodeFilter global in Node): text nodes only, no callback.
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!mayBeLabel(node.nodeValue) || node.previousSibling || node.nextSibling) continue;
    const el = node.parentElement;
    if (!el || el.namespaceURI !== HTML || SKIP.has(el.localName) || el.localName === 'time' || el.localName === 'amp-timeago') continue;
    if (leafLabelKind(el)) out.push(el);
  }
  return out;
}

/** Elements in page order (they come from two queries). */
function inPageOrder(elements: Element[]): Element[] {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING
  return elements.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The full scan: the quick one plus every leaf that prints a time, merged in page order. */
export function fullScan(root: Element, quick: PageScan = quickScan(root.ownerDocument)): PageScan {
  const leaves = labelLeaves(root);
  return { times: leaves.length ? inPageOrder([...quick.times, ...leaves]) : quick.times, tickerHeadings: quick.tickerHeadings };
}
