import { parseHTML } from 'linkedom';

/** Parses an HTML string into a Document in Node (linkedom: fast enough for 2 MB pages). */
export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
