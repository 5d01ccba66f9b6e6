// The page contract: every name the extension writes into a news page, in one place. The reader
// sets these attributes and elements, the components draw the controls that carry them, and the
// real-browser tests find everything through the same constants, so a rename is one edit here.
// The public ones (README, "Tests") are stable: `data-lbl-entry`, `data-lbl-duplicate-of`,
// `data-lbl-hidden`, `data-lbl-speaker`, `data-lbl-action="panel" | "star"`, `<liveblog-lens-panel>`
// and the User Timing measures. A convention test fails on any `data-lbl-*` name used elsewhere
// that is not declared here.

/** Attributes, on the site's own elements (entry state) or on ours (controls, UI roots). */
export const ATTR = {
  /** Every recognised entry element: its id. */
  entry: 'data-lbl-entry',
  /** A collapsed repeat: the id of the entry that stays open. */
  duplicateOf: 'data-lbl-duplicate-of',
  /** A repeat hidden behind its stub (until the reader opens it). */
  collapsed: 'data-lbl-collapsed',
  /** An entry the speaker or reading filter hides. */
  hidden: 'data-lbl-hidden',
  /** On a repeat stub that a site element covered: lifted above it. */
  lift: 'data-lbl-lift',
  /** The entry the j / k keys last moved to. */
  current: 'data-lbl-current',
  /** Reading order: a reordered container, and a child's place in it. */
  orderBox: 'data-lbl-order-box',
  order: 'data-lbl-order',
  /** Our own nodes in the page (the feed never takes them for the site's): which part they are. */
  ui: 'data-lbl-ui',
  /** A control: what it does (`ACTION`). */
  action: 'data-lbl-action',
  /** The panel's speaker buttons, and the entry chips: the speaker's name. */
  speaker: 'data-lbl-speaker',
  chip: 'data-lbl-chip',
  /** The "New" badge (inside an entry's private root). */
  badge: 'data-lbl-badge',
  /** A quote in the panel's list: its key. */
  quote: 'data-lbl-quote',
  /** A text field of ours: which. */
  field: 'data-lbl-field',
  /** The new-entries notice: how many. */
  newCount: 'data-lbl-new-count',
} as const;

/** Element names of our shadow hosts. */
export const TAG = {
  panel: 'liveblog-lens-panel',
  chips: 'liveblog-lens-chips',
  /** The reader view's overlay: an extension page in an iframe, inside this host's private root. */
  reader: 'liveblog-lens-reader',
} as const;

/** Values of `data-lbl-ui`: each of our nodes in the page, and each of our page stylesheets. */
export const UI = {
  panel: 'panel',
  panelDock: 'panel-dock',
  /** Inside the panel: the box whose private root holds the reading section. */
  panelReading: 'panel-reading',
  /** Above the entries while a filter is on: "Showing 3 of 42 · Name · Show all". */
  filterBar: 'filter-bar',
  chips: 'chips',
  repeatStub: 'repeat-stub',
  seeAlso: 'see-also',
  entryTools: 'entry-tools',
  readingLayer: 'reading-layer',
  /** The reading layer's private part (the new-entries marker). */
  readingLayerPrivate: 'reading-layer-private',
  readerView: 'reader-view',
  /** Our `<style>` elements in the page's head. */
  style: 'style',
} as const;

/** Values of `data-lbl-action`. */
export const ACTION = {
  panel: 'panel',
  star: 'star',
  saveQuote: 'save-quote',
  saveQuoteConfirm: 'save-quote-confirm',
  saveFoundQuote: 'save-found-quote',
  jumpNew: 'jump-new',
  markAllRead: 'mark-all-read',
  nextUnread: 'next-unread',
  jumpLatest: 'jump-latest',
  /** The filter bar's and the tab's way back to every entry. */
  showAll: 'show-all',
  /** A quote in the panel: go to its entry. */
  goToQuote: 'go-to-quote',
  /** The keyboard help ("?"). */
  keysHelp: 'keys-help',
  library: 'library',
  /** Opens the reader view (the panel's button); in the view: its filters and its own controls. */
  reader: 'reader',
  keyEvents: 'key-events',
  unreadOnly: 'unread-only',
  starredOnly: 'starred-only',
  closeReader: 'close-reader',
  jumpNewEntries: 'jump-new-entries',
  clearFilters: 'clear-filters',
} as const;

/** User Timing measures, recorded only by `LBL_PERF=1` builds and readable by the page. */
export const MEASURE = {
  detect: 'liveblog-lens:detect',
  /** From the reader's start until every entry of the first page is read and marked. */
  entries: 'liveblog-lens:entries',
  /** From the reader's start until the first page is read and annotated (in slices: wall time). */
  pipeline: 'liveblog-lens:pipeline',
  /** The background's own time annotating the first page (its thread, not the page's), told with the last annotation. */
  background: 'liveblog-lens:background',
  openBlog: 'liveblog-lens:open-blog',
  getState: 'liveblog-lens:get-state',
  markRead: 'liveblog-lens:mark-read',
  starTools: 'liveblog-lens:star-tools',
} as const;

export type UiPart = (typeof UI)[keyof typeof UI];
export type Action = (typeof ACTION)[keyof typeof ACTION];

/** A CSS string literal's inside: quotes and backslashes escaped (ids and names come from pages). */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** CSS selectors built from the names, for the reader and the tests alike. */
export const SELECT = {
  /** Every entry, or the one with this id. */
  entry: (id?: string) => (id === undefined ? `[${ATTR.entry}]` : `[${ATTR.entry}=${quoted(id)}]`),
  ui: (part: UiPart) => `[${ATTR.ui}=${quoted(part)}]`,
  action: (action: Action) => `[${ATTR.action}=${quoted(action)}]`,
  speaker: (name?: string) => (name === undefined ? `[${ATTR.speaker}]` : `[${ATTR.speaker}=${quoted(name)}]`),
  chip: (name: string) => `[${ATTR.chip}=${quoted(name)}]`,
} as const;
