// The reader view's channel: a runtime port between the reader's content script (in the blog's
// tab) and the view (an extension page framed over the blog). The view opens it with
// tabs.connect, named with a nonce the content script put in the view's URL, so the content
// script talks only to the view it framed; the page itself can neither open nor hear a port.
// Everything here is plain JSON data.
import type { Entry } from '../types';

/** The port's name prefix; the nonce follows. */
export const READER_PORT = 'lbl-reader-view:';

/** What the view needs to know about the blog it shows. */
export interface BlogInfo {
  /** The page's URL (the blog key is derived from it; same-origin fetches are checked against it). */
  url: string;
  title: string;
  /** Short publisher name ("guardian"). */
  site: string;
  /** The adapter that read the page, if any: it also reads the blog's other pages. */
  adapter: string | null;
  /** The blog's language for speakers (null: a language without a lexicon). */
  lang: string | null;
  /** The language the entries are written in, for screen readers: `lang`, else the page's declared one. */
  textLang: string | null;
}

/** One entry as it crosses the port: the pipeline's data, and the entry's markup (cleaned in the view). */
export type WireEntry = Omit<Entry, 'element'> & {
  /** The entry element serialised (never rendered: the view parses it into an inert document). */
  html: string;
};

/** Content script to view. */
export type ToView =
  /**
   * Sent once the view connects: the blog, its entries on this page, the ids new since the last
   * visit, and the page's links to the blog's other pages (lib/reader-view/pagination.ts).
   */
  | { kind: 'init'; blog: BlogInfo; entries: WireEntry[]; fresh: string[]; pages: string[] }
  /**
   * More entries: the rest of the open page's (`live` false, `from` their place on the page), sent
   * a slice per task so the page never waits long; or entries the site added while the view is
   * open (`live`: live updates, "older posts").
   */
  | { kind: 'entries'; entries: WireEntry[]; live: boolean; from: number }
  /** The answer to `fetchPage`: the page's HTML, or why there is none. */
  | { kind: 'page'; request: number; url: string; html: string | null; error: string | null };

/** View to content script. */
export type ToPage =
  /** Fetch another page of the blog (same origin only; the content script checks and caps). */
  | { kind: 'fetchPage'; request: number; url: string }
  /** The entry the reader is at in the view (kept, so that closing from anywhere returns there). */
  | { kind: 'position'; at: string | null }
  /** Close the view; scroll the page to this entry when it is on the page. */
  | { kind: 'close'; at: string | null };
