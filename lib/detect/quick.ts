import { markerForHost, siteName } from '../sites/markers';
import type { Detection } from '../types';
import { hasLiveTitle } from './cues';
import { isLiveBlogItemtype, isLiveBlogJsonLdText } from './jsonld';
import { LIVE_HEADINGS } from './lexicon';
import { embedsPlatform } from './platforms';
import { isLivePath, splitUrl } from './url';

// The cheap check, on every matched page. Measured in Chromium (a content script's isolated
// world, first run), what it costs is mostly first touches, not work: the first element the
// script's world sees sets up the Element and HTMLElement interfaces there (0.4–0.8 ms, more than
// a whole first `isProbablyReaderable` on some pages), each further element and text node costs a
// wrapper, and each function runs cold. So on the common path (a page that is not a live blog)
// it touches no element at all: native selector queries that find nothing, and XPath expressions
// that answer with a boolean, where a condition needs text (JSON-LD scripts, heading text).
// Elements are read only where a query says there is something to read. A JavaScript walk over a
// news page's thousand elements took 2–16 ms; the structural check (structure.ts, reading text
// nodes) runs only where this one says it is worth it, and ships in a script of its own.

/**
 * `time` elements that make a page worth reading text by text: an article prints one or two
 * (published, updated), a stream one per entry.
 */
export const SCAN_TIMES = 3;
/** Headings opening with a digit ("11.04 Uhr: …") that make a page worth a closer look. */
export const SCAN_HEADINGS = 2;

/** What the cheap check says: its signal (final unless `none`), and whether a `none` page is worth the structural check. */
export interface QuickVerdict {
  signal: Detection['signal'];
  worthReading: boolean;
}

/** The verdict object for a page: its site (and adapter, where one knows the site) and the signal. */
export function detectionFor(url: string, signal: Detection['signal'], host = splitUrl(url).host, marker = markerForHost(host)): Detection {
  return { isLiveBlog: signal !== 'none', site: siteName(host, marker), signal, adapter: marker?.name ?? null };
}

const HEADINGS = 'h2, h3, h4, h5, h6';
const MICRODATA = '[itemtype*="LiveBlogPosting"]';
// The whitespace `trimStart` skips and XPath's normalize-space does not, mapped to a space first.
const SPACES = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/**
 * A JSON-LD script that may declare schema.org `LiveBlogPosting`: one that names it (its `type`
 * compared without case, as the CSS query below does in HTML). Only a hint: where it holds, the
 * exact check reads the scripts.
 */
export const SCHEMA_HINT =
  `//script[translate(@type, '${UPPER}', '${UPPER.toLowerCase()}') = 'application/ld+json'][contains(., 'LiveBlogPosting"')]`;
/**
 * How a heading is read as a live label: lower case (accented capitals of the label languages
 * too), hyphens and odd spaces as spaces (`from` becomes `to`, as XPath's translate() does), and
 * the labels between bars, so that one `contains` tests a heading's whole text against all of
 * them. Made on call, so that the structural script, which takes other names from this file,
 * leaves these strings out (the bundler keeps any module-level string built by a call).
 */
function liveLabels(): { from: string; to: string; labels: string } {
  return {
    from: `-${SPACES}${UPPER}ÀÂÄÁÉÈÊÎÏÍÓÔÖÚÙÛÜÇŻŁ`,
    to: `${' '.repeat(SPACES.length + 1)}${UPPER.toLowerCase()}àâäáéèêîïíóôöúùûüçżł`,
    labels: `|${LIVE_HEADINGS.join('|')}|`,
  };
}

/**
 * The DOM half of the gate: SCAN_TIMES `time` elements, or SCAN_HEADINGS headings whose text
 * opens with a digit (after the "+++" German tickers frame their lines with), or a heading that
 * is nothing but a live label ("Match en direct", "Liveticker": LIVE_HEADINGS), as a match
 * centre titled by its teams alone labels its commentary of printed minutes.
 */
