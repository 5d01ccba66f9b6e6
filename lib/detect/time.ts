// Printed time labels, shared by detection and generic extraction: clocks in each language's
// style ("19:45", "19.45 Uhr", "7h29", "4:14 p.m."), relative times ("vor 10 Minuten"), and the
// clocks of sport (match minutes "45+2'", periods "Q3 8:12", cricket overs "Over 19", "19.6").
// The words are data (lexicon.ts). Case is spelled out in the clock pattern instead of using the
// `i` flag so that a time zone must be upper case ("BST", "(IST)"): with `i`, "19:00 News" would
// read as a time label and every schedule row would look like a live entry.
import { printsText } from './prints-text';
import { LEAD_LINKS, LEAD_WORDS, MATCH_BREAKS, MONTHS, NAMED_HOURS, RELATIVE_AFTER, RELATIVE_BEFORE, RELATIVE_UNIT } from './lexicon';

const CLOCK = String.raw`(?:[01]?\d|2[0-3])(?:[:hH][0-5]\d|\.[0-5]\d)(?::[0-5]\d)?`;
const MERIDIEM = String.raw`(?:[aApP]\.?[mM]\.?)`;
const ZONE = String.raw`(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)`;
const SUFFIX = String.raw`(?:[Uu]hr|h)`;
// Longest first, so that "a las" is tried before "a".
const any = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.+]/g, '\\$&')).join('|');

/** "Posted at ", "Mis à jour à ", "Aktualisiert um ": a lead before the clock, cut off first. */
const LEAD = new RegExp(String.raw`^(?:${any(Object.values(LEAD_WORDS).flat())})(?:\s+(?:${any(LEAD_LINKS)}))?\s*:?\s+`, 'i');
/**
 * A date printed before the clock, "Nov 02, 2025 ", "2 nov. 2025, ", "Montag, 3. Juni, ",
 * "02.11.2025 - ": NDTV and many CMSs stamp entries so. Month names are data (lexicon.ts).
 */
