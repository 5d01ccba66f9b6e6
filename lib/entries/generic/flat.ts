import { isStreamPlace } from '../../detect/blocks';
import { flatBody, isSeparator } from '../../detect/flat';
import { isDatelineMarker } from '../../detect/rules';
import { cleanLabel, datetimeAttr, isTimeElement, isTimeLabel, leafLabelKind, lineTime, splitTimePrefix } from '../../detect/time';
import type { Entry } from '../../types';
import { type Extractor, selectIncludingRoot } from '../extractor';
import { isAdOrPromo } from '../furniture';
import { makeEntry } from '../make';
import { textOf } from '../text';
import { uniqueSelector } from './selector';

const HEADING = /^h[1-6]$/;

/**
 * The time a flat stream's marker prints, and the words after it; null when the element starts
 * no entry. A marker is a heading or paragraph that starts with a time and a separator ("11.04
 * Uhr: …", "7h29 - …"), one that is nothing but a time ("4:14 p.m."), or one whose first child
 * is or opens with a time (`<p><b>7h29</b> - …</p>`, `<p><strong>06.25 Jonathan Pearlman</strong> …`).
 */
export function markerTime(el: Element): { label: string; rest: string; time: Element | null; headline?: string } | null {
  const text = textOf(el);
  // The first child that is not blank: `<b>7h29</b>` in `<p> <b>7h29</b> - …</p>`.
  let node = el.firstChild;
  while (node && node.nodeType === 3 && !node.nodeValue?.trim()) node = node.nextSibling;
  const lead = node?.nodeType === 1 ? (node as Element) : null;
  const time = lead && isTimeElement(lead) ? lead : el.querySelector('time');
  if (isTimeLabel(text)) return { label: cleanLabel(text), rest: '', time };
  if (lead) {
    // `<b>7h29</b>`, or a time that opens a bold lead-in: `<strong>06.25 Jonathan Pearlman</strong> in …`.
    const own = textOf(lead);
    // A bold line that is the whole paragraph, time and words, is a headline: `<p><strong>14.52 Uhr: Passau sperrt…</strong></p>`.
    const bold = splitTimePrefix(own);
    if (bold && own === text) return { label: bold.time, rest: bold.rest, time, headline: bold.rest };
    const label = isTimeElement(lead) || leafLabelKind(lead) ? own : bold?.time ?? /^\d{1,2}[.:h]\d\d(?= \p{Lu})/u.exec(own)?.[0];
    if (label && text.startsWith(label)) return { label: cleanLabel(label), rest: text.slice(label.length).replace(/^\s*[:\-–—|•·]?\s*/, ''), time };
  }
  const split = splitTimePrefix(text.slice(0, 200));
  if (split) return { label: split.time, rest: split.rest, time };
  // A time on a line of its own: `<p>4:14 p.m.<br>The governor…</p>`.
  const line = lineTime(el);
  return line ? { label: line, rest: text.slice(text.indexOf(line) + line.length).trim(), time } : null;
}

/**
 * The extractor for a flat stream: each entry starts at a marker (see `markerTime`; with
 * `datelines`, a section between rules that opens with a dateline) and runs over the siblings
 * after it, up to the next marker, rule ("___") or section. A time-stamped heading is the entry's
 * title; a time standing alone, or opening a paragraph, is only its time. Day separators, rules
 * and summary boxes carry no time, so they are never entries. Where an article template splits
 * its body over sibling wrappers (for ads between them), markers in the wrappers beside the
 * stream's own belong to it too.
 */
export function flatExtractor(doc: Document, markers: readonly Element[], pageUrl: string, datelines = false): Extractor {
  const first = markers[0]!;
  const tag = first.localName;
  const heading = HEADING.test(tag);
  const isMarker = (el: Element): boolean => el.localName === tag && (datelines ? isDatelineMarker(el) : markerTime(el) !== null);
  let parent = first.parentElement!;
  const outer = parent.parentElement;
  const split =
    outer && [...outer.children].some((c) => c !== parent && c.localName === parent.localName && [...c.children].some(isMarker) && isStreamPlace(c));
  let within = '';
  if (split) {
    within = ` > ${parent.localName}`;
    parent = outer;
  }
  const container = uniqueSelector(doc, parent);
  const selector = container ? `${container}${within} > ${tag}` : tag;
  const holder = (el: Element): Element | null | undefined => (split ? el.parentElement?.parentElement : el.parentElement);
  const inStream = (el: Element): boolean => {
    const h = holder(el);
    return (container ? h?.matches(container) === true : h === parent) && (!split || isStreamPlace(el.parentElement!));
  };
  return {
    kind: heading ? 'flat-ticker' : 'flat-stream',
    elements: (root) => selectIncludingRoot(root, selector).filter((el) => inStream(el) && isMarker(el) && !isSeparator(el)),
    entry(el: Element): Entry {
      const m = markerTime(el);
      // An ad slot between the paragraphs of an entry ("Publicité") is no part of it.
      const more = flatBody(el, isMarker).filter((m) => !isAdOrPromo(m));
      const label = m?.label ?? null;
      // A heading, or a paragraph that is only a bold time and headline, is the title, and the
      // body is what follows it (or nothing at all).
      const titled = heading || (!!m?.headline && more.length > 0);
      return makeEntry(
        {
          element: el,
          id: el.getAttribute('id') || null,
          datetime: m?.time ? datetimeAttr(m.time) : null,
          timeLabel: label,
          title: heading ? m?.rest ?? textOf(el) : titled ? m!.headline! : '',
          body: titled ? more[0] ?? el : el,
          more: titled ? more.slice(1) : more,
          furniture: heading && !more.length ? tag : undefined,
          leadLabel: titled ? undefined : label ?? undefined,
        },
        pageUrl,
      );
    },
  };
}
