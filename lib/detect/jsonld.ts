// A regex over the script text, not JSON.parse: a Mirror page carries 1 MB of JSON-LD and this
// runs on every matched page.
const LIVE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?LiveBlogPosting"/;

/** True when the text of one JSON-LD script declares a schema.org `LiveBlogPosting` (also in `@graph` or arrays). */
export function isLiveBlogJsonLdText(text: string): boolean {
  return text.includes('LiveBlogPosting') && LIVE_TYPE.test(text);
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
