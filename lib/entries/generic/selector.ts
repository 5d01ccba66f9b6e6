// Selectors that find a container again in the live page, so that entries the page adds later
// (or a container the page re-renders) are recognised without holding on to element references.

/** Escapes an identifier for a CSS selector (there is no `CSS.escape` in Node). */
export function cssEscape(ident: string): string {
  let out = '';
  for (let i = 0; i < ident.length; i++) {
    const ch = ident[i]!;
    const leadingDigit = /\d/.test(ch) && (i === 0 || (i === 1 && ident[0] === '-'));
    if (leadingDigit) out += `\\3${ch} `;
    else if (/[\w-]/.test(ch) || ch.charCodeAt(0) > 0x7f) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

function classesOf(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** `tag.firstClass` (or just `tag`): the first class is the author's base class on most sites. */
export function ownSelector(el: Element): string {
  const first = classesOf(el)[0];
  return first ? `${el.localName}.${cssEscape(first)}` : el.localName;
}

function isUnique(doc: Document, selector: string): boolean {
  try {
    return doc.querySelectorAll(selector).length === 1;
  } catch {
    return false;
  }
}

/**
 * A selector that matches `el` and nothing else in `doc`: its id, else its tag and base class,
 * prefixed by its ancestors' until unique. Null when five levels do not make it unique.
 */
export function uniqueSelector(doc: Document, el: Element): string | null {
  let selector = '';
  let node: Element | null = el;
  for (let level = 0; node && level < 5; level++, node = node.parentElement) {
    const id = node.getAttribute('id');
    const own = id ? `#${cssEscape(id)}` : ownSelector(node);
    selector = selector ? `${own} > ${selector}` : own;
    if (isUnique(doc, selector)) return selector;
    if (node.localName === 'body') return null;
  }
  return null;
}

/**
 * The shape shared by a set of sibling blocks: their tag, and the first class they all carry
 * (state classes such as "rendered" come later in the list, or not on every block).
 */
export function childSelector(blocks: readonly Element[]): { selector: string; hasClass: boolean } {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.localName, (counts.get(b.localName) ?? 0) + 1);
  const tag = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'div';
  const same = blocks.filter((b) => b.localName === tag);
  const shared = classesOf(same[0]!).filter((c) => same.every((b) => classesOf(b).includes(c)));
  const first = shared[0];
  return first ? { selector: `${tag}.${cssEscape(first)}`, hasClass: true } : { selector: tag, hasClass: false };
}
