import type { PageScan } from './scan';

/** A container whose children each hold one of a set of anchors (times, matched JSON-LD text). */
export interface Run {
  container: Element;
  /** The container's children that hold an anchor, in page order. */
  blocks: Element[];
}

// Blocks in these never are the stream: schedules, teaser rails, page chrome, comment threads.
const OUTSIDE_TAGS = new Set(['aside', 'nav', 'footer', 'header', 'table']);
const COMMENTS = /(?:^|[\s_-])(?:comments?|replies|disqus)(?:$|[\s_-])/i;
const MAX_DEPTH = 12;

/**
 * Groups anchors by the container whose distinct children hold them, most children first. The
 * stream is the level where the anchors fall into the most distinct siblings: one level lower
 * each block holds only its own anchors, one level higher they all fall into one child.
 */
export function runsOf(anchors: readonly Element[], within?: Element): Run[] {
  const byParent = new Map<Element, Set<Element>>();
  for (const anchor of anchors) {
    let child = anchor;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const parent = child.parentElement;
      if (!parent || parent.localName === 'html' || parent.localName === 'head') break;
      let set = byParent.get(parent);
      if (!set) byParent.set(parent, (set = new Set()));
      set.add(child);
      if (parent === within) break;
      child = parent;
    }
  }
  const runs: Run[] = [];
  for (const [container, set] of byParent) {
    if (set.size < 2 || (within && within !== container && !within.contains(container))) continue;
    runs.push({ container, blocks: [...set] });
  }
  // Most blocks first; on a tie the deeper container, whose children are the entries themselves.
  return runs.sort((a, b) => b.blocks.length - a.blocks.length || depthOf(b.container) - depthOf(a.container));
}

function depthOf(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
}

/** True when a link stays on this page (`#block-1`) rather than leading to another one. */
function isOwnLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href === '' || href.startsWith('#');
}

/**
 * What `isEntryLike` needs to know about a block, gathered in one walk without selectors: DOM
 * libraries for Node compile a selector on every query, and this runs during detection.
 */
interface BlockStats {
  /** Non-space characters of text, in all, inside links to other pages, inside `time`. */
  text: number;
  linkText: number;
  timeText: number;
  /** Paragraphs, quotes, figures, images or lists: the markup of a written body. */
  bodyMarkup: boolean;
  /** The first heading is, or holds, a link to another page (a teaser's headline). */
  headlineLinksAway: boolean;
}

const BODY_MARKUP = new Set(['p', 'blockquote', 'figure', 'img', 'ul', 'ol']);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);
const HEADING_TAG = /^h[1-6]$/;

function nonSpace(text: string | null): number {
  let n = 0;
  if (text) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32 && text.charCodeAt(i) !== 160) n++;
  return n;
}

function blockStats(block: Element): BlockStats {
  const stats: BlockStats = { text: 0, linkText: 0, timeText: 0, bodyMarkup: false, headlineLinksAway: false };
  let headingSeen = false;
  const walk = (parent: Node, inLink: boolean, inTime: boolean, inHeadline: boolean): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const n = nonSpace(node.nodeValue);
        stats.text += n;
        if (inLink) stats.linkText += n;
        if (inTime) stats.timeText += n;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.localName;
      if (NO_TEXT.has(tag)) continue;
      if (BODY_MARKUP.has(tag)) stats.bodyMarkup = true;
      const away = tag === 'a' && !isOwnLink(el);
      let headline = inHeadline;
      if (!headingSeen && HEADING_TAG.test(tag)) {
        headingSeen = true;
        headline = true;
        if (inLink) stats.headlineLinksAway = true;
      }
      if (away && headline) stats.headlineLinksAway = true;
      walk(el, inLink || away, inTime || tag === 'time', headline);
    }
  };
  walk(block, false, false, false);
  return stats;
}

/**
 * True when a block reads like a live entry: some text of its own besides the time, and not a
 * teaser (mostly link text, or a headline that links to another page). Links further down, such
 * as a related-article card inside an entry, do not make a teaser.
 */
export function isEntryLike(block: Element): boolean {
  for (let el: Element | null = block; el; el = el.parentElement) if (el.localName === 'a') return false;
  const s = blockStats(block);
  if (s.headlineLinksAway) return false;
  const own = s.text - s.linkText - s.timeText;
  if (own < 35 || s.linkText > s.text * 0.5) return false;
  return own >= 100 || s.bodyMarkup;
}