export function domGate(): string {
  const { from, to, labels } = liveLabels();
  return (
    `count(//time) + count(//amp-timeago) >= ${SCAN_TIMES} or count((//h2 | //h3 | //h4 | //h5 | //h6)` +
    `[starts-with(translate(normalize-space(translate(., '+${SPACES}', '${' '.repeat(SPACES.length + 1)}')), '123456789', '000000000'), '0')]) >= ${SCAN_HEADINGS}` +
    ` or boolean((//h1 | //h2 | //h3 | //h4 | //h5 | //h6)[contains("${labels}", concat("|", normalize-space(translate(., "${from}", "${to}")), "|"))])`
  );
}

/** An XPath expression's boolean value, or null where the document cannot evaluate XPath (linkedom in Node). */
function xpath(doc: Document, expression: string): boolean | null {
  return typeof doc.evaluate === 'function' ? doc.evaluate(expression, doc, null, 3 /* BOOLEAN_TYPE */, null).booleanValue : null;
}

/** The first character of an element's text, from its first text node (cheaper than all its text). */
function firstChar(el: Element): number {
  let node: Node | null = el.firstChild;
  while (node && node.nodeType === 1) node = node.firstChild;
  const text = node?.nodeType === 3 ? node.nodeValue!.trimStart() : '';
  return (text || (el.textContent ?? '').trimStart()).replace(/^[+\s]+/, '').charCodeAt(0);
}

/** `domGate` by selector queries and element reads, where XPath is missing (exported for the test that holds the two equal). */
export function domGateByElements(doc: Document): boolean {
  if (doc.querySelectorAll('time, amp-timeago').length >= SCAN_TIMES) return true;
  const headings = doc.querySelectorAll(HEADINGS);
  let n = 0;
  for (let i = 0; i < headings.length && n < SCAN_HEADINGS; i++) {
    const first = firstChar(headings[i]!);
    if (first >= 48 && first <= 57) n++;
  }
  if (n >= SCAN_HEADINGS) return true;
  const read = liveLabels();
  return [...doc.querySelectorAll(`h1, ${HEADINGS}`)].some((h) => isLiveLabel(h, read));
}

/** True when a heading's whole text is a live label, read as the gate's XPath reads it (translate, normalize-space). */
function isLiveLabel(heading: Element, { from, to, labels }: ReturnType<typeof liveLabels>): boolean {
  let text = '';
  for (const ch of heading.textContent ?? '') {
    const at = from.indexOf(ch);
    text += at < 0 ? ch : to[at];
  }
  return labels.includes(`|${text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '')}|`);
}

/** schema.org `LiveBlogPosting` in a JSON-LD script, exactly. */
function hasJsonLd(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) if (isLiveBlogJsonLdText(scripts[i]!.textContent ?? '')) return true;
  return false;
}

/** schema.org `LiveBlogPosting` in microdata; the query finds nothing on most pages, and then nothing is read. */
function hasMicrodata(doc: Document): boolean {
  if (!doc.querySelector(MICRODATA)) return false;
  const items = doc.querySelectorAll(MICRODATA);
  for (let i = 0; i < items.length; i++) if (isLiveBlogItemtype(items[i]!.getAttribute('itemtype') ?? '')) return true;
  return false;
}

/**
 * The cheap check. Its signal is final when it finds the adapter's marker or schema.org; else the
 * page's structure decides, and is read only when the URL or the title says "live", the page
 * has several `time` elements or time-stamped-looking headings, or it holds a live-blog
 * platform's container (platforms.ts) (`worthReading`). Cheapest first:
 * the marker query, the schema.org queries, then the URL and title (strings), then the DOM gate.
 */
export function detectQuickly(doc: Document, url: string): QuickVerdict {
  const { host, path } = splitUrl(url);
  const marker = markerForHost(host);
  if (marker && doc.querySelector(marker.liveMarker)) return { signal: 'adapter', worthReading: false };
  if (xpath(doc, SCHEMA_HINT) !== false && hasJsonLd(doc)) return { signal: 'jsonld', worthReading: false };
  if (hasMicrodata(doc)) return { signal: 'microdata', worthReading: false };
  // A URL alone never makes a live blog ("how to watch live" articles match too): it only opens the
  // door; so does a live-blog platform's container, whose entries may print nothing the gate counts.
  const worthReading = isLivePath(path) || hasLiveTitle(doc.title) || (xpath(doc, domGate()) ?? domGateByElements(doc)) || embedsPlatform(doc);
  return { signal: 'none', worthReading };
}
