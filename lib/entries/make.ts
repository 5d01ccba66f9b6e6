import type { Entry, Paragraph } from '../types';
import { isFeedFooter, isWidgetLine, WIDGETS } from './furniture';
import { contentId } from './ids';
import { hasMediaIn, joinParagraphs, paragraphsOf, squash } from './text';

/** What an extractor found for one entry element; `makeEntry` turns it into an Entry. */
export interface EntryParts {
  element: Element;
  /** The site's id, or null to hash the content. */
  id: string | null;
  /** A `datetime`-style value (ISO 8601 or anything `Date` parses), or null. */
  datetime?: string | null;
  timeLabel?: string | null;
  title?: string;
  author?: string | null;
  permalink?: string | null;
  pinned?: boolean;
  keyEvent?: boolean;
  /** The element holding the body; defaults to `element`. */
  body?: Element;
  /** Extra elements that belong to the entry (a flat ticker's following siblings). */
  more?: Element[];
  /** Selector of furniture to leave out of the text. */
  furniture?: string;
  /** Use the first paragraph as the title when `title` is empty (and drop it from the text). */
  titleFromFirstParagraph?: boolean;
  /** Paragraphs that are furniture by their text alone (a printed time no selector can name). */
  dropParagraph?: (paragraph: Paragraph) => boolean;
  /** A printed time that opens the first paragraph ("7h29 - Le trafic…"): cut off with its separator. */
  leadLabel?: string;
  /** The body's paragraphs where no element holds them (lines of a `<br>`-split block); replaces reading `body`. */
  paragraphs?: Paragraph[];
}

/** Normalises a machine-readable time to ISO 8601 (UTC), or null when it does not parse. */
export function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) && !/^\d{10,13}$/.test(v)) return null;
  const ms = /^\d{10,13}$/.test(v) ? Number(v) * (v.length === 10 ? 1000 : 1) : Date.parse(v);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** A fragment the URL parser keeps as it is (printable ASCII but for space and `"<>\``). */
const PLAIN_FRAGMENT = /^#[!#-;=?-_a-~]*$/;
/** The last base's address without its fragment, or null when not http(s) or unparsable. */
let lastBase: { base: string; prefix: string | null } | null = null;
function basePrefix(base: string): string | null {
  if (lastBase?.base === base) return lastBase.prefix;
  let prefix: string | null = null;
  try {
    const u = new URL(base);
    if (u.protocol === 'http:' || u.protocol === 'https:') prefix = u.href.replace(/#[\s\S]*$/, '');
  } catch {
    prefix = null;
  }
  lastBase = { base, prefix };
  return prefix;
}

/** Resolves a link against the page URL; null for javascript: or unparsable links. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  // Most entries' links are "#id" on the page's own address: the base is parsed once, not per entry.
  if (PLAIN_FRAGMENT.test(href)) {
    const prefix = basePrefix(base);
    return prefix === null ? null : prefix + href;
  }
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Builds an Entry from what an extractor found: clean text, paragraphs, id, permalink. */
export function makeEntry(parts: EntryParts, pageUrl: string): Entry {
  const roots = [parts.body ?? parts.element, ...(parts.more ?? [])];
  // Share, follow and newsletter widgets are never text, on any path: by name, then by words.
  const skip = parts.furniture ? `${parts.furniture}, ${WIDGETS}` : WIDGETS;
  let paragraphs = (parts.paragraphs ?? roots.flatMap((r) => paragraphsOf(r, skip))).filter((p) => !isWidgetLine(p.text) && !isFeedFooter(p.text));
  const lead = parts.leadLabel;
  if (lead && paragraphs[0]?.text.startsWith(lead)) {
    const rest = paragraphs[0].text.slice(lead.length).replace(/^\s*[:\-–—|•·]?\s*/, '');
    paragraphs = rest ? [{ ...paragraphs[0], text: rest }, ...paragraphs.slice(1)] : paragraphs.slice(1);
  }
  if (parts.dropParagraph) paragraphs = paragraphs.filter((p) => !parts.dropParagraph!(p));
  let title = squash(parts.title ?? '');
  if (!title && parts.titleFromFirstParagraph && paragraphs.length > 1) {
    title = paragraphs[0]!.text;
    paragraphs = paragraphs.slice(1);
  }
  // A heading inside the body that repeats the title is not body text.
  if (title && paragraphs[0]?.text === title) paragraphs = paragraphs.slice(1);
  const text = joinParagraphs(paragraphs);
  const id = parts.id || contentId(title, text);
  const ownId = parts.element.getAttribute('id');
  const permalink =
    absoluteUrl(parts.permalink, pageUrl) ??
    (ownId ? absoluteUrl(`#${encodeURIComponent(ownId)}`, pageUrl) : null);
  return {
    id,
    time: toIso(parts.datetime),
    timeLabel: parts.timeLabel ? squash(parts.timeLabel) || null : null,
    title,
    text,
    paragraphs,
    author: parts.author ? squash(parts.author) || null : null,
    permalink,
    pinned: parts.pinned ?? false,
    keyEvent: parts.keyEvent ?? false,
    hasMedia: roots.some((r) => hasMediaIn(r, skip)),
    element: parts.element,
  };
}