/** True when a container can hold a live stream at all (not a sidebar, table or comment thread). */
export function isStreamPlace(container: Element): boolean {
  // One walk up the ancestors, by name: `closest()` with a selector list compiles it on each call.
  for (let el: Element | null = container; el; el = el.parentElement) {
    if (OUTSIDE_TAGS.has(el.localName)) return false;
    const role = el.getAttribute('role');
    if (role === 'complementary' || role === 'navigation') return false;
    if (COMMENTS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return false;
  }
  return true;
}

/** The entry-like blocks of a run, or [] when the run is in no place for a stream. */
export function entryBlocks(run: Run): Element[] {
  return isStreamPlace(run.container) ? run.blocks.filter(isEntryLike) : [];
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
 * The best run of timed blocks: most entry-like blocks of one shape, at least `min`; null when
 * none. Requiring one shape keeps an article and a schedule widget beside it (two timed
 * siblings, both with text) from passing as a two-entry stream.
 */
export function bestTimedRun(times: readonly Element[], min: number): Run | null {
  let best: Run | null = null;
  for (const run of runsOf(times)) {
    if (run.blocks.length < Math.max(min, (best?.blocks.length ?? 0) + 1)) break;
    const good = entryBlocks(run);
    // Most blocks must read as entries: a few long teasers do not make a rail a stream.
    if (good.length < min || good.length < run.blocks.length * 0.6) continue;
    const same = dominantShape(good);
    if (same.length >= min && same.length > (best?.blocks.length ?? 0)) best = { container: run.container, blocks: same };
  }
  return best;
}

/** The siblings after a ticker heading that belong to its entry, up to the next heading or section. */
export function tickerBody(heading: Element): Element[] {
  const out: Element[] = [];
  for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^(?:h[1-6]|section|aside|nav|footer|header|hr)$/.test(el.localName)) break;
    out.push(el);
  }
  return out;
}

/** The time-stamped headings of the best flat ticker (siblings of one parent), at least `min`. */
export function bestTicker(headings: readonly Element[], min: number): Element[] {
  const byParent = new Map<Element | null, Element[]>();
  for (const h of headings) {
    const list = byParent.get(h.parentElement) ?? [];
    list.push(h);
    byParent.set(h.parentElement, list);
  }
  let best: Element[] = [];
  for (const [parent, list] of byParent) {
    if (!parent || list.length < min || !isStreamPlace(parent)) continue;
    // Each heading must lead some text of its own, not be a link to another page.
    const good = list.filter((h) => {
      for (let el: Element | null = h; el; el = el.parentElement) if (el.localName === 'a') return false;
      if (blockStats(h).linkText > 0) return false;
      return tickerBody(h).reduce((n, el) => n + nonSpace(el.textContent), 0) >= 25;
    });
    if (good.length >= min && good.length >= list.length * 0.6 && good.length > best.length) best = good;
  }
  return best;
}

/** How many timed entry blocks make a live page, with and without a live-looking URL. */
export const MIN_RUN = { withUrlHint: 2, withoutUrlHint: 4 } as const;
/** How many time-stamped ticker headings make a live page (a ticker's own shape is rarer than timed blocks). */
export const MIN_TICKER = { withUrlHint: 2, withoutUrlHint: 3 } as const;

/**
 * The generic structural signal: a run of sibling blocks each with a time, or a flat ticker of
 * time-stamped headings. A live-looking URL lowers the bar (two entries make a fresh live blog)
 * but never replaces it; without one, a longer run is needed, so that a schedule widget, a rail
 * of live-blog teasers or an article's few timestamps stay negative.
 */
export function hasLiveStructureIn(scan: PageScan, urlHint: boolean): boolean {
  const minTicker = urlHint ? MIN_TICKER.withUrlHint : MIN_TICKER.withoutUrlHint;
  if (scan.tickerHeadings.length >= minTicker && bestTicker(scan.tickerHeadings, minTicker).length > 0) return true;
  const minRun = urlHint ? MIN_RUN.withUrlHint : MIN_RUN.withoutUrlHint;
  return scan.times.length >= minRun && bestTimedRun(scan.times, minRun) !== null;
}

