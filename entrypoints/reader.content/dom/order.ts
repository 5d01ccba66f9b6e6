// Reading order without moving the site's nodes. Live-blog scripts insert new entries relative to
// their own markers (the Guardian's `#top-of-blog`) and hydrate islands where they left them, so
// re-parenting or re-sorting their elements would break them. Instead the stream's container
// becomes a flex column and each child gets a CSS `order`: the picture reverses, the DOM does not.
import { ATTR } from '@/lib/page-contract';
import type { Entry } from '@/lib/types';
import { addPageStyle } from './page-style';

/** On a child of a reordered container: its place (1 = first) in the reversed order. */
const ORDER_ATTRIBUTE = ATTR.order;
/** On a container whose children are reordered. */
const ORDER_BOX_ATTRIBUTE = ATTR.orderBox;

/** Which container children get which `order`, for the given entry elements (document order). */
export interface OrderPlan {
  boxes: Element[];
  orders: Map<Element, number>;
}

function commonAncestor(elements: readonly Element[]): Element | null {
  let ancestor = elements[0]?.parentElement ?? null;
  while (ancestor && !elements.every((el) => ancestor!.contains(el))) ancestor = ancestor.parentElement;
  return ancestor;
}

function childOf(container: Element, el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== container) node = node.parentElement;
  return node;
}

function arrange(container: Element, elements: readonly Element[], plan: OrderPlan): void {
  const groups = new Map<Element, Element[]>();
  for (const el of elements) {
    const item = childOf(container, el);
    const group = groups.get(item);
    if (group) group.push(el);
    else groups.set(item, [el]);
  }
  const items = [...groups.keys()];
  const position = new Map(items.map((item, i) => [item, i]));
  const n = items.length;
  if (n >= 2) {
    plan.boxes.push(container);
    // Children before the first entry (pinned post, markers) keep order 0 and stay on top; those
    // between entries (ads, our stubs) travel with the entry after them; those after the last
    // entry (the "older posts" button) stay at the bottom.
    let started = false;
    let between: Element[] = [];
    for (const child of container.children) {
      const i = position.get(child);
      if (i === undefined) {
        if (started) between.push(child);
        continue;
      }
      started = true;
      const order = n - i;
      for (const other of between) plan.orders.set(other, order);
      between = [];
      plan.orders.set(child, order);
    }
    for (const other of between) plan.orders.set(other, n + 1);
  }
  // Entries grouped inside one child (by day, say) are reversed within it as well.
  for (const [item, group] of groups) {
    if (group.length < 2) continue;
    const inner = commonAncestor(group);
    if (inner && item.contains(inner)) arrange(inner, group, plan);
  }
}

/**
 * The plan that shows `elements` (entry elements in document order, pinned copies left out) in
 * reverse order. Pure DOM reading: nothing is written.
 */
export function planReverse(elements: readonly Element[]): OrderPlan {
  const plan: OrderPlan = { boxes: [], orders: new Map() };
  const connected = elements.filter((el) => el.isConnected);
  const container = connected.length >= 2 ? commonAncestor(connected) : null;
  if (container) arrange(container, connected, plan);
  return plan;
}

/**
 * True when the stream already runs oldest first (first timed entry older than the last), false
 * when it runs newest first, null when the page gives no times to tell.
 */
export function siteRunsOldestFirst(entries: readonly Entry[]): boolean | null {
  // The first and the last timed entry, found from each end: the panel asks on every update, and
  // reading every entry's time would make a live entry cost in proportion to the blog.
  const timeAt = (i: number) => {
    const e = entries[i]!;
    return !e.pinned && e.time ? Date.parse(e.time) : NaN;
  };
  let first = 0;
  while (first < entries.length && Number.isNaN(timeAt(first))) first++;
  let last = entries.length - 1;
  while (last > first && Number.isNaN(timeAt(last))) last--;
  if (last <= first) return null;
  const [a, b] = [timeAt(first), timeAt(last)];
  if (a === b) return null;
  return a < b;
}

/** Applies reading orders to the page, writing only what changed; undone when `signal` aborts. */
export function createOrderer(doc: Document, signal: AbortSignal) {
  const style = addPageStyle(doc, '', signal);
  let rules = 0;
  let marked = new Map<Element, number>();
  let boxes = new Set<Element>();

  const ensureRules = (max: number) => {
    if (max <= rules) return;
    // Rules per number rather than `order: attr()`, which not every browser reads as an integer.
    rules = Math.max(max, rules * 2, 64);
    const lines = [`[${ORDER_BOX_ATTRIBUTE}] { display: flex; flex-direction: column; }`];
    for (let k = 1; k <= rules; k++) lines.push(`[${ORDER_ATTRIBUTE}="${k}"] { order: ${k}; }`);
    style.set(lines.join('\n'));
  };

  const apply = (elements: readonly Element[], reverse: boolean) => {
    const plan = reverse ? planReverse(elements) : { boxes: [], orders: new Map<Element, number>() };
    ensureRules(Math.max(0, ...plan.orders.values()));
    for (const el of marked.keys()) if (!plan.orders.has(el)) el.removeAttribute(ORDER_ATTRIBUTE);
    for (const [el, order] of plan.orders) if (marked.get(el) !== order) el.setAttribute(ORDER_ATTRIBUTE, String(order));
    const nextBoxes = new Set(plan.boxes);
    for (const box of boxes) if (!nextBoxes.has(box)) box.removeAttribute(ORDER_BOX_ATTRIBUTE);
    for (const box of nextBoxes) if (!boxes.has(box)) box.setAttribute(ORDER_BOX_ATTRIBUTE, '');
    marked = plan.orders;
    boxes = nextBoxes;
  };

  signal.addEventListener('abort', () => apply([], false));
  return { apply };
}
