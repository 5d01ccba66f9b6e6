// Which nodes in the page are ours. Everything the reader puts into the page carries
// `data-lbl-ui`. The per-entry parts (each entry's tools, chips, see-also line and repeat stub)
// sit inside the site's own content, so a page that re-parses its own list from its serialised markup (or a
// framework rendering again from the DOM it found) copies them too: the
// attribute, never the shadow root nor this registration. Such copies are dead weight, told apart
// here and removed by the feed. Per-entry parts also name their entry, so that when the site
// throws one out with the entry's old children the entry can get it back.
import { ATTR, UI, type UiPart } from '@/lib/page-contract';

declare global {
  var __liveblogLensOurs: { ours: WeakSet<Node>; owners: WeakMap<Node, Element> } | undefined;
}

// One registry for both of the reader's scripts (the interface registers its parts, the feed asks),
// each of which bundles this module: kept in the isolated world's global, which the page cannot see.
const registry = (globalThis.__liveblogLensOurs ??= { ours: new WeakSet<Node>(), owners: new WeakMap<Node, Element>() });
const { ours, owners } = registry;
const SELECTOR = `[${ATTR.ui}]`;
/** The parts that live inside the site's content (and so get copied with it). */
const PER_ENTRY: ReadonlySet<string> = new Set<UiPart>([UI.entryTools, UI.chips, UI.seeAlso, UI.repeatStub]);

/** Registers a per-entry part of ours and the entry element it decorates. */
export function ownNode(node: Element, entry: Element): void {
  ours.add(node);
  owners.set(node, entry);
}

/** Forgets `node` (before we remove it ourselves, so its removal is not taken for the site's doing). */
export function disownNode(node: Node): void {
  ours.delete(node);
  owners.delete(node);
}

/** A page's copy of one of our per-entry parts: it says it is ours, and is not. */
function isCopy(el: Element): boolean {
  return !ours.has(el) && PER_ENTRY.has(el.getAttribute(ATTR.ui) ?? '');
}

/** True when `node` is, or lies inside, a node of ours (copies made by the page are not ours). */
export function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const ui = el?.closest(SELECTOR);
  return !!ui && !isCopy(ui);
}

/** The entry element a per-entry part of ours decorates, or null. */
export function ownerOf(node: Node): Element | null {
  return owners.get(node) ?? null;
}

/** Removes the copies of our per-entry parts that the page made inside `root` (or `root` itself). */
export function removeCopies(root: Element): void {
  if (isCopy(root)) return void root.remove();
  for (const el of root.querySelectorAll(SELECTOR)) if (isCopy(el)) el.remove();
}
