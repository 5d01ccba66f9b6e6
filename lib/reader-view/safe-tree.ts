// The reader view's allowlist: an entry's markup (already cleaned of furniture by Readability, see
// clean.ts) becomes a small tree of plain data that names only harmless things: text, paragraphs,
// emphasis, lists, quotes, headings, tables, links to http(s) pages, images from https, and
// embeds as links. Nothing else survives: no attribute but the ones rebuilt here (href, src,
// alt), no script, style, SVG, MathML, form, frame or event handler, no `javascript:` URL. The
// view builds DOM nodes from this tree (components/reader-view/SafeContent.tsx); nothing is ever
// parsed from a string into the view.

/** Tags the tree may name. `embed` is drawn as a link to what was embedded. */
export type SafeTag =
  | 'p' | 'br' | 'hr' | 'strong' | 'em' | 's' | 'sub' | 'sup' | 'small' | 'code' | 'pre'
  | 'blockquote' | 'q' | 'cite' | 'ul' | 'ol' | 'li' | 'h3' | 'h4' | 'a' | 'img' | 'figure' | 'figcaption'
  | 'table' | 'thead' | 'tbody' | 'tr' | 'th' | 'td' | 'embed';

/** An element of the tree: an allowed tag, the only attributes it may carry, its children. */
export interface SafeElement {
  tag: SafeTag;
  /** `a` and `embed`: an absolute http(s) URL. */
  href?: string;
  /** `img`: an absolute https URL. */
  src?: string;
  /** `img`: its text alternative. */
  alt?: string;
  children: SafeNode[];
}

/** Text, or an element. */
export type SafeNode = string | SafeElement;

/** Limits that keep one hostile entry from costing the view more than a long real one. */
export const SAFE_LIMITS = { nodes: 4000, depth: 24, text: 200_000 } as const;

const RENAME: Record<string, SafeTag> = {
  p: 'p', br: 'br', hr: 'hr', strong: 'strong', b: 'strong', em: 'em', i: 'em', s: 's', del: 's', strike: 's',
  sub: 'sub', sup: 'sup', small: 'small', code: 'code', kbd: 'code', samp: 'code', pre: 'pre', blockquote: 'blockquote',
  q: 'q', cite: 'cite', ul: 'ul', ol: 'ol', li: 'li', h1: 'h3', h2: 'h3', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4',
  figure: 'figure', figcaption: 'figcaption', table: 'table', thead: 'thead', tbody: 'tbody', tfoot: 'tbody', tr: 'tr',
  th: 'th', td: 'td',
};

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'form', 'input', 'button', 'select', 'option',
  'optgroup', 'textarea', 'label', 'nav', 'footer', 'header', 'aside', 'dialog', 'link', 'meta', 'base', 'head', 'title',
  'frame', 'frameset', 'applet', 'portal', 'map', 'area', 'source', 'track', 'colgroup', 'col', 'caption', 'datalist',
  'output', 'progress', 'meter', 'slot', 'param', 'menu',
]);

/** Elements that stand for embedded content: kept as a link to it, when it has an http(s) address. */
const EMBEDS = new Set(['iframe', 'video', 'audio', 'object', 'embed']);

/** Elements that become a paragraph when they hold no block of their own, and are unwrapped otherwise. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'center', 'address', 'details', 'summary', 'dd', 'dt']);

const BLOCKS = new Set([...CONTAINERS, 'p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'dl', ...EMBEDS]);

/** An absolute URL of one of `protocols`, or null (relative URLs resolve against `base`). */
export function safeUrl(raw: string | null | undefined, base: string, protocols: readonly string[]): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return protocols.includes(url.protocol) && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

const WEB = ['http:', 'https:'];
const HTTPS = ['https:'];

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** The image's source: `src`, else a lazy-loading attribute Readability did not move. */
function imageSource(el: Element, base: string): string | null {
  for (const name of ['src', 'data-src', 'data-original', 'data-lazy-src']) {
    const url = safeUrl(el.getAttribute(name), base, HTTPS);
    if (url) return url;
  }
  return null;
}

/** A 1x1 tracking pixel, as declared. */
function isPixel(el: Element): boolean {
  const w = Number(el.getAttribute('width'));
  const h = Number(el.getAttribute('height'));
  return (w > 0 && w <= 2) || (h > 0 && h <= 2);
}

function embedUrl(el: Element, base: string): string | null {
  const own = el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('data-src');
  const url = safeUrl(own, base, WEB);
  if (url) return url;
  const source = el.querySelector('source[src]');
  return source ? safeUrl(source.getAttribute('src'), base, WEB) : null;
}

/**
 * The safe tree of `root`'s children. `base` resolves relative links and images (the page the
 * entry came from); `skip` drops matching elements (furniture the caller knows of, our own UI).
 */
export function toSafeTree(root: Element, base: string, skip?: string): SafeNode[] {
  let nodes = 0;
  let text = 0;

  const walk = (parent: Node, depth: number, inPre: boolean): SafeNode[] => {
    const out: SafeNode[] = [];
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (nodes >= SAFE_LIMITS.nodes || text >= SAFE_LIMITS.text) break;
      if (child.nodeType === 3) {
        const raw = (child as Text).data;
        const value = inPre ? raw : raw.replace(/\s+/g, ' ');
        if (!value || (!inPre && value === ' ' && out.length === 0)) continue;
        text += value.length;
        out.push(value);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const name = el.localName.toLowerCase();
      // Only HTML elements: an SVG or MathML element is never walked into, whatever its name.
      if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      if (DROP.has(name) || isHidden(el) || (skip && el.matches(skip))) continue;
      nodes++;
      const inner = () => (depth >= SAFE_LIMITS.depth ? [flatText(el)] : walk(el, depth + 1, inPre || name === 'pre'));
      if (EMBEDS.has(name)) {
        const href = embedUrl(el, base);
        if (href) out.push({ tag: 'embed', href, children: [] });
        continue;
      }
      if (name === 'img') {
        const src = imageSource(el, base);
        if (src && !isPixel(el)) out.push({ tag: 'img', src, alt: (el.getAttribute('alt') ?? '').slice(0, 500), children: [] });
        continue;
      }
      if (name === 'a') {
        const href = safeUrl(el.getAttribute('href'), base, WEB);
        const children = inner();
        if (href) out.push({ tag: 'a', href, children });
        else out.push(...children);
        continue;
      }
      if (CONTAINERS.has(name) || name === 'dl') {
        const children = inner();
        if (children.length === 0) continue;
        const holdsBlocks = Array.from(el.children).some((c) => BLOCKS.has(c.localName.toLowerCase()));
        if (holdsBlocks || name === 'dl') out.push(...children);
        else out.push({ tag: 'p', children });
        continue;
      }
      const tag = RENAME[name];
      const children = tag === 'br' || tag === 'hr' ? [] : inner();
      if (!tag) out.push(...children); // an unknown or presentational element: its content only
      else if (tag === 'br' || tag === 'hr' || children.length > 0) out.push({ tag, children });
    }
    return out;
  };
  return walk(root, 0, false);
}

/** An element's text, for content nested deeper than the tree goes. */
function flatText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 10_000);
}

/** The plain text of a tree (for tests and for measuring what cleaning kept). */
export function safeText(nodes: readonly SafeNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : n.tag === 'img' ? '' : ` ${safeText(n.children)} `)).join('').replace(/\s+/g, ' ').trim();
}
