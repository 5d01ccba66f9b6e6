import { cleanLabel, datetimeAttr, isTimeElement, isTimeLabel, isWeakKind, labelKind, leafLabelKind, splitTimePrefix, timeCarriers } from '../../detect/time';
import type { Entry } from '../../types';
import { fragmentOf } from '../ids';
import { makeEntry } from '../make';
import { PLATFORM_PARTS } from '../platforms';
import { textOf } from '../text';

/** What structured data said about one block, used where the markup is silent. */
export interface BlockHints {
  id?: string | null;
  datetime?: string | null;
  permalink?: string | null;
  author?: string | null;
}

// Inside an entry, never text: its timestamp, its header and footer (time, byline, share bar; the
// headline is read apart), microdata copies of its fields, and what platforms print beside the
// text (claps, consent toggles). Joined with the share widgets' selector in make.ts either way.
const FURNITURE = `time, amp-timeago, header, footer, meta, link, ${PLATFORM_PARTS.furniture}`;

/** The printed time in a time-carrying element: the element's text, or a descendant's when it nests several. */
function labelIn(carrier: Element): string | null {
  const own = textOf(carrier);
  if (isTimeLabel(own)) return cleanLabel(own);
  for (const el of carrier.querySelectorAll('*')) {
    const t = textOf(el);
    if (!el.firstElementChild && isTimeLabel(t)) return cleanLabel(t);
  }
  return null;
}

// Attributes where CMSs keep the machine time beside a printed one ("5 mins ago"), as ISO
// text or epoch seconds or milliseconds; `toIso` (make.ts) drops whatever else they hold.
const MACHINE_TIME = ['datetime', 'data-timestamp', 'data-ts', 'data-time', 'data-date', 'data-post-time', 'data-published'];

/** The machine time on a printed label's element, or on its parent (`<span data-ts="…">5 mins ago</span>`). */
function machineTime(carrier: Element): string | null {
  for (const el of [carrier, carrier.parentElement]) {
    for (const name of MACHINE_TIME) {
      const value = el?.getAttribute(name);
      if (value && (/^\d{4}-\d\d-\d\d/.test(value) || /^\d{10,13}$/.test(value))) return value;
    }
  }
  return null;
}

/** The first leaf of a block that prints a weak time (a ball "19.6", a bare "17.00"): read where nothing else is. */
function weakTimeIn(block: Element): string | null {
  for (const el of block.querySelectorAll('*')) if (!el.firstElementChild && isWeakKind(leafLabelKind(el))) return textOf(el);
  return null;
}

/**
 * The time of a block: the first machine-readable `datetime`, and the first printed label, a
 * clock ("12.50 BST") preferred over a relative one ("4m ago", "vor 10 Minuten") that changes on
 * every visit, and a weak time (a cricket ball "19.6", a bare "17.00") where there is neither.
 */
export function timeOfBlock(block: Element): { datetime: string | null; label: string | null } {
  let datetime: string | null = null;
  let clock: string | null = null;
  let relative: string | null = null;
  for (const carrier of timeCarriers(block)) {
    if (!datetime) datetime = isTimeElement(carrier) ? datetimeAttr(carrier) : machineTime(carrier);
    const label = labelIn(carrier);
    if (label && labelKind(label) === 'relative') relative ??= label;
    else if (label) clock ??= label;
    if (datetime && clock) break;
  }
  // A printed machine time ("2025-05-24T21:48:03+00:00") is the datetime too.
  if (!datetime && clock && /^\d{4}-\d\d-\d\dT/.test(clock)) datetime = clock;
  return { datetime: datetime ?? machineTime(block), label: clock ?? relative ?? weakTimeIn(block) };
}

