import { tickerBody } from '../../detect/structure';
import { datetimeAttr, splitTimePrefix } from '../../detect/time';
import type { Entry } from '../../types';
import { type Extractor, selectIncludingRoot } from '../extractor';
import { makeEntry } from '../make';
import { textOf } from '../text';
import { uniqueSelector } from './selector';

/** The time-stamped headings (`h2`–`h6`) in `root`, in page order. */
export function tickerHeadings(root: ParentNode): Element[] {
  return [...root.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => splitTimePrefix(textOf(h).slice(0, 40)) !== null);
}

/**
 * The extractor for a flat ticker: each entry is a time-stamped heading ("11.04 Uhr: …") and
 * its body the siblings after it, up to the next heading. Day separators and summary boxes
 * carry no time, so they are never entries.
 */
export function tickerExtractor(doc: Document, headings: readonly Element[], pageUrl: string): Extractor {
  const first = headings[0]!;
  const parent = first.parentElement!;
  const container = uniqueSelector(doc, parent);
  const tag = first.localName;
  const selector = container ? `${container} > ${tag}` : tag;
  const inTicker = (el: Element): boolean =>
    (container ? el.parentElement?.matches(container) === true : el.parentElement === parent) &&
    splitTimePrefix(textOf(el).slice(0, 40)) !== null;
  return {
    kind: 'flat-ticker',
    elements: (root) => selectIncludingRoot(root, selector).filter(inTicker),
    entry(el: Element): Entry {
      const split = splitTimePrefix(textOf(el));
      const more = tickerBody(el);
      const time = el.querySelector('time');
      return makeEntry(
        {
          element: el,
          id: el.getAttribute('id') || null,
          datetime: time ? datetimeAttr(time) : null,
          timeLabel: split?.time ?? null,
          title: split?.rest ?? textOf(el),
          // The heading is the title: the body is what follows it (or nothing at all).
          body: more[0] ?? el,
          more: more.slice(1),
          furniture: more.length ? undefined : tag,
        },
        pageUrl,
      );
    },
  };
}
