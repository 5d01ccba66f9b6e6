// The panel's and the chips' CSS, for their shadow roots. What the site could reach (the hosts
// and the slotted tab, which live in the page's DOM) is given apart, as `*_HOST` declarations and
// `PANEL_SLOTTED` rules: the reader's shadow-host helper resets the host and makes those important,
// and for important declarations the shadow tree's rules beat the page's, so `* { color: red
// !important }` cannot restyle us. Custom properties are set on our own inner elements, where no
// page rule can match, so inherited page variables do not leak in either.

/** Width of the docked panel, in CSS pixels; the page makes room for it (see DOCK_MIN_WIDTH). */
export const PANEL_WIDTH = 320;
/** Below this viewport width the panel is a bottom sheet instead of a column at the side. */
export const DOCK_MIN_WIDTH = 760;
/** Height of the bottom sheet (narrow screens), in % of the viewport; the page gets that much room below. */
export const SHEET_VH = 45;
/** Room the closed tab takes at the right edge (every width): the page keeps its text clear of it. */
export const TAB_WIDTH = 28;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

// Light first; dark follows the reader's system preference.
const PALETTE = `
  --lbl-bg: #ffffff; --lbl-fg: #1b1b1f; --lbl-muted: #55585e; --lbl-line: #d5d7db;
  --lbl-soft: #f1f3f6; --lbl-accent: #0b57d0; --lbl-accent-fg: #ffffff; --lbl-focus: #0b57d0;
  --lbl-on: #d3e3fd; --lbl-on-fg: #041e49;
  color-scheme: light;
`;
const PALETTE_DARK = `
  --lbl-bg: #1e1f22; --lbl-fg: #e8eaed; --lbl-muted: #b0b4ba; --lbl-line: #3c4043;
  --lbl-soft: #2a2c30; --lbl-accent: #8ab4f8; --lbl-accent-fg: #0b1f3f; --lbl-focus: #8ab4f8;
  --lbl-on: #284a7e; --lbl-on-fg: #e8f0fe;
  color-scheme: dark;
`;

/** `<liveblog-lens-panel>` itself: a zero-size box fixed at the top right, over everything. */
export const PANEL_HOST = 'display: block; position: fixed; top: 0; right: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646;';

/** The tab: a button in the page's DOM, slotted into the panel's root (so the page can find it). */
export const PANEL_SLOTTED = `
::slotted(button) {
  all: initial; display: block; box-sizing: border-box;
  writing-mode: vertical-rl; padding: 12px 6px; cursor: pointer;
  font: 600 12px/1 ${FONT}; letter-spacing: 0.06em;
  background: var(--lbl-accent); color: var(--lbl-accent-fg);
  border-radius: 6px 0 0 6px; box-shadow: -1px 1px 4px rgba(0, 0, 0, 0.25);
}
::slotted(button)::before, ::slotted(button)::after { content: none; display: none; }
::slotted(button:focus-visible) { outline: 3px solid var(--lbl-focus); outline-offset: 2px; }
::slotted(button[data-filtered]) { background: #b3261e; color: #ffffff; }
@media (max-width: ${DOCK_MIN_WIDTH - 1}px) {
  :host([data-open]) ::slotted(button) { writing-mode: horizontal-tb; border-radius: 999px; padding: 8px 12px; }
}
`;