/** True when a link opens this same page at a fragment (a permalink, not a link elsewhere). */
function isSamePageFragment(href: string, pageUrl: string): boolean {
  try {
    const u = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    return u.hash.length > 1 && u.host === page.host && u.pathname.replace(/\/$/, '') === page.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

/** The block's own id, else the id of the element it merely wraps (`li > article#post_1`). */
function wrappedId(block: Element): string | null {
  for (let el: Element | null = block; el; el = el.children.length === 1 ? el.firstElementChild : null) {
    const id = el.getAttribute('id');
    if (id) return id;
  }
  return null;
}

/**
 * A link in the block that opens this page at the block (its permalink), or null. The fragment
 * must name the block, something in it, or a block of the same kind (the original of a pinned
 * copy): "#top" or "#comments" links are not permalinks.
 */
function permalinkIn(block: Element, ownId: string | null, pageUrl: string): string | null {
  const doc = block.ownerDocument;
  for (const a of block.querySelectorAll('a[href*="#"]')) {
    const href = a.getAttribute('href')!;
    if (!isSamePageFragment(href, pageUrl)) continue;
    const fragment = fragmentOf(href) ?? '';
    if (fragment === ownId) return href;
    const target = doc.getElementById(fragment);
    if (target && (block.contains(target) || target.localName === block.localName)) return href;
  }
  return null;
}

/** True when `el` sits in a link (inside `block`) to another page: an embedded card, not the entry. */
function inLinkAway(el: Element, block: Element): boolean {
  for (let p: Element | null = el; p && p !== block; p = p.parentElement) {
    if (p.localName === 'a' && !(p.getAttribute('href') ?? '#').startsWith('#')) return true;
  }
  return false;
}

const BY = /^(?:by|von|par|di|por|door|autor:?)\s+/i;

/** A byline by its class ("update__author", "byline", "meta-reporter", a platform's): a short line of its own, not a paragraph of text. */
function namedAuthor(block: Element): string {
  for (const el of block.querySelectorAll(`[class*="author" i], [class*="byline" i], [class*="reporter" i], ${PLATFORM_PARTS.author}`)) {
    const text = textOf(el);
    if (text && text.length <= 60 && !el.querySelector('p, div, li')) return text.replace(BY, '');
  }
  return '';
}

// A platform's id for the entry in a data attribute (`data-elb-post-id="4812"`, `data-entry-id`),
// where the element has no `id`: stable across reloads like one.
const DATA_ID = /^data-(?:[a-z]+-)*(?:post|entry|update|item)-?id$/;

/** The block's id in a `data-…post-id`-style attribute, or null. */
function dataId(block: Element): string | null {
  for (const attr of block.attributes) if (DATA_ID.test(attr.name) && /^[\w-]{1,64}$/.test(attr.value)) return attr.value;
  return null;
}

/**
 * The block's headline: its first non-empty heading that is not a printed time or a linked card's,
 * else a platform's headline element that is no heading (PLATFORM_PARTS).
 */
function headingOf(block: Element): { title: string; heading: string; emptyHeading: boolean } {
  let emptyHeading = false;
  for (const h of block.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (inLinkAway(h, block)) continue;
    const text = textOf(h);
    if (!text) emptyHeading = true;
    else if (!isTimeLabel(text)) return { title: splitTimePrefix(text)?.rest ?? text, heading: text, emptyHeading: false };
  }
  const named = textOf(block.querySelector(PLATFORM_PARTS.title));
  if (named) return { title: named, heading: named, emptyHeading: false };
  return { title: '', heading: '', emptyHeading };
}

const EDGE_MARKS = /^[\s|·•,:\-–—]+|[\s|·•,:\-–—]+$/g;

// A match clock or minute printed beside the post's time ("60:00", "49:42", "88'", "88."), as a word of its own.
const MATCH_STAMP = /(?:^|\s)\d{1,3}(?::[0-5]\d|['’′.])(?=\s|$)/g;

/**
 * True when a line is nothing but the entry's printed time, its date and a match clock beside it,
 * run together as templates without spaces between elements print them: "Samstag, 08.03.2025
 * 20:3160:00". Without the time and the clock, the date and the time must read as a time label.
 */
function isStampLine(text: string, label: string | null): boolean {
  if (!label || !text.includes(label)) return false;
  const rest = text.replace(label, ' ').replace(MATCH_STAMP, ' ').replace(/\s+/g, ' ').trim();
  return rest === '' || labelKind(`${rest} ${label}`) !== null;
}

/** True when a line is nothing but the entry's byline and its printed time ("Mariana Treviño 21:34", "18:45 | Von Anna Keller"). */
function isBylineAndTime(text: string, byline: string, label: string | null): boolean {
  if (!byline || !label || !text.includes(label) || !text.includes(byline)) return false;
  return text.replace(label, ' ').replace(EDGE_MARKS, '').replace(BY, '').replace(EDGE_MARKS, '') === byline;
}

/**
 * Reads one entry block found without an adapter. Ids: the block's (or its only child's) id,
 * else its permalink's fragment, else what structured data said, else a content hash.
 */
export function readBlock(block: Element, pageUrl: string, hints: BlockHints = {}): Entry {
  const ownId = wrappedId(block);
  const permalink = permalinkIn(block, ownId, pageUrl) ?? hints.permalink ?? (ownId ? `#${encodeURIComponent(ownId)}` : null);
  const { title, heading, emptyHeading } = headingOf(block);
  const stamped = timeOfBlock(block);
  // A ticker heading that opens with its time ("21.47 Uhr: Hochrechnung …") is the time where the block has no other.
  const time = stamped.label ? stamped : { ...stamped, label: splitTimePrefix(heading)?.time ?? null };
  const author = textOf(block.querySelector('[rel~="author"], [itemprop~="author"] [itemprop~="name"], [itemprop~="author"]')) || namedAuthor(block);
  const byline = author || hints.author || '';
  return makeEntry(
    {
      element: block,
      id: ownId ?? fragmentOf(permalink) ?? dataId(block) ?? hints.id ?? null,
      datetime: time.datetime ?? hints.datetime ?? null,
      timeLabel: time.label,
      title,
      author: byline || null,
      permalink,
      furniture: FURNITURE,
      titleFromFirstParagraph: emptyHeading,
      // "7h29 - Le trafic reprend…": the time that opens the text is no part of it.
      leadLabel: stamped.label ?? undefined,
      // The headline is the title wherever it sits (after a byline, say); a printed time or a
      // byline on its own line (or the two on one) is furniture, and so is a second stamp beside
      // the time, such as the match minute a ticker row prints under its clock ("21:14", "28.").
      dropParagraph: (p) =>
        (p.kind === 'h' && p.text === heading) ||
        labelKind(p.text) !== null ||
        (byline !== '' && p.text.replace(BY, '') === byline) ||
        isBylineAndTime(p.text, byline, time.label) ||
        isStampLine(p.text, time.label),
    },
    pageUrl,
  );
}
