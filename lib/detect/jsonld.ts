// The JSON-LD check reads the script text without JSON.parse (a Mirror page carries 1 MB of it
// and this runs on every matched page) and without a regular expression that can backtrack: a
// crafted unterminated `"@type":[` repeated over 0.4 MB once made the old pattern quadratic
// (4.3 s in one task). Each mention of the type is checked by a short backward read instead, so
// the work is linear in the text and bounded per script.

const WORD = 'LiveBlogPosting"';
// PHP's json_encode writes `\/` for every slash, so the prefix comes escaped too.
const PREFIXES = ['https://schema.org/', 'http://schema.org/', 'https:\\/\\/schema.org\\/', 'http:\\/\\/schema.org\\/'];
/** How far back one check may read (a `@type` array of a few names fits easily). */
const WINDOW = 256;
/** Mentions checked per script: a real declaration comes early, a crafted page gets no more. */
const MAX_MENTIONS = 64;

/** Mentions of the type checked, and characters read back by the checks: the regression test's bound. */
export interface ScanMeter {
  mentions: number;
  steps: number;
}

/**
 * True when the mention of the type at `at` ends a string that is a value of `"@type"`: alone,
 * or one name of an array. Reads at most `WINDOW` characters back.
 */
function isTypeValue(text: string, at: number, meter?: ScanMeter): boolean {
  const floor = Math.max(0, at - WINDOW);
  let i = at - 1;
  const back = (n: number): void => {
    i -= n;
    if (meter) meter.steps += n;
  };
  const space = (): void => {
    while (i >= floor && /\s/.test(text[i]!)) back(1);
  };
  const prefix = PREFIXES.find((p) => text.startsWith(p, at - p.length));
  if (prefix) back(prefix.length);
  if (text[i] !== '"') return false;
  back(1);
  space();
  // Back over earlier names of an array (`["NewsArticle", "LiveBlogPosting"]`) to its bracket.
  while (i >= floor && text[i] === ',') {
    back(1);
    space();
    if (text[i] !== '"') return false;
    back(1);
    while (i >= floor && text[i] !== '"' && text[i] !== '\n') back(1);
    if (text[i] !== '"') return false;
    back(1);
    space();
    if (text[i] === '[') break;
  }
  if (text[i] === '[') {
    back(1);
    space();
  }
  if (text[i] !== ':') return false;
  back(1);
  space();
  return i >= floor && text.startsWith('"@type"', i - 6);
}

/**
 * True when the text of one JSON-LD script declares a schema.org `LiveBlogPosting` (also in
 * `@graph` or arrays, with or without the schema.org prefix). Linear in the text: each mention of
 * the type is checked by reading at most a few hundred characters back from it.
 */
export function isLiveBlogJsonLdText(text: string, meter?: ScanMeter): boolean {
  let mentions = 0;
  for (let at = text.indexOf(WORD); at >= 0 && mentions < MAX_MENTIONS; at = text.indexOf(WORD, at + WORD.length)) {
    mentions++;
    if (meter) meter.mentions++;
    if (isTypeValue(text, at, meter)) return true;
  }
  return false;
}

// `itemtype` may list several types and may use http or https, with or without a trailing slash.
const LIVE_ITEMTYPE = /(?:^|\s)https?:\/\/schema\.org\/LiveBlogPosting\/?(?:\s|$)/;

/** True when an `itemtype` attribute value names schema.org `LiveBlogPosting`. */
export function isLiveBlogItemtype(itemtype: string): boolean {
  return LIVE_ITEMTYPE.test(itemtype.trim());
}

/** The document's `LiveBlogPosting` microdata items, outermost first. */
export function liveBlogMicrodata(doc: Document): Element[] {
  return [...doc.querySelectorAll('[itemtype*="LiveBlogPosting"]')].filter((el) => isLiveBlogItemtype(el.getAttribute('itemtype') ?? ''));
}

/**
 * Every `LiveBlogPosting` object in the document's JSON-LD, parsed (also inside `@graph` and
 * arrays). Only for pages already known to be live blogs: this parses the whole script.
 */
export function liveBlogObjects(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    const type = obj['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && /(^|\/)LiveBlogPosting$/.test(t))) found.push(obj);
    if (obj['@graph']) visit(obj['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (!text.includes('LiveBlogPosting')) continue;
    try {
      visit(JSON.parse(text));
    } catch {
      // Malformed JSON-LD is common; the page is judged on its other signals.
    }
  }
  return found;
}
