import { blockStats, inLink, isDiscussion, isDiscussionElement, isStreamPlace } from './blocks';
import { bestPrefixed, bestTicker, flatBody, flatEntryLike } from './flat';
import { bestLineStream } from './lines';
import { bestRuleStream } from './rules';
import { anchorTime, isNewestFirst, mayStartEntries, orderFits, runOrder } from './order';
import { timedAnchors, type PageScan } from './scan';
import { isWeakKind, labelKind } from './time';
import { isMainList, isWireItem, MIN_WIRE } from './wire';

export { isStreamPlace } from './blocks';

/** A container whose children each hold one of a set of anchors (times, matched JSON-LD text). */
export interface Run {
  container: Element;
  /** The container's children that hold an anchor, in page order. */
  blocks: Element[];
  /** The first anchor in each block. */
  anchors: Element[];
}

/** A run as the stream it is: blocks that are entries, or (`flat`) markers that start them. */
export interface Stream extends Run {
  flat: boolean;
}

const MAX_DEPTH = 12;

/**
 * Groups anchors by the container whose distinct children hold them, most children first. The
 * stream is the level where the anchors fall into the most distinct siblings: one level lower
 * each block holds only its own anchors, one level higher they all fall into one child.
 */
export function runsOf(anchors: readonly Element[], within?: Element): Run[] {
  const byParent = new Map<Element, Map<Element, Element>>();
  for (const anchor of anchors) {
    let child = anchor;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const parent = child.parentElement;
      if (!parent || parent.localName === 'html' || parent.localName === 'head') break;
      let blocks = byParent.get(parent);
      if (!blocks) byParent.set(parent, (blocks = new Map()));
      if (!blocks.has(child)) blocks.set(child, anchor);
      if (parent === within) break;
      child = parent;
    }
  }
  const runs: Run[] = [];
  for (const [container, blocks] of byParent) {
    if (blocks.size < 2 || (within && within !== container && !within.contains(container))) continue;
    runs.push({ container, blocks: [...blocks.keys()], anchors: [...blocks.values()] });
  }
  // Most blocks first; on a tie the deeper container, whose children are the entries themselves.
  return runs.sort((a, b) => b.blocks.length - a.blocks.length || depthOf(b.container) - depthOf(a.container));
}

function depthOf(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
}

/**
 * True when a block reads like a live entry: some text of its own besides the time, and not a
 * teaser (mostly link text, or a headline that links to another page). Links further down, such
 * as a related-article card inside an entry, do not make a teaser. A `short` entry may be one line
 * ("7h29 - Le trafic reprend."): allowed where the times run newest first, as only a stream's do.
 */
export function isEntryLike(block: Element, short = false, sport = false): boolean {
  if (inLink(block) || (!sport && isDiscussionElement(block))) return false;
  const s = blockStats(block);
  if (s.headlineLinksAway) return false;
  const own = s.text - s.linkText - s.timeText;
  if (own < 35 || s.linkText > s.text * 0.5) return false;
  return own >= 100 || s.bodyMarkup || short;
}

const BLOCK_TAGS = /^(?:div|p|section|article|header|footer|aside|h[1-6]|ul|ol|li|figure|blockquote|table)$/;

/** True when a block wraps other blocks (a meta line, a headline, paragraphs): a whole entry, no flat marker. */
function wraps(block: Element): boolean {
  for (let c = block.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.test(c.localName)) return true;
  return false;
}

/** True when the block's text opens with its time (the anchor): a marker starts its entry. */
function startsWith(block: Element, anchor: Element): boolean {
  const squash = (t: string | null) => (t ?? '').replace(/\s+/g, '');
  return squash(block.textContent).startsWith(squash(anchor.textContent));
}

