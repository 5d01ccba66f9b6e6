/**
 * What Liveblog Lens knows about one publisher's live-blog markup. Kept as data (selectors and the
 * URLs they were seen on) so that a site redesign is a one-file change with its own fixture test.
 */
export interface SiteAdapter {
  /** Adapter name, also the `site` reported for hosts without their own name in `sites`. */
  name: string;
  /** Registrable domains this adapter serves, matched as host suffixes (`theguardian.com`). */
  hosts: string[];
  /**
   * Set when one template serves several publishers (Reach plc): each host is then reported by its
   * own main label ("irishmirror"), or by the name given here for its suffix ("lancs.live").
   */
  sites?: Record<string, string>;
  /** Real pages the selectors were seen on, newest first. */
  seenOn: string[];
  /**
   * Cheap CSS selector whose presence on a page of these hosts means "this is a live blog".
   * It must not match articles, teaser lists or scripts.
   */
  liveMarker: string;
  /** Every entry element the page shows, in page order (pinned copies included). */
  entry: string;
  /** Entries matching (or inside an element matching) this selector are pinned copies. */
  pinned?: string;
  /** Entries matching this selector (or containing a match) are key events. */
  keyEvent?: string;
  /** Links (a key-events box) whose `#fragment`s name the entries that are key events. */
  keyEventLinks?: string;
  /** Where the entry's printed time is ("12.50 BST"): the first match inside the entry. */
  time?: string;
  /**
   * Attribute of the entry element holding its machine-readable time (`data-post-time`, epoch or
   * ISO), read before any `datetime` inside the entry.
   */
  timeAttribute?: string;
  /**
   * The page prints no machine-readable time: take each entry's `datePublished` from the page's
   * JSON-LD `liveBlogUpdate` whose `url` fragment is the entry's id (BBC's 2020 design).
   */
  timeFromJsonLd?: boolean;
  /** Where the entry's headline is; an empty match may fall back to `titleFromFirstParagraph`. */
  title?: string;
  /** When the title element is empty, take the first paragraph of the body as the title. */
  titleFromFirstParagraph?: boolean;
  author?: string;
  /** The entry's body; defaults to the entry element itself. */
  body?: string;
  /** Elements inside an entry that are furniture, not text (share bars, bylines, timestamps). */
  furniture?: string;
  /** Attribute holding the entry's stable id; defaults to the element's `id`. */
  idAttribute?: string;
  /**
   * Query parameter of the permalink that holds the entry's id, for sites whose permalinks all
   * share one fragment (current BBC: `?post=asset:<uuid>#post`).
   */
  idParam?: string;
  /** Link inside the entry whose href is the entry's permalink. */
  permalink?: string;
  /**
   * The blog's pager: its links to the blog's other pages, or the elements holding them (the
   * reader view reads a paginated blog whole; lib/reader-view/pagination.ts has generic fallbacks).
   */
  pagination?: string;
}

/** The part of an adapter the detector needs on every page: which hosts, and the live marker. */
export type SiteMarker = Pick<SiteAdapter, 'name' | 'hosts' | 'sites' | 'liveMarker'>;