/** CSS of `<liveblog-lens-panel>`'s shadow root. */
export const PANEL_CSS = `
.tab, .panel, .help { ${PALETTE} font: 14px/1.45 ${FONT}; }
@media (prefers-color-scheme: dark) { .tab, .panel, .help { ${PALETTE_DARK} } }
.tab { position: fixed; top: 38%; right: 0; z-index: 2; }
:host([data-open]) .tab { right: min(${PANEL_WIDTH}px, calc(100vw - 40px)); }
.panel {
  position: fixed; top: 0; right: 0; bottom: 0; width: ${PANEL_WIDTH}px; max-width: calc(100vw - 40px);
  box-sizing: border-box; overflow-y: auto; overscroll-behavior: contain; padding: 12px 16px 20px;
  background: var(--lbl-bg); color: var(--lbl-fg); border-left: 1px solid var(--lbl-line);
  box-shadow: -2px 0 10px rgba(0, 0, 0, 0.15); text-align: left;
}
.panel:focus { outline: none; }
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { font-size: 16px; margin: 0; font-weight: 700; }
h3 { font-size: 12px; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--lbl-muted); font-weight: 700; }
p { margin: 6px 0; }
.counts { margin-top: 8px; font-weight: 600; }
.muted { color: var(--lbl-muted); font-size: 13px; }
button, input { font: inherit; color: inherit; }
button { cursor: pointer; }
button:focus-visible, input:focus-visible { outline: 3px solid var(--lbl-focus); outline-offset: 1px; }
.close { border: 0; background: transparent; font-size: 22px; line-height: 1; padding: 2px 8px; border-radius: 4px; }
.close:hover { background: var(--lbl-soft); }
.search { width: 100%; padding: 6px 8px; border: 1px solid var(--lbl-line); border-radius: 6px; background: var(--lbl-bg); margin-bottom: 6px; }
ul.speakers { list-style: none; margin: 0; padding: 0; }
ul.speakers li { margin: 2px 0; }
.speaker {
  display: flex; width: 100%; justify-content: space-between; align-items: center; gap: 8px;
  padding: 5px 8px; border: 1px solid transparent; border-radius: 6px; background: transparent; text-align: left;
}
.speaker:hover { background: var(--lbl-soft); }
.speaker[aria-pressed="true"] { background: var(--lbl-on); color: var(--lbl-on-fg); border-color: var(--lbl-accent); }
.speaker .n { font-variant-numeric: tabular-nums; color: inherit; opacity: 0.8; }
fieldset { border: 0; margin: 0; padding: 0; }
legend { padding: 0; }
label { display: flex; align-items: center; gap: 8px; margin: 4px 0; cursor: pointer; }
input[type="radio"], input[type="checkbox"] { accent-color: var(--lbl-accent); margin: 0; width: 16px; height: 16px; }
.switch {
  display: inline-flex; align-items: center; gap: 8px; border: 1px solid var(--lbl-line); border-radius: 999px;
  background: var(--lbl-soft); padding: 4px 12px 4px 6px;
}
.switch .knob { width: 28px; height: 16px; border-radius: 8px; background: var(--lbl-line); position: relative; }
.switch .knob::after { content: ""; position: absolute; top: 2px; left: 2px; width: 12px; height: 12px; border-radius: 50%; background: var(--lbl-bg); }
.switch[aria-checked="true"] .knob { background: var(--lbl-accent); }
.switch[aria-checked="true"] .knob::after { left: 14px; }
.action { border: 1px solid var(--lbl-accent); color: var(--lbl-accent); background: transparent; border-radius: 6px; padding: 5px 10px; margin-top: 4px; }
.action:disabled { opacity: 0.5; cursor: default; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul.found-quotes { list-style: none; margin: 0; padding: 0; }
ul.found-quotes li { padding: 6px 0; border-bottom: 1px solid var(--lbl-line); }
ul.found-quotes blockquote { margin: 0; font-style: italic; overflow-wrap: anywhere; }
ul.found-quotes .by { margin: 2px 0; font-size: 13px; }
.error { color: var(--lbl-fg); font-size: 13px; font-weight: 600; }
.keys { margin-top: 20px; font-size: 12px; color: var(--lbl-muted); }
kbd { font: 12px ui-monospace, monospace; border: 1px solid var(--lbl-line); border-radius: 3px; padding: 0 4px; }
bdi { unicode-bidi: isolate; }
.link { border: 0; background: transparent; padding: 0; color: inherit; text-decoration: underline; font-size: inherit; }
/* Relative: absolute children (the screen-reader status) stay inside its clip, so nothing inside changes the box's size. */
.panel.private { position: relative; width: auto; max-width: none; height: 100%; overflow: auto; padding: 0; border: 0; box-shadow: none; }
.row { display: flex; flex-wrap: wrap; gap: 6px; }
.row .action { margin-top: 0; }
ul.found-quotes .go { all: unset; display: block; cursor: pointer; border-radius: 4px; font: inherit; overflow-wrap: anywhere; }
ul.found-quotes .go:hover { text-decoration: underline; }
ul.found-quotes .go:focus-visible { outline: 3px solid var(--lbl-focus); outline-offset: 1px; }
.help {
  position: fixed; z-index: 3; left: 50%; top: 50%; transform: translate(-50%, -50%); width: min(360px, calc(100vw - 24px));
  box-sizing: border-box; padding: 12px 16px; background: var(--lbl-bg); color: var(--lbl-fg);
  border: 1px solid var(--lbl-line); border-radius: 10px; box-shadow: 0 4px 20px rgba(0, 0, 0, 0.3);
}
.help:focus { outline: none; }
.help dl { margin: 8px 0; }
.help dl div { display: flex; gap: 12px; padding: 3px 0; }
.help dt { min-width: 110px; }
.help dd { margin: 0; }
/* Narrow screens: a bottom sheet over the lower part of the page, which gets as much room below
   its text. Closed, the tab is the same slim edge tab as on wide screens, low enough for a thumb,
   in a strip the page leaves free: a pill in the corner floated over the text while scrolling. */
@media (max-width: ${DOCK_MIN_WIDTH - 1}px) {
  .tab { top: auto; bottom: 96px; right: 0; }
  /* Open, the tab sits in the sheet's own header (beside its close button), over no text. */
  :host([data-open]) .tab { right: 72px; bottom: calc(${SHEET_VH}vh - 44px); }
  .panel.side {
    top: auto; left: 0; right: 0; width: auto; max-width: none; height: ${SHEET_VH}vh;
    border-left: 0; border-top: 1px solid var(--lbl-line); border-radius: 12px 12px 0 0; box-shadow: 0 -2px 10px rgba(0, 0, 0, 0.15);
  }
}
`;

