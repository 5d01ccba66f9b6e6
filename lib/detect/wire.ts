import { blockStats, inLink } from './blocks';

// A news wire ("le fil info", a "Newsticker" page of short items): a list of timed items that
// are each one headline linking to its article. Item by item it looks like a teaser rail, so
// it is read as a stream only where the page says it is one (title or URL) and the list is the
// page's main content: what shares the page's `h1` with it is mostly the list itself. A ticker
// or "latest" rail beside an article fails that: the article's body outweighs the rail.

/** Items a wire must show: a fresh fil info lists a morning's worth of them. */
export const MIN_WIRE = 5;

/** True when a block is a timed headline: one link of a line or more, and little text of its own besides. */
export function isWireItem(block: Element): boolean {
  if (inLink(block)) return false;
  const s = blockStats(block);
  const own = s.text - s.linkText - s.timeText;
  return s.linkText >= 25 && own <= s.linkText;
}

/** True when `container` is the page's main content: beside the `h1`, little text that is not the list. */
export function isMainList(container: Element): boolean {
  const h1 = container.ownerDocument.querySelector('body h1');
  if (!h1 || container.contains(h1)) return false;
  let common: Element | null = h1.parentElement;
  while (common && !common.contains(container)) common = common.parentElement;
  if (!common || common.localName === 'body' || common.localName === 'html') return false;
  const list = blockStats(container).text;
  return blockStats(common).text - list < list;
}
