import type { Paragraph } from '../types';

// Never text: code, controls, hidden and decorative parts.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'nav', 'iframe', 'select',
  'textarea', 'input', 'object', 'canvas', 'audio', 'video', 'picture', 'img', 'amp-img',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'header', 'footer', 'aside', 'main',
  'pre', 'dl', 'dt', 'dd', 'br', 'hr', 'amp-live-list',
]);
const MEDIA = 'img, picture, video, iframe, amp-img, amp-video, amp-iframe, amp-youtube, amp-twitter, figure, [data-embed-type], .twitter-tweet, .instagram-media';

/** Anything `trim` keeps (`\s` is the set of whitespace `trim` removes). */
const NOT_SPACE = /\S/;

/** Collapses runs of whitespace (including non-breaking spaces) and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function kindOf(stack: string[]): Paragraph['kind'] {
  for (let i = stack.length - 1; i >= 0; i--) {
    const tag = stack[i]!;
    if (tag === 'blockquote') return 'blockquote';
    if (tag === 'li') return 'li';
    if (/^h[1-6]$/.test(tag)) return 'h';
  }
  return 'p';
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * Splits an element's visible text into paragraphs, keeping whether each one is a quote block,
 * a list item or a heading. `skip` removes furniture (share bars, timestamps) by selector.
 * Reads the element without changing it.
 */
export function paragraphsOf(root: Element, skip?: string): Paragraph[] {
  const out: Paragraph[] = [];
  const stack: string[] = [];
  let buffer = '';
  // Whether the buffer is still all whitespace: asked per text node, so kept rather than read
  // again from the buffer (trimming a paragraph of many links on each of them was most of the walk).
  let blank = true;
  let bufferKind: Paragraph['kind'] = 'p';
  const flush = () => {
    if (!blank) {
      const text = squash(buffer);
      if (text) out.push({ kind: bufferKind, text });
    }
    buffer = '';
    blank = true;
  };
  // A list of bare tag names is checked by name; any other selector with one query per root,
  // not `matches` per node: DOM libraries in Node compile the selector on every call.
  const skipTags = skip && /^[a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*$/.test(skip) ? new Set(skip.split(/\s*,\s*/)) : null;
  const skipped = skip && !skipTags ? new Set(root.querySelectorAll(skip)) : null;
  if (skipTags?.has(root.localName) || (skipped && root.matches(skip!))) return out;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (blank) {
        bufferKind = kindOf(stack);
        blank = !NOT_SPACE.test(value);
      }
      buffer += value;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP.has(tag) || isHidden(el) || skipTags?.has(tag) || skipped?.has(el)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    stack.push(tag);
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    stack.pop();
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/** What stands between two paragraphs in an entry's text: a blank line. */
export const PARAGRAPH_BREAK = '\n\n';

/** Joins paragraphs into the entry's clean text (blank line between paragraphs). */
export function joinParagraphs(paragraphs: readonly Pick<Paragraph, 'text'>[]): string {
  return paragraphs.map((p) => p.text).join(PARAGRAPH_BREAK);
}

/** True when the element shows an image, video or embed outside its furniture (`skip`: avatars, logos). */
export function hasMediaIn(el: Element, skip?: string): boolean {
  if (!skip) return el.querySelector(MEDIA) !== null;
  const media = el.querySelectorAll(MEDIA);
  if (media.length === 0) return false;
  const skipped = new Set(el.querySelectorAll(skip));
  for (const m of media) {
    let node: Element | null = m;
    while (node && node !== el && !skipped.has(node)) node = node.parentElement;
    if (node === el || !node) return true;
  }
  return false;
}

/** The squashed text of an element, or '' (for titles, authors, time labels). */
export function textOf(el: Element | null | undefined): string {
  return el ? squash(el.textContent ?? '') : '';
}
