// Time patterns shared by detection and generic extraction. Case is spelled out instead of using
// the `i` flag so that a time zone must be upper case ("BST", "(IST)"): with `i`, "19:00 News"
// would read as a time label and every schedule row would look like a live entry.

const CLOCK = String.raw`(?:[01]?\d|2[0-3])(?:[:h][0-5]\d|\.[0-5]\d)(?::[0-5]\d)?`;
const MERIDIEM = String.raw`(?:[aApP]\.?[mM]\.?)`;
const ZONE = String.raw`(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)`;
const LEAD = String.raw`(?:(?:[Pp]osted|[Uu]pdated|[Pp]ublished|[Ll]ast updated|[Pp]ublié|[Mm]is à jour|[Aa]ktualisiert|[Aa]ggiornato)(?: at| à| um| alle)?\s+)`;

/** A printed time label, whole: "19:02 (IST), Oct 02", "12.50 BST", "Posted at 15:05", "7h29". */
const LABEL = new RegExp(
  String.raw`^${LEAD}?(${CLOCK})\s*(${MERIDIEM})?\s*([Uu]hr\b|h\b)?\s*(${ZONE})?\s*(?:[,·|]\s*\S.{0,20})?$`,
);
const RELATIVE = /^(?:\d{1,2}|an?|one)\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago$/i;

/** A heading that starts with a time and a separator: "11.04 Uhr: …", "7h29 - …", "14:05 – …". */
const PREFIX = new RegExp(String.raw`^(${CLOCK}\s*(?:${MERIDIEM}|[Uu]hr\b|h\b)?\s*${ZONE}?)\s*[:\-–—|•·]\s*(\S[\s\S]*)$`);

/** Longest text that can still be a time label ("Last updated at 12:04 (BST), 14 May"). */
export const MAX_LABEL_LENGTH = 48;

/**
 * True when a short text is nothing but a printed time. A dotted clock ("12.50") needs a zone,
 * "Uhr", am/pm or a lead word, since "12.50" alone is as likely a price or a lap time.
 */
export function isTimeLabel(text: string): boolean {
  const t = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (t.length < 4 || t.length > MAX_LABEL_LENGTH) return false;
  if (RELATIVE.test(t)) return true;
  const m = LABEL.exec(t);
  if (!m) return false;
  const dotted = m[1]!.includes('.');
  return !dotted || Boolean(m[2] || m[3] || m[4] || /^\D/.test(t));
}

/** Splits "11.04 Uhr: Headline" into its time and the rest, or null when the text does not start so. */
export function splitTimePrefix(text: string): { time: string; rest: string } | null {
  const m = PREFIX.exec(text.replace(/[\s\u00a0]+/g, ' ').trim());
  return m ? { time: m[1]!.trim(), rest: m[2]!.trim() } : null;
}

/** The machine-readable time on an element (`datetime`; parseHtml lower-cases `dateTime` in Node, as browsers do). */
export function datetimeAttr(el: Element): string | null {
  return el.getAttribute('datetime');
}

/** Elements that carry a time by markup alone. */
export function isTimeElement(el: Element): boolean {
  return el.localName === 'time' || el.localName === 'amp-timeago';
}

/**
 * True for a leaf element whose whole text is a time label. Reads only the element's one text
 * node and gives up at once on text without a digit: this runs on every leaf of every page.
 */
export function isTimeLabelLeaf(el: Element): boolean {
  const node = el.firstChild;
  if (!node || node.nodeType !== 3 || node.nextSibling) return false;
  const text = node.nodeValue;
  if (!text || text.length > MAX_LABEL_LENGTH + 20 || !/\d/.test(text)) return false;
  return isTimeLabel(text);
}

/** Every element in `root` that carries a time: `time`, `amp-timeago`, or a leaf whose text is a time label. */
export function timeCarriers(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (SKIP.has(c.localName)) continue;
      if (isTimeElement(c) || isTimeLabelLeaf(c)) out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/** Never content: skipped by every page walk. */
export const SKIP: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'canvas']);
