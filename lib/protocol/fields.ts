// The checks of the fields that messages and imported files share: a quote saved by a page, put
// back by the library's undo and read from a JSON export is the same row, so it passes the same
// check with the same limits. Messages (messages.ts) and the import (lib/export/import.ts) build
// their shapes from these and nothing else.
import { blogKey } from '../store/blog-key';
import { ISO_TIME, LIMITS } from './limits';
import { arr, eachValid, httpUrl, line, millis, nullable, obj, optional, str, ValidationError, type Check } from './validate';

/**
 * A blog key or page URL, normalised with `blogKey` (so a key sent back by a page is re-keyed, and
 * an address too long to keep is cut to a key that fits, rather than refused).
 */
export const blogRef: Check<string> = /* @__PURE__ */ (() => {
  const url = httpUrl(LIMITS.pageUrl);
  return (value, path) => {
    const checked = url(value, path);
    try {
      return blogKey(checked);
    } catch {
      throw new ValidationError(`${path}: not a blog URL`);
    }
  };
})();

/** An http(s) page URL (not re-keyed). */
export const pageUrl = /* @__PURE__ */ httpUrl(LIMITS.url);
/** The site's own entry id: one line, never empty. */
export const entryId = /* @__PURE__ */ line(LIMITS.entryId, 1);
/** An ISO time as the page printed it. */
export const isoTime = /* @__PURE__ */ str(64, { pattern: ISO_TIME });
/** A web page's host name (lower case), as the reader turns a site on or off by it. */
export const hostName = /* @__PURE__ */ str(LIMITS.site, { pattern: /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/ });
/** The detector's short site name ("guardian"); '' when unknown. */
export const site = /* @__PURE__ */ str(LIMITS.site, { pattern: /^[A-Za-z0-9._-]*$/ });
/** A speaker's name: one line, never empty. */
export const speaker = /* @__PURE__ */ line(LIMITS.speaker, 1);
/** A blog or entry title. */
export const title = /* @__PURE__ */ line(LIMITS.title);
/** A quote id, made by the page with crypto.randomUUID(); any short token of this alphabet will do. */
export const quoteId = /* @__PURE__ */ str(64, { pattern: /^[A-Za-z0-9_-]{8,64}$/ });
/** A permalink: an http(s) URL or null. */
export const permalink = /* @__PURE__ */ nullable(httpUrl(LIMITS.url));
/** A reader's note on a quote. */
export const note = /* @__PURE__ */ str(LIMITS.note);
/** An entry's time as the blog printed it: one line, never empty; optional (older rows and files have none). */
export const timeLabel = /* @__PURE__ */ optional(line(LIMITS.timeLabel, 1));

/** The fields of what the page reports about one entry (`EntryMeta`). */
const metaFields = {
  id: entryId,
  title,
  snippet: /* @__PURE__ */ str(LIMITS.snippet),
  time: /* @__PURE__ */ nullable(isoTime),
  timeLabel,
  permalink,
  // One name the page could not clean loses that name, not the entry.
  speakers: /* @__PURE__ */ eachValid(speaker, LIMITS.speakers),
};

/** What the page reports about one entry (`EntryMeta`). */
export const entryMeta = /* @__PURE__ */ obj(metaFields);

/** A quote as the page saves it (`NewQuote`): the background adds `site` and `savedAt`. */
export const quoteFields = {
  id: quoteId,
  text: str(LIMITS.quote, { min: 1 }),
  speaker: nullable(speaker),
  blog: blogRef,
  entry: nullable(entryId),
  entryTime: nullable(isoTime),
  entryTimeLabel: timeLabel,
  permalink,
  note: optional(note),
};

/** A stored quote as the library puts it back (undo) or imports it: derived fields are not taken. */
export const storedQuote = /* @__PURE__ */ obj({ ...quoteFields, site, savedAt: millis });

/** A blog row, as exported. */
export const storedBlog = /* @__PURE__ */ obj({ key: blogRef, url: pageUrl, title, site, firstVisit: millis, lastVisit: millis });

/** A starred entry, as exported: its meta, when it was first seen, starred and (maybe) read. */
export const starredEntry = /* @__PURE__ */ obj({ blog: blogRef, ...metaFields, firstSeen: millis, starred: millis, read: optional(millis) });

/** One entry's star time (the library's unstar and its undo). */
export const starTime = /* @__PURE__ */ obj({ blog: blogRef, id: entryId, starred: millis });
