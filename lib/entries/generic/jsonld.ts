import { liveBlogObjects } from '../../detect/jsonld';
import { isStreamPlace, runsOf } from '../../detect/structure';
import type { Extractor } from '../extractor';
import { fragmentOf } from '../ids';
import { blockExtractor } from './blocks';
import type { BlockHints } from './read';

/** One `liveBlogUpdate` of the page's JSON-LD, reduced to what helps find it in the DOM. */
interface Update {
  headline: string;
  body: string;
  fragment: string | null;
  datePublished: string | null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
// An `@id` that is no URL ("646219928f08e408b758af95") is the site's own id for the update.
const bareId = (id: string): string | null => (id && !id.includes('/') && !id.includes('#') ? id : null);

function updatesOf(doc: Document): Update[] {
  const out: Update[] = [];
  for (const blog of liveBlogObjects(doc)) {
    const list = blog['liveBlogUpdate'];
    for (const u of Array.isArray(list) ? list : [list]) {
      if (!u || typeof u !== 'object') continue;
      const o = u as Record<string, unknown>;
      out.push({
        headline: str(o['headline']),
        body: str(o['articleBody']) || str(o['text']) || str(o['description']),
        fragment: fragmentOf(str(o['url'])) ?? fragmentOf(str(o['@id'])) ?? bareId(str(o['@id'])),
        datePublished: str(o['datePublished']) || null,
      });
    }
  }
  return out;
}

const ACCENTED = /&([a-zA-Z])(?:acute|grave|circ|uml|tilde|cedil|ring|slash|caron);/g;

/**
 * Text reduced to its letters and digits, lower case, accents dropped, so that JSON-LD (often
 * with HTML entities: "sanit&agrave;", "&quot;") and the rendered page compare equal.
 */
export function letters(text: string): string {
  return text
    // Bodies written as HTML, raw or escaped ("&lt;p&gt;Six!…"): the tags are no text.
    .replace(/<[^>]{0,200}>|&lt;[\s\S]{0,200}?&gt;/g, ' ')
    .replace(ACCENTED, '$1')
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, n: string) => String.fromCodePoint(parseInt(n, hex ? 16 : 10)))
    .replace(/&[a-z]+;/gi, ' ')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const KEY = 12;
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, dd, td';

/** Text blocks of the page by the first letters of their text, in page order. */
function textIndex(doc: Document): Map<string, { el: Element; text: string }[]> {
  const index = new Map<string, { el: Element; text: string }[]>();
  for (const el of doc.querySelectorAll(TEXT_BLOCKS)) {
    const text = letters((el.textContent ?? '').slice(0, 160));
    if (text.length < KEY || el.closest('noscript, template')) continue;
    const list = index.get(text.slice(0, KEY)) ?? [];
    list.push({ el, text });
    index.set(text.slice(0, KEY), list);
  }
  return index;
}

/** Elements with an id, by the id and by its trailing number or hex run (`post-1288914`, `block-6462…`). */
function idIndex(doc: Document): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of doc.querySelectorAll('[id]')) {
    const id = el.getAttribute('id')!;
    for (const key of [id, /(?:[0-9a-f]{12,}|\d{5,})$/i.exec(id)?.[0]]) if (key && !index.has(key)) index.set(key, el);
  }
  return index;
}

/**
 * The extractor for a page whose JSON-LD lists its updates: each update is found in the DOM by
 * its url fragment or `@id` (also as the tail of an element id), else by the start of its text,
 * else by its headline when headlines differ between updates. The JSON-LD itself never becomes
 * an entry: it only shows where the entries are. Null when fewer than two updates are found.
 */
export function jsonLdExtractor(doc: Document, pageUrl: string): Extractor | null {
  const updates = updatesOf(doc);
  if (updates.length === 0) return null;
  const ids = idIndex(doc);
  const anchors: Element[] = [];
  const dateOf = new Map<Element, string | null>();
  const used = new Set<Element>();
  const take = (anchor: Element, u: Update): void => {
    used.add(anchor);
    anchors.push(anchor);
    dateOf.set(anchor, u.datePublished);
  };
  const unmatched: Update[] = [];
  for (const u of updates) {
    const tail = u.fragment ? /(?:[0-9a-f]{12,}|\d{5,})$/i.exec(u.fragment)?.[0] : undefined;
    const byId = (u.fragment && ids.get(u.fragment)) || (tail && ids.get(tail)) || null;
    if (byId && !used.has(byId)) take(byId, u);
    else unmatched.push(u);
  }
  // Where ids work, an update without its element is simply not on this page (Mirror's JSON-LD
  // holds 428 updates, the page 30): looking for its text would only find teasers and key events.
  if (anchors.length < 2 && unmatched.length > 0) {
    const texts = textIndex(doc);
    const headlineCount = new Map<string, number>();
    for (const u of updates) headlineCount.set(letters(u.headline), (headlineCount.get(letters(u.headline)) ?? 0) + 1);
    const findText = (key: string): Element | null => {
      if (key.length < KEY) return null;
      const hit = texts.get(key.slice(0, KEY))?.find((c) => !used.has(c.el) && (c.text.startsWith(key) || key.startsWith(c.text)));
      return hit?.el ?? null;
    };
    for (const u of unmatched) {
      const headline = letters(u.headline);
      const anchor = findText(letters(u.body.slice(0, 400)).slice(0, 60)) ?? (headlineCount.get(headline) === 1 ? findText(headline) : null);
      if (anchor) take(anchor, u);
    }
  }
  if (anchors.length < 2) return null;
  const run = runsOf(anchors).find((r) => isStreamPlace(r.container));
  if (!run) return null;
  // Some sites give every update the page's date: such dates say nothing about an entry.
  const distinctDates = new Set(dateOf.values()).size > 1;
  const hints = new Map<Element, BlockHints>();
  for (const block of run.blocks) {
    const anchor = anchors.find((a) => block === a || block.contains(a));
    if (anchor && distinctDates) hints.set(block, { datetime: dateOf.get(anchor) ?? null });
  }
  return blockExtractor(doc, run, 'jsonld', pageUrl, hints);
}
