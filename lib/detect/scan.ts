import { leafLabelKind, MAX_LABEL_LENGTH, mayBeLabel, SKIP, splitTimePrefix } from './time';

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
  /** Elements that are nothing but a rule ("___", "* * *"): what separates AP's sections. */
  rules: Element[];
  /** Paragraphs and list items whose text opens with a time and a separator ("7h29 - …"). */
  prefixed: Element[];
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

const RULE = /^\s*[_*=~]{2,}[\s_*=~]*$/;

/**
 * Leaves (HTML elements with one text node) printing a time label or a cricket ball, and leaves
 * that are nothing but a rule, in page order.
 */
export function labelLeaves(root: Element): { times: Element[]; rules: Element[]; prefixed: Element[] } {
  const times: Element[] = [];
  const rules: Element[] = [];
  const prefixed: Element[] = [];
  const doc = root.ownerDocument;
  // 4 = NodeFilter.SHOW_TEXT (no NodeFilter global in Node): text nodes only, no callback.
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue;
    if (opensBlock(node, text)) prefixed.push(node.parentElement!);
    const label = mayBeLabel(text);
    if ((!label && !(text && text.length < 40 && RULE.test(text))) || node.previousSibling || node.nextSibling) continue;
    const el = node.parentElement;
    if (!el || el.namespaceURI !== HTML || SKIP.has(el.localName) || el.localName === 'time' || el.localName === 'amp-timeago') continue;
    if (!label) rules.push(el);
    else if (leafLabelKind(el)) times.push(el);
  }
  return { times, rules, prefixed };
}

const PREFIXED_BLOCKS = new Set(['p', 'li', 'div', 'dd']);

/** True when a text node opens its paragraph with a time and a separator: `<p>7h29 - Le trafic…</p>`. */
function opensBlock(node: Node, text: string | null): boolean {
  const first = text ? text.trimStart().charCodeAt(0) : 0;
  if (first < 48 || first > 57 || !text || text.length <= MAX_LABEL_LENGTH) return false;
  const parent = node.parentElement;
  if (!parent || !PREFIXED_BLOCKS.has(parent.localName)) return false;
  for (let p = node.previousSibling; p; p = p.previousSibling) if (p.nodeType !== 3 || p.nodeValue?.trim()) return false;
  return splitTimePrefix(text.trimStart().slice(0, 40)) !== null;
}

/** Elements in page order (they come from two queries). */
function inPageOrder(elements: Element[]): Element[] {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING
  return elements.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Time elements, time-stamped headings, every leaf that prints a time (in page order), and rules. */
export function fullScan(root: Element): PageScan {
  const times = [...root.querySelectorAll('time, amp-timeago')];
  const leaves = labelLeaves(root);
  return {
    times: leaves.times.length ? inPageOrder([...times, ...leaves.times]) : times,
    tickerHeadings: timeHeadings(root.querySelectorAll('h2, h3, h4, h5, h6')),
    rules: leaves.rules,
    prefixed: leaves.prefixed,
  };
}
