// Whether an element prints anything, asked of many elements by the page walks (time labels
// beside icons, blocks without content): answered from the first text node that is not
// whitespace, without building the element's whole text.

/** Anything but the whitespace `trim` removes. */
const NOT_SPACE = /\S/;

/**
 * True when a node's text (`textContent`) is more than whitespace. Read up to its first such text
 * node: page walks ask this of every element's children, and building each child's whole text
 * made a deep page's walk quadratic in its depth.
 */
export function printsText(node: Node): boolean {
  for (let n: Node | null = node.firstChild; n && n !== node; ) {
    if ((n.nodeType === 3 || n.nodeType === 4) && NOT_SPACE.test(n.nodeValue!)) return true;
    if (n.firstChild) n = n.firstChild;
    else {
      while (n !== node && !n.nextSibling) n = n.parentNode!;
      if (n !== node) n = n.nextSibling;
    }
  }
  return false;
}
