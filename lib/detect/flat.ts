import { blockStats, inLink, isDiscussion, isStreamPlace, nonSpace } from './blocks';
import { mayStartEntries, orderFits, runOrder } from './order';
import { isTimeElement, isTimeLabel, openingTime } from './time';
import { isMainList, isWireItem } from './wire';

// Flat streams: entries that are not wrapped in an element of their own, only started by a
// marker among their siblings: a time-stamped heading ("11.04 Uhr: …", NZZ), a paragraph that is
// only a time ("4:14 p.m.", AP's "The Latest"), or one that starts with one ("7h29 - …", a
// French "fil info"). An entry runs from its marker to the next marker, rule or section.

const STOP = /^(?:h[1-6]|section|aside|nav|footer|header|hr)$/;
const RULE = /^[\s_*=~•·—–-]+$/;

/** A rule between entries: `hr`, or a short paragraph of nothing but rule characters ("___", "__", "* * *"). */
export function isSeparator(el: Element): boolean {
  if (el.localName === 'hr') return true;
  const text = el.textContent ?? '';
  return text.length < 40 && nonSpace(text) >= 2 && RULE.test(text);
}

const firstClass = (el: Element): string => (el.getAttribute('class') ?? '').trim().split(/\s+/)[0]!;

/**
 * The siblings after a marker that belong to its entry: up to the next marker, rule, heading or
 * section, or an element of the marker's tag but of another class (a closing "read yesterday's
 * feed" paragraph is no part of the last entry).
 */
export function flatBody(marker: Element, isMarker: (el: Element) => boolean = () => false): Element[] {
  const out: Element[] = [];
  // A marker that is only its time (`<li class="min">74'</li>`) has its words after it, in the
  // same tag of another class (`<li class="txt">`): there the class says nothing of an ending.
  const bare = isTimeLabel(marker.textContent ?? '');
  for (let el = marker.nextElementSibling; el; el = el.nextElementSibling) {
    if (isMarker(el) || STOP.test(el.localName) || isSeparator(el)) break;
    if (el.localName === marker.localName && firstClass(el) !== firstClass(marker) && !(bare && !out.length)) break;
    out.push(el);
  }
  return out;
}

/**
 * Markers grouped by the body they run in, in page order: their parent, or, where an article
 * template splits its body over sibling wrappers of one shape (ads between them), the wrappers'
 * parent: a stream of five markers in three wrappers is one stream, not three short ones.
 */
export function byBody(markers: readonly Element[]): Map<Element, Element[]> {
  const shape = (el: Element) => `${el.localName}.${firstClass(el)}`;
  // Wrappers of one shape holding markers, per grandparent.
  const wrappers = new Map<Element, Map<string, Set<Element>>>();
  for (const m of markers) {
    const parent = m.parentElement;
    const outer = parent?.parentElement;
    if (!parent || !outer) continue;
    const shapes = wrappers.get(outer) ?? new Map<string, Set<Element>>();
    wrappers.set(outer, shapes);
    const set = shapes.get(shape(parent)) ?? new Set<Element>();
    shapes.set(shape(parent), set.add(parent));
  }
  const groups = new Map<Element, Element[]>();
  for (const m of markers) {
    const parent = m.parentElement;
    if (!parent) continue;
    const outer = parent.parentElement;
    const split = outer && parent.localName === 'div' && (wrappers.get(outer)?.get(shape(parent))?.size ?? 0) > 1;
    const key = split ? outer : parent;
    const list = groups.get(key) ?? [];
    groups.set(key, list);
    list.push(m);
  }
  return groups;
}

/** Text that is the entry's own: not in links to other pages. */
function ownText(el: Element): number {
  const s = blockStats(el);
  return s.text - s.linkText;
}

/**
 * True when a marker opens an entry a reader would read: at least a line of text of its own
 * beyond the time (`anchor` is the time it carries), not in links, and not a link itself.
 */
export function flatEntryLike(marker: Element, anchor: Element, isMarker: (el: Element) => boolean): boolean {
  if (inLink(marker)) return false;
  const heading = /^h[1-6]$/.test(marker.localName);
  const s = blockStats(marker);
  if (heading && s.linkText > 0) return false;
  // A heading's own words are its title; what counts is the body after it. A paragraph's are
  // its text, once the time that opens it is cut.
  const label = isTimeElement(anchor) ? s.timeText : nonSpace(anchor === marker ? openingTime(marker)?.time ?? '' : anchor.textContent);
  let text = heading ? 0 : s.text - s.linkText - label;
  for (const el of flatBody(marker, isMarker)) text += ownText(el);
  return text >= 25;
}

/**
 * Paragraphs that open with a time ("7h29 - Le trafic reprend…"), as a flat stream: siblings of
 * one parent, at least `min`, each with a line of its own (with `wire`, or a headline link), their
 * times in an order only a stream has (newest first, not on round planned minutes: see order.ts).
 */
export function bestPrefixed(blocks: readonly Element[], min: number, urlHint: boolean, wire = false): Element[] {
  let best: Element[] = [];
  for (const [parent, list] of byBody(blocks)) {
    if (list.length < Math.max(min, best.length + 1) || !isStreamPlace(parent)) continue;
    const order = runOrder(list);
    if (!orderFits(order, urlHint) || !mayStartEntries(order, urlHint)) continue;
    const markers = new Set(list);
    let good = list.filter((b) => flatEntryLike(b, b, (el) => markers.has(el)));
    // "7h29 - <a>headline</a>": a wire of headline links, where the page says it is one (wire.ts).
    if (wire && good.length < list.length * 0.6 && isMainList(parent)) good = list.filter((b) => flatEntryLike(b, b, (el) => markers.has(el)) || isWireItem(b));
    if (good.length >= min && good.length >= list.length * 0.6 && !isDiscussion(good)) best = good;
  }
  return best;
}

/** The time-stamped headings of the best flat ticker (siblings of one parent), at least `min`. */
export function bestTicker(headings: readonly Element[], min: number): Element[] {
  let best: Element[] = [];
  for (const [parent, list] of byBody(headings)) {
    if (list.length < min || !isStreamPlace(parent)) continue;
    const good = list.filter((h) => flatEntryLike(h, h, () => false));
    if (good.length >= min && good.length >= list.length * 0.6 && good.length > best.length && !isDiscussion(good)) best = good;
  }
  return best;
}
