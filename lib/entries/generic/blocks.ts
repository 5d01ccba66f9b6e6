import type { Run } from '../../detect/structure';
import { printsText } from '../../detect/prints-text';
import { timeCarriers } from '../../detect/time';
import type { Entry } from '../../types';
import { type Extractor, selectIncludingRoot } from '../extractor';
import { isAdOrPromo } from '../furniture';
import { hasMediaIn } from '../text';
import { type BlockHints, readBlock } from './read';
import { childSelector, ownSelector, uniqueSelector } from './selector';

function hasContent(el: Element): boolean {
  return printsText(el) || hasMediaIn(el);
}

/**
 * The extractor for a stream of sibling blocks (found from times, JSON-LD text or microdata).
 * Entries are the container's children of the blocks' shape, found again by selector, so that
 * blocks the page adds later, or a re-rendered container, are still recognised. A block without
 * a time counts only when it shares the entries' class (else an ad slot between entries would
 * become one) and is no ad or promo by its name or words ("promo", "Advertisement"). A post of the
 * entries' own template that is only a link ("Read the preview: …") is still an entry.
 */
export function blockExtractor(
  doc: Document,
  run: Run,
  kind: string,
  pageUrl: string,
  hints: ReadonlyMap<Element, BlockHints> = new Map(),
): Extractor {
  const child = childSelector(run.blocks);
  const known = new Set(run.blocks);
  // A stream grouped by day or by page ("Friday 14 March" sections, load-more chunks): the run's
  // container and its siblings of its shape that hold blocks of the entries' shape are one stream.
  const outer = run.container.parentElement;
  const group = ownSelector(run.container);
  const groups = outer ? [...outer.children].filter((c) => c.matches(group) && [...c.children].some((k) => k.matches(child.selector))) : [];
  const grouped = groups.length > 1 && child.hasClass;
  const holder = grouped ? outer! : run.container;
  const container = uniqueSelector(doc, holder);
  const within = grouped ? ` > ${group}` : '';
  const selector = container ? `${container}${within} > ${child.selector}` : child.selector;
  const inStream = (el: Element): boolean => {
    const parent = grouped ? el.parentElement?.matches(group) && el.parentElement.parentElement : el.parentElement;
    return container ? !!parent && parent.matches(container) : parent === holder;
  };
  const isEntry = (el: Element): boolean => {
    if (!inStream(el) || !hasContent(el)) return false;
    if (timeCarriers(el).length > 0) return true;
    return (child.hasClass || known.has(el)) && !isAdOrPromo(el);
  };
  return {
    kind,
    elements: (root: ParentNode): Element[] => selectIncludingRoot(root, selector).filter(isEntry),
    entry: (el: Element): Entry => readBlock(el, pageUrl, hints.get(el)),
  };
}
