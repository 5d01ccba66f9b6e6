import { leadsLeaf, leafLabelKind, lineTime, mayBeLabel, SKIP, soleText, splitTimePrefix } from './time';

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
  /** Blocks holding a time or a rule on a line of its own between `<br>`s (a story set as one block: lines.ts). */
  lineBlocks: Element[];
}

const HTML = 'http://www.w3.org/1999/xhtml';

/** Time-stamped headings among `headings`. */
export function timeHeadings(headings: Iterable<Element>): Element[] {
  const out: Element[] = [];
  for (const h of headings) {
    // A digit first (after the "+++" a German ticker may open with), before the full pattern:
    // most headings start with a word.
    const text = (h.textContent ?? '').trimStart().slice(0, 48);
    const first = text.replace(/^\+{2,}\s*/, '').charCodeAt(0);
    if (first >= 48 && first <= 57 && splitTimePrefix(text)) out.push(h);
  }
  return out;
}

const RULE = /^\s*[_*=~]{2,}[\s_*=~]*$/;

/** Class or id words of a video's running time ("1:52"), which reads like a clock: en, de, fr, it, es, pl. */
const DURATION = /duration|runtime|video-?length|dauer|laufzeit|dur[ée]e|durata|duraci[oó]n|czas-trwania/i;
const UP_TO_CONTROL = 5;

/**
 * True when a leaf's time is a video's running time, not a post's: named so, or printed on a
 * control (a playlist card is a button: `role="button" aria-label="Video - …"`). Live entries
 * are never buttons; rails of clips beside articles are made of them.
 */
function isDuration(el: Element): boolean {
  if (DURATION.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  let p: Element | null = el;
  for (let depth = 0; p && depth < UP_TO_CONTROL; depth++, p = p.parentElement) {
    if (p.localName === 'button' || p.getAttribute('role') === 'button') return true;
  }
  return false;
}

/**
 * Leaves (HTML elements with one text node) printing a time label or a cricket ball, and leaves
 * that are nothing but a rule, in page order.
 */
export function labelLeaves(root: Element): { times: Element[]; rules: Element[]; prefixed: Element[]; lineBlocks: Element[] } {
  const times: Element[] = [];
  const rules: Element[] = [];
  const prefixed: Element[] = [];
  const lineBlocks = new Set<Element>();
  const doc = root.ownerDocument;
  // 4 = NodeFilter.SHOW_TEXT (no NodeFilter global in Node): text nodes only, no callback.
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue;
    const opened = openedBlock(node, text);
    if (opened) prefixed.push(opened);
    const label = mayBeLabel(text);
    if (!label && !(text && text.length < 40 && RULE.test(text))) continue;
    const el = node.parentElement;
    // A line of its own in a block of `<br>`-split lines: the text itself, or its bold wrapper.
    const line = besideBr(node) ? el : el && soleText(el) === node && besideBr(el) ? el.parentElement : null;
    if (line) lineBlocks.add(line);
    // Alone in its element, or beside nothing that prints (an icon before "88'"), or before a raised ordinal ("88<sup>e</sup>").
    if ((node.previousSibling || node.nextSibling) && (!label || !el || !leadsLeaf(el, node))) continue;
    if (!el || el.namespaceURI !== HTML || SKIP.has(el.localName) || el.localName === 'time' || el.localName === 'amp-timeago') continue;
    if (!label) rules.push(el);
    else if (leafLabelKind(el) && !isDuration(el)) times.push(el);
  }
  return { times, rules, prefixed, lineBlocks: [...lineBlocks] };
}

/** True when the nearest sibling before or after a node, blank text aside, is a `<br>`. */
function besideBr(node: Node): boolean {
  const isBr = (n: Node | null): boolean => n?.nodeType === 1 && (n as Element).localName === 'br';
  let before = node.previousSibling;
  while (before && before.nodeType === 3 && !before.nodeValue?.trim()) before = before.previousSibling;
  let after = node.nextSibling;
  while (after && after.nodeType === 3 && !after.nodeValue?.trim()) after = after.nextSibling;
  return isBr(before) || isBr(after);
}

const PREFIXED_BLOCKS = new Set(['p', 'li', 'div', 'dd']);
/** Wrappers a paragraph's opening time is often set in: `<p><strong>13.31 Uhr:</strong> …</p>`. */
const INLINE = new Set(['strong', 'b', 'span', 'em', 'mark']);

/** True when nothing but blank text comes before `node` in its parent. */
function opensParent(node: Node): boolean {
  for (let p = node.previousSibling; p; p = p.previousSibling) if (p.nodeType !== 3 || p.nodeValue?.trim()) return false;
  return true;
}

/**
 * The paragraph a text node opens with a time, or null: a time followed by a separator
 * (`<p>7h29 - Le trafic…</p>`, also set in bold, `<p><strong>13.31 Uhr:</strong> …</p>`), or on
 * a line of its own (`<p>4:14 p.m.<br>…</p>`).
 */
function openedBlock(node: Node, text: string | null): Element | null {
  // A digit first (NaN for blank text fails too).
  const first = text ? text.trimStart().charCodeAt(0) : 0;
  if (!(first >= 48 && first <= 57) || !text) return null;
  let child: Node = node;
  let parent = node.parentElement;
  while (parent && INLINE.has(parent.localName) && opensParent(child)) {
    child = parent;
    parent = parent.parentElement;
  }
  if (!parent || !PREFIXED_BLOCKS.has(parent.localName) || !opensParent(child)) return null;
  if (splitTimePrefix(text.trimStart().slice(0, 60))) return parent;
  // The paragraph's text only where the node is short ("7h29 - " before a link, a bold
  // "13.31 Uhr:"): a long node that is no prefix makes its block none either.
  if (text.length > 24) return null;
  return splitTimePrefix((parent.textContent ?? '').trimStart().slice(0, 60)) !== null || lineTime(parent) !== null ? parent : null;
}

/** Elements in page order (they come from two queries). */
export function inPageOrder(elements: Element[]): Element[] {
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
    lineBlocks: leaves.lineBlocks,
  };
}

/**
 * Everything that stamps a block with its time, in page order: time carriers, and ticker
 * headings, for tickers that wrap each entry with its heading (`section > h2 "21.47 Uhr: …" + p`).
 */
export function timedAnchors(scan: PageScan): Element[] {
  return scan.tickerHeadings.length ? inPageOrder([...scan.times, ...scan.tickerHeadings]) : scan.times;
}
