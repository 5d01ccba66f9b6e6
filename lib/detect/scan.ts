import { leafLabelKind, mayBeLabel, SKIP, splitTimePrefix } from './time';

// The structural check's scan: `time` elements and headings by native queries, and the text
// nodes that print a time, read one by one (a TreeWalker over text only: in Chromium, touching
// every element from script costs several times more). Runs only on pages the cheap check
// (quick.ts) found worth it.

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

/** Time elements, time-stamped headings, and every leaf that prints a time, in page order. */
export function fullScan(root: Element): PageScan {
  const times = [...root.querySelectorAll('time, amp-timeago')];
  const leaves = labelLeaves(root);
  return {
    times: leaves.length ? inPageOrder([...times, ...leaves]) : times,
    tickerHeadings: timeHeadings(root.querySelectorAll('h2, h3, h4, h5, h6')),
  };
}
