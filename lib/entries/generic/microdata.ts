import { liveBlogMicrodata } from '../../detect/jsonld';
import { runsOf, type Run } from '../../detect/structure';
import { datetimeAttr, timeCarriers } from '../../detect/time';
import type { Entry } from '../../types';
import { type Extractor, selectIncludingRoot } from '../extractor';
import { hasMediaIn, textOf } from '../text';
import { readBlock } from './read';
import { blockExtractor } from './blocks';

const UPDATE = '[itemprop~="liveBlogUpdate"]';

/** A microdata property's value: `content`, `datetime` or the element's text. */
function propOf(item: Element, name: string): string | null {
  const el = item.querySelector(`[itemprop~="${name}"]`);
  if (!el) return null;
  return el.getAttribute('content') ?? datetimeAttr(el) ?? (textOf(el) || null);
}

/** The updates marked `itemprop="liveBlogUpdate"`, read with their own properties. */
function itempropExtractor(pageUrl: string): Extractor {
  return {
    kind: 'microdata',
    elements: (root) => selectIncludingRoot(root, UPDATE).filter((el) => textOf(el) !== '' || hasMediaIn(el)),
    entry(el: Element): Entry {
      const url = propOf(el, 'url');
      return readBlock(el, pageUrl, {
        id: el.getAttribute('itemid')?.split('#')[1] || null,
        datetime: propOf(el, 'datePublished'),
        permalink: url,
        author: propOf(el, 'author'),
      });
    },
  };
}

/**
 * Without `liveBlogUpdate` properties, the entries are the largest run of same-shaped siblings in
 * the item: found from the times they carry, else from the most repeated `tag.class` child.
 */
function runIn(scope: Element): Run | null {
  const timed = runsOf(timeCarriers(scope), scope)[0];
  if (timed) return timed;
  let best: Run | null = null;
  for (const el of [scope, ...scope.querySelectorAll('*')]) {
    if (el.children.length < 3) continue;
    const groups = new Map<string, Element[]>();
    for (const c of el.children) {
      const key = `${c.localName}.${(c.getAttribute('class') ?? '').split(/\s+/)[0]}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const blocks of groups.values()) {
      if (blocks.length >= 3 && blocks.length > (best?.blocks.length ?? 0)) best = { container: el, blocks, anchors: blocks };
    }
  }
  return best;
}

/**
 * The extractor for a page with `LiveBlogPosting` microdata: its `liveBlogUpdate` items, else
 * the repeated blocks inside the item (SportoweFakty marks only the list). Null without microdata.
 */
export function microdataExtractor(doc: Document, pageUrl: string): Extractor | null {
  const scope = liveBlogMicrodata(doc)[0];
  if (!scope) return null;
  if (scope.querySelector(UPDATE)) return itempropExtractor(pageUrl);
  const run = runIn(scope);
  return run ? blockExtractor(doc, run, 'microdata', pageUrl) : null;
}