/** The box of the panel's private reading section: one size whatever it shows, so its size tells the page nothing. */
export const PANEL_READING_HOST = 'display: block; height: 150px; margin-top: 8px; overflow: hidden; contain: strict;';

/** The filter bar's host, just before the first entry of the stream. */
export const FILTER_BAR_HOST = 'display: block; margin: 8px 0 12px; order: -1;';

/** CSS of the filter bar's root. */
export const FILTER_BAR_CSS = `
.bar { ${PALETTE} display: flex; flex-wrap: wrap; align-items: center; gap: 4px; padding: 8px 12px; font: 600 14px/1.4 ${FONT};
  background: var(--lbl-on); color: var(--lbl-on-fg); border: 1px solid var(--lbl-accent); border-radius: 8px; }
@media (prefers-color-scheme: dark) { .bar { ${PALETTE_DARK} } }
bdi { unicode-bidi: isolate; }
button { font: inherit; cursor: pointer; border: 1px solid var(--lbl-accent); background: var(--lbl-bg); color: var(--lbl-fg); border-radius: 6px; padding: 2px 10px; }
button:focus-visible { outline: 3px solid var(--lbl-focus); outline-offset: 1px; }
`;

/** Each entry's `<liveblog-lens-chips>` itself. */
export const CHIPS_HOST = 'display: block; margin: 6px 0;';

/** CSS of each entry's `<liveblog-lens-chips>` shadow root. */
export const CHIPS_CSS = `
.chips { ${PALETTE} display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font: 12px/1.3 ${FONT}; }
@media (prefers-color-scheme: dark) { .chips { ${PALETTE_DARK} } }
.chip {
  font: inherit; cursor: pointer; border: 1px solid var(--lbl-line); border-radius: 999px; padding: 2px 9px;
  background: var(--lbl-soft); color: var(--lbl-fg);
}
.chip[aria-pressed="true"] { background: var(--lbl-on); color: var(--lbl-on-fg); border-color: var(--lbl-accent); }
.chip:focus-visible { outline: 2px solid var(--lbl-focus); outline-offset: 1px; }
`;
