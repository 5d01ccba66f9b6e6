import { parseHTML } from 'linkedom';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Parses an HTML string into a Document in Node (linkedom: fast enough for 2 MB pages).
 * Browsers lower-case HTML attribute names (`dateTime` is `datetime`); linkedom keeps the page's
 * case, so the same selectors would find less in Node than in the browser. Lower-case them here.
 */
export function parseHtml(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // linkedom splits text at each character reference ("12.31&nbsp;Uhr" becomes three text
  // nodes, "74&#39;" two); a browser's parser makes one. Merge them, so that a time printed with
  // an entity is one text node in Node as in the browser.
  doc.documentElement?.normalize();
  for (const el of doc.querySelectorAll('*')) {
    if (el.namespaceURI === SVG) continue;
    for (const attr of [...el.attributes]) {
      if (!/[A-Z]/.test(attr.name)) continue;
      const lower = attr.name.toLowerCase();
      el.removeAttribute(attr.name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, attr.value);
    }
  }
  return doc;
}