const DATE = String.raw`(?:(?:\p{L}+,?\s+)?(?:(?:${any(MONTHS)})\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:${any(MONTHS)})\.?|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?:,?\s+\d{4})?\s*[,|·-]?\s+(?:(?:${any(LEAD_LINKS)})\s+)?)`;
const DATED = new RegExp(`^${DATE}(?=\\d)`, 'iu');
/** An hour with am/pm and no minutes, as AP writes it: "6 p.m.", "11 a.m.". */
const HOUR_MERIDIEM = String.raw`(?:1[0-2]|0?[1-9])(?=\s*${MERIDIEM})`;
/** A printed clock, whole: "19:02 (IST), Oct 02", "12.50 BST", "7h29 -", "4:14 p.m.", "8h", "6 p.m.". */
const LABEL = new RegExp(
  String.raw`^(${CLOCK}|(?:[01]?\d|2[0-3])h|${HOUR_MERIDIEM})\s*(${MERIDIEM})?\s*(${SUFFIX}\b)?\s*(${ZONE})?\s*(?:[,·|]\s*\S.{0,20}|[-–—:|•·])?$`,
);
/** A machine time printed as text, as server-rendered embeds do before a script makes it relative ("2025-05-24T21:48:03+00:00"). */
const ISO = /^\d{4}-[01]\d-[0-3]\dT([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?$/;
/** Hours said in words, as AP does ("Noon", "Midnight"): the name and its minute of the day. */
const NAMED = new Map(Object.entries(NAMED_HOURS).map(([word, value]) => [word.toLowerCase(), value]));
/** Breaks of a match in place of a minute: "HT", "FT", "MT", "Mi-temps", "Halbzeit", with their place in the match. */
const BREAKS = new Map(Object.entries(MATCH_BREAKS).map(([word, value]) => [word.toLowerCase(), value]));
const AMOUNT = String.raw`(?:\d{1,2}|an?|one|une?|ein(?:e[rm]?)?|un[ao]?|jedn[aą])`;
const RELATIVE = new RegExp(
  String.raw`^(?:(?:${any(RELATIVE_BEFORE)})\s+${AMOUNT}\s*${RELATIVE_UNIT}|${AMOUNT}\s*${RELATIVE_UNIT}\s+(?:${any(RELATIVE_AFTER)}))$`,
  'i',
);
/** Match minutes: "12'", "45+2'", "90'+3", "90'+3'", "90+4’", "45e+2", "1re", "74 mn" (fr), "12. Min." (de), "Min. 12" (es), "74 min". */
const MINUTE = /^(?:(\d{1,3})(?:\s*\+\s*\d{1,2})?\s*['’′](?:\s*\+\s*\d{1,2}['’′]?)?|(\d{1,3})(?:e|ème|ᵉ|re|ère)(?:\s*\+\s*\d{1,2})?|(\d{1,3})\.\s*(?:\+\s*\d{1,2}\.?\s*)?Min\.?|[Mm]in\.?\s*(\d{1,3})(?:\s*\+\s*\d{1,2})?['’]?|(\d{1,3})(?:\s*\+\s*\d{1,2})?\s*(?:min|mn)\.?)$/;
/**
 * A minute as German tickers print it, an ordinal with a bare dot: "88.", "90.+3". Bare, it is as
 * likely a numbered list's "3.": `ordinal`, a minute only in a run of its own (see order.ts).
 */
const ORDINAL = /^(\d{1,3})\.(?:\s*\+\s*\d{1,2}\.?)?$/;
/** Game clocks with their period: "Q3 8:12", "OT 2:11", "3rd 8:12", "2nd Qtr 5:30", "P2 14:33". */
const PERIOD = /^(?:Q[1-4]|OT\d?|P[1-4]|[1-4](?:st|nd|rd|th)(?:\s+(?:Qtr|Quarter|Period|Half))?)\s+\d{1,2}:[0-5]\d(?:\.\d)?$/i;
/** Cricket overs with their word: "Over 19", "Ov 19.6", "19.6 ov", "14th over". */
const OVER = /^(?:(?:Over|Ov\.?)\s*\d{1,2}(?:\.[0-6])?|\d{1,2}(?:\.[0-6])?\s*(?:ov|overs?)|\d{1,2}(?:st|nd|rd|th) over)$/i;
/** A bare over and ball, "19.6": a time only in a run that counts balls (see `isBallSequence`). */
const BALL = /^(\d{1,2})\.([1-9])$/;

/**
 * A heading or paragraph that starts with a time and a separator: "11.04 Uhr: …", "7h29 - …",
 * also between the "+++" German tickers frame their lines with ("+++ 16:42 Uhr: … +++").
 */
const PREFIX = new RegExp(String.raw`^(?:\+{2,}\s*)?(${CLOCK}\s*(?:${MERIDIEM}|${SUFFIX}\b)?\s*${ZONE}?)\s*[:\-–—|•·]\s*(\S[\s\S]*?)(?:\s*\+{2,})?$`);

/**
 * A line of match commentary that opens with its minute, the mark being separator enough:
 * "74' But de Lyon !", "90'+3 - Carton jaune". The words must follow (a score "90' 3-1" is no line).
 */
const MINUTE_PREFIX = /^(\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’′](?:\s*\+\s*\d{1,2})?)\s*(?:[:\-–—|•·]\s*)?(\p{L}[\s\S]*)$/u;
/**
 * The French ordinal minute that opens a line, "88e - Carton jaune", "90e+3 : Fin du match": only
 * with a separator, since "12e journée", "3e arrondissement" open prose.
 */
const ORDINAL_PREFIX = /^(\d{1,3}(?:e|ème|re|ère)(?:\s*\+\s*\d{1,2})?)\s*[:\-–—|•·]\s*(\p{L}[\s\S]*)$/u;

/** Longest text that can still be a time label ("Last updated at 12:04 (BST), 14 May"). */
export const MAX_LABEL_LENGTH = 48;

export type LabelKind = 'clock' | 'relative' | 'minute' | 'period' | 'over' | 'ball' | 'dotted' | 'ordinal';

/** Kinds that are times only in a run that proves them so: a bare "19.6" ball, a bare "17.00" clock, a bare "88." minute. */
export const isWeakKind = (kind: LabelKind | null | string): boolean => kind === 'ball' || kind === 'dotted' || kind === 'ordinal';

const squashed = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * What kind of time a short text is, whole, or null. A dotted clock ("12.50") needs a zone,
 * "Uhr", am/pm or a lead word to be a time on its own, since "12.50" alone is as likely a price
 * or a lap time: bare, it is `dotted`, a time only in a run of them newest first (a British live
 * page of 2014 stamps entries "17.00", "16.06"). A bare "19.6" is `ball`, a time only in a run
 * that counts cricket balls.
 */
export function labelKind(text: string): LabelKind | null {
  let t = squashed(text);
  if (t.length < 2 || t.length > MAX_LABEL_LENGTH) return null;
  if (BALL.test(t)) return 'ball';
  const ordinal = ORDINAL.exec(t);
  if (ordinal) return Number(ordinal[1]) <= 130 ? 'ordinal' : null;
  if (ISO.test(t)) return 'clock';
  const lower = t.toLowerCase();
  if (NAMED.has(lower)) return 'clock';
  if (BREAKS.has(lower)) return 'minute';
  if (MINUTE.test(t)) return Number(/\d+/.exec(t)![0]) <= 130 ? 'minute' : null;
  if (PERIOD.test(t)) return 'period';
  if (OVER.test(t)) return 'over';
  if (RELATIVE.test(t)) return 'relative';
  const lead = LEAD.exec(t);
  if (lead) t = t.slice(lead[0].length);
  const date = DATED.exec(t);
  if (date) t = t.slice(date[0].length);
  const m = LABEL.exec(t);
  if (!m) return null;
  const dotted = m[1]!.includes('.');
  return !dotted || m[2] || m[3] || m[4] || lead || date ? 'clock' : 'dotted';
}

/** True when a short text is nothing but a printed time (a bare cricket ball or dotted clock is not). */
export function isTimeLabel(text: string): boolean {
  const kind = labelKind(text);
  return kind !== null && !isWeakKind(kind);
}

/**
 * A number that orders labels of one kind: minutes of the day for a clock (a day wraps around),
 * the minute of a match, balls bowled for a cricket ball; null where no order can be read.
 */
export function labelValue(text: string, kind: LabelKind): number | null {
  const t = squashed(text);
  if (kind === 'ball') {
    const m = BALL.exec(t)!;
    return Number(m[1]) * 6 + Number(m[2]);
  }
  const named = NAMED.get(t.toLowerCase()) ?? BREAKS.get(t.toLowerCase());
  if (named !== undefined) return named;
  const iso = ISO.exec(t);
  if (iso) return Number(iso[1]) * 60 + Number(iso[2]);
  if (kind === 'minute' || kind === 'ordinal') {
    const [minute, extra] = (t.match(/\d+/g) ?? []).map(Number);
    return minute! + (extra ?? 0) / 100;
  }
  if (kind !== 'clock' && kind !== 'dotted') return null;
  const m = /(\d{1,2})(?:[:hH.](\d\d))?/.exec(t.replace(LEAD, '').replace(DATED, ''));
  if (!m) return null;
  const pm = /^\s*[pP]/.test(t.slice(m.index + m[0].length)) && Number(m[1]) < 12;
  return (Number(m[1]) + (pm ? 12 : 0)) * 60 + Number(m[2] ?? 0);
}

/** A printed time without the separator it may end on ("7h29 -" gives "7h29"). */
export function cleanLabel(text: string): string {
  return squashed(text).replace(/\s*[-–—:|•·]$/, '');
}

/** Splits "11.04 Uhr: Headline" into its time and the rest, or null when the text does not start so. */
export function splitTimePrefix(text: string): { time: string; rest: string } | null {
  const t = squashed(text);
  const clock = PREFIX.exec(t);
  if (clock) return { time: clock[1]!.trim(), rest: clock[2]!.trim() };
  const minute = MINUTE_PREFIX.exec(t) ?? ORDINAL_PREFIX.exec(t);
  return minute && Number(/\d+/.exec(minute[1]!)![0]) <= 130 ? { time: minute[1]!.trim(), rest: minute[2]!.trim() } : null;
}

/**
 * The time a paragraph prints on a line of its own before a `<br>`, `<p>4:14 p.m.<br>The
 * governor…</p>` (also in a bold wrapper), as syndicated copies of AP's "The Latest" carry it;
 * null otherwise.
 */
export function lineTime(el: Element): string | null {
  const next = (n: Node | null): Node | null => {
    while (n && n.nodeType === 3 && !n.nodeValue!.trim()) n = n.nextSibling;
    return n;
  };
  const first = next(el.firstChild);
  const after = first && next(first.nextSibling);
  if (!after || after.nodeType !== 1 || (after as Element).localName !== 'br') return null;
  const text = first.textContent ?? '';
  if (!mayBeLabel(text)) return null;
  const kind = labelKind(text);
  return kind && !isWeakKind(kind) ? cleanLabel(text) : null;
}

/** The time that opens a paragraph or heading and the words after it: "11.04 Uhr: …", "7h29 - …", "4:14 p.m.<br>…". */
export function openingTime(el: Element): { time: string; rest: string } | null {
  const text = el.textContent ?? '';
  const split = splitTimePrefix(text.slice(0, 200));
  if (split) return split;
  const time = lineTime(el);
  return time ? { time, rest: squashed(text).slice(squashed(text).indexOf(time) + time.length).trim() } : null;
}

/** The machine-readable time on an element (`datetime`; parseHtml lower-cases `dateTime` in Node, as browsers do). */
export function datetimeAttr(el: Element): string | null {
  return el.getAttribute('datetime');
}

/** Elements that carry a time by markup alone. */
export function isTimeElement(el: Element): boolean {
  return el.localName === 'time' || el.localName === 'amp-timeago';
}

/** Cheap pre-test for a text node that may be a whole time label: short, with a digit. */
export function mayBeLabel(text: string | null): boolean {
  if (!text || text.length > MAX_LABEL_LENGTH + 20) return false;
  if (/\d/.test(text)) return true;
  // "Noon", "HT": short words, looked up only in short text.
  if (text.length > 16) return false;
  const word = text.trim().toLowerCase();
  return NAMED.has(word) || BREAKS.has(word);
}

/**
 * The kind of time a leaf element prints, or null. Reads only the element's one text node and
 * gives up at once on text without a digit.
 */
export function leafLabelKind(el: Element): LabelKind | null {
  const text = leafText(el);
  if (!text || !mayBeLabel(text)) return null;
  return labelKind(text);
}

/**
 * Small marks set apart from a label's digits: French typography raises the ordinal of a minute
 * ("88<sup>e</sup>", "1<sup>re</sup>"), scoreboards style the stoppage time ("45<span>+2</span>'").
 */
const RAISED = new Set(['sup', 'sub', 'small', 'span']);
const MARK_LENGTH = 4;

/**
 * The text a leaf prints: its one text node (`soleText`), or its digits read with the small
 * marks between them (`<span>90<sup>e</sup>+3</span>` reads "90e+3"). Null otherwise.
 */
export function leafText(el: Element): string | null {
  const node = soleText(el);
  if (node) return node.nodeValue;
  let text = '';
  let raised = false;
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (++n > 6) return null;
    if (c.nodeType === 3) text += c.nodeValue;
    else if (c.nodeType === 1 && RAISED.has((c as Element).localName) && !(c as Element).firstElementChild && (c.textContent ?? '').trim().length <= MARK_LENGTH) {
      raised = true;
      text += c.textContent;
    } else if (c.nodeType === 1 && printsText(c)) return null;
  }
  return raised ? text : null;
}

/** True when a text node is what makes `el` a leaf label: its one text, or the digits a raised mark follows. */
export function leadsLeaf(el: Element, node: Node): boolean {
  if (soleText(el) === node) return true;
  let first = el.firstChild;
  while (first && first.nodeType === 3 && !first.nodeValue!.trim()) first = first.nextSibling;
  return first === node && leafText(el) !== null;
}

/**
 * The element's one text node, where its other children print nothing: an icon beside the time
 * (`<div><i class="icon-goal"></i>88'</div>`, `<span><svg>…</svg>12:31</span>`). Null otherwise.
 */
export function soleText(el: Element): Node | null {
  const first = el.firstChild;
  if (first && first.nodeType === 3 && !first.nextSibling) return first;
  let text: Node | null = null;
  let n = 0;
  for (let c = first; c; c = c.nextSibling) {
    // A leaf holds a few nodes at most: a longer list is a paragraph, not a label.
    if (++n > 6) return null;
    if (c.nodeType === 3) {
      if (!c.nodeValue!.trim()) continue;
      if (text) return null;
      text = c;
    } else if (c.nodeType === 1 && printsText(c)) return null;
  }
  return text;
}

/** True for a leaf element whose whole text is a time label. */
export function isTimeLabelLeaf(el: Element): boolean {
  const kind = leafLabelKind(el);
  return kind !== null && !isWeakKind(kind);
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