/** `tag.firstClass`: blocks of one stream come from one template and share it. */
function shapeOf(el: Element): string {
  return `${el.localName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
}

/** The blocks of the most common shape (the stream's template), in page order. */
export function dominantShape(blocks: readonly Element[]): Element[] {
  const groups = new Map<string, Element[]>();
  for (const b of blocks) {
    const group = groups.get(shapeOf(b));
    if (group) group.push(b);
    else groups.set(shapeOf(b), [b]);
  }
  let best: Element[] = [];
  for (const group of groups.values()) if (group.length > best.length) best = group;
  return best;
}

/**
 * The run's blocks whose time counts in a run of its kind: a weak time (a bare "4.5" or "12.50")
 * only in a run of its own kind, a price "4.5" never in a run of clocks.
 */
function ofOneKind(run: Run, kind: ReturnType<typeof runOrder>['kind']): Run {
  const keep = run.blocks.map((_, i) => {
    const own = anchorTime(run.anchors[i]!).kind;
    return isWeakKind(kind) ? own === kind : !isWeakKind(own);
  });
  return { container: run.container, blocks: run.blocks.filter((_, i) => keep[i]), anchors: run.anchors.filter((_, i) => keep[i]) };
}

/**
 * The best stream of timed blocks: most entry-like blocks of one shape, at least `min`; null
 * when none. Each block is an entry, or, where the times stand alone among untimed siblings (a
 * flat stream), each starts one. Requiring one shape keeps an article and a schedule widget
 * beside it (two timed siblings, both with text) from passing as a two-entry stream; the order of
 * the times keeps agendas, ratings and numbered lists out (see `orderFits`); the blocks must not
 * be what readers write (comments, forum posts, answers). With `wire`, a run of headline links
 * that is the page's main content counts too (wire.ts).
 */
export function bestTimedRun(times: readonly Element[], min: number, urlHint = true, wire = false): Stream | null {
  let best: Stream | null = null;
  for (const all of runsOf(times)) {
    if (all.blocks.length < Math.max(min, (best?.blocks.length ?? 0) + 1)) break;
    const order = runOrder(all.anchors);
    const sport = order.kind === 'minute' || order.kind === 'ordinal' || order.kind === 'ball' || order.kind === 'over' || order.kind === 'period';
    // A table holds a stream of match minutes, printed alone or beside each row's clock: the
    // minutes beside the clocks are counted only where the table is what stands in the way.
    if (!isStreamPlace(all.container, sport, order.kind === 'minute') && !(isStreamPlace(all.container, sport, true) && printsMatchMinutes(all, times))) continue;
    const run = ofOneKind(all, order.kind);
    if (run.blocks.length < min || !orderFits(order, urlHint)) continue;
    // Only a stream shows its newest time first: there, entries may be one line, or be started
    // by a time among untimed siblings. An agenda (times going forward) gets neither.
    const newestFirst = isNewestFirst(order);
    const mayStart = mayStartEntries(order, urlHint);
    const enough = (n: number) => n >= min && n >= run.blocks.length * 0.6;
    let flat = false;
    // Most blocks must read as entries: a few long teasers do not make a rail a stream.
    let good = run.blocks.filter((b) => isEntryLike(b, newestFirst, sport));
    // A news wire of headline links, on a page that calls itself live (see wire.ts).
    if (wire && newestFirst && !enough(good.length) && run.blocks.length >= MIN_WIRE) {
      const items = run.blocks.filter(isWireItem);
      if (enough(items.length) && isMainList(run.container)) good = items;
    }
    if (mayStart && !run.blocks.some(wraps)) {
      // Read as a flat stream where the times start entries that run on over untimed siblings.
      const markers = new Set(run.blocks);
      const isMarker = (el: Element) => markers.has(el);
      const starts = run.blocks.filter((b, i) => startsWith(b, run.anchors[i]!) && flatEntryLike(b, run.anchors[i]!, isMarker));
      if (enough(starts.length) && (!enough(good.length) || starts.some((b) => flatBody(b, isMarker).length > 0))) {
        good = starts;
        flat = true;
      }
    }
    if (!enough(good.length)) continue;
    const same = dominantShape(good);
    // Ticker headings side by side ("11.04 Uhr: …" and its paragraphs after it) are a flat
    // ticker's markers, read by `bestTicker`; here they count only as the heads of wrapped entries.
    if (!flat && same.every((b) => /^h[1-6]$/.test(b.localName) && run.anchors.includes(b) && labelKind(b.textContent ?? '') === null)) continue;
    if (same.length < min || same.length <= (best?.blocks.length ?? 0) || isDiscussion(same, sport)) continue;
    best = { container: run.container, blocks: same, anchors: same.map((b) => run.anchors[run.blocks.indexOf(b)]!), flat };
  }
  return best;
}

/**
 * True when a run's blocks print a match minute beside their clock, the minutes in match order:
 * a ticker's rows stamped "21:14 | 28.", as a table may set them (see `isStreamPlace`). Rows
 * posted before kick-off print the clock alone, so a third of the blocks is enough. A schedule's
 * or a results table's rows print no such run of minutes.
 */
function printsMatchMinutes(run: Run, times: readonly Element[]): boolean {
  const blocks = new Set(run.blocks);
  const seen = new Set<Element>();
  const minutes: Element[] = [];
  for (const time of times) {
    const kind = anchorTime(time).kind;
    if (kind !== 'minute' && kind !== 'ordinal') continue;
    for (let p: Element | null = time, depth = 0; p && p !== run.container && depth < MAX_DEPTH; p = p.parentElement, depth++) {
      if (!blocks.has(p)) continue;
      if (!seen.has(p)) minutes.push(time);
      seen.add(p);
      break;
    }
  }
  return minutes.length * 3 >= run.blocks.length && orderFits(runOrder(minutes), false);
}

/** How many timed entry blocks make a live page, with and without a live-looking URL. */
export const MIN_RUN = { withUrlHint: 2, withoutUrlHint: 4 } as const;
/** How many time-stamped ticker headings make a live page (a ticker's own shape is rarer than timed blocks). */
export const MIN_TICKER = { withUrlHint: 2, withoutUrlHint: 3 } as const;

/**
 * The generic structural signal: a run of sibling blocks each with a time, a flat ticker of
 * time-stamped headings or paragraphs, sections between rules that open with datelines (AP's
 * "The Latest"), or the same as lines of one block split by `<br>` (lines.ts). A live-looking URL lowers the bar (two entries make a fresh live blog)
 * but never replaces it; without one, a longer run is needed, so that a schedule widget, a rail
 * of live-blog teasers or an article's few timestamps stay negative. A title that says the page
 * is live (`liveTitle`) lets a wire of headline links count, where it is the page's main content
 * (wire.ts); a URL does not, since rails of live-blog teasers sit at live URLs too.
 */
export function hasLiveStructureIn(scan: PageScan, urlHint: boolean, liveTitle = false): boolean {
  const minTicker = urlHint ? MIN_TICKER.withUrlHint : MIN_TICKER.withoutUrlHint;
  if (scan.tickerHeadings.length >= minTicker && bestTicker(scan.tickerHeadings, minTicker).length > 0) return true;
  const minRun = urlHint ? MIN_RUN.withUrlHint : MIN_RUN.withoutUrlHint;
  const anchors = timedAnchors(scan);
  if (anchors.length >= minRun && bestTimedRun(anchors, minRun, urlHint, liveTitle) !== null) return true;
  if (scan.prefixed.length >= minRun && bestPrefixed(scan.prefixed, minRun, urlHint, liveTitle).length > 0) return true;
  if (scan.rules.length + 1 >= minRun && bestRuleStream(scan.rules, minRun).length > 0) return true;
  return bestLineStream(scan.lineBlocks, minRun, urlHint) !== null;
}
