// Styles of the controls drawn on each entry, each inside the shadow root of its own host (see
// the reader's dom/entry-host.ts): the tools (status mark and star), the repeat stub and the
// "See also" line. `*_HOST` are the declarations of `:host` (made important as they are adopted,
// over a reset, so no site rule reaches the host); `*_CSS` the rules inside, which the site's CSS
// cannot reach at all.
import { ATTR } from '@/lib/page-contract';

/**
 * The tools box: the same size whatever it shows (new, read, starred or nothing), since the page
 * can measure a host's box; nothing inside overflows it.
 */
export const ENTRY_TOOLS_HOST = `display: flex; float: right; box-sizing: border-box; width: 88px; height: 32px;
  margin: 0 0 4px 8px; padding: 0; align-items: center; justify-content: flex-end; gap: 4px;
  overflow: hidden; contain: strict; position: relative; z-index: 1;
  font: 700 11px/16px sans-serif; user-select: none; -webkit-user-select: none;`;

export const ENTRY_TOOLS_CSS = `
.status { display: block; box-sizing: border-box; width: 52px; height: 16px; overflow: hidden; white-space: nowrap; text-align: right; }
.new { display: inline-block; box-sizing: border-box; max-width: 52px; height: 16px; overflow: hidden; padding: 0 5px; border-radius: 3px; background: #c70000; color: #fff; letter-spacing: .03em; }
.read { color: #6b6b6b; font-weight: 400; font-size: 13px; }
.star { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  flex: none; width: 32px; height: 32px; border-radius: 50%; color: #6b6b6b; cursor: pointer; }
.star:hover { background: rgba(128,128,128,.15); }
.star:focus-visible { outline: 2px solid #0b57d0; outline-offset: -2px; }
.star[aria-pressed="true"] { color: #b26b00; }
.star svg { display: block; width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.8px; stroke-linejoin: round; }
.star[aria-pressed="true"] svg { fill: currentColor; }
@media (prefers-color-scheme: dark) {
  .star, .read { color: #b0b0b0; }
  .star[aria-pressed="true"] { color: #f5b942; }
}`;

/** The repeat stub, just before the collapsed entry; positioned so a site's fade or overlay never covers it. */
export const STUB_HOST = `display: flex; box-sizing: border-box; align-items: center; gap: .6em; margin: .5em 0; padding: .35em .7em;
  font: 14px/1.4 system-ui, sans-serif; color: #444; background: #f4f4f2; border: 1px dashed #bbb; border-radius: 6px;
  position: relative; z-index: 1;`;

const LINK = `all: unset; font: inherit; cursor: pointer; color: #0b57d0; text-decoration: underline;`;

export const STUB_CSS = `
:host([${ATTR.lift}]) { z-index: 2147483000 !important; }
button { ${LINK} }
button:focus-visible, a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  :host { color: #ddd !important; background: #2a2a2a !important; border-color: #666 !important; }
  button { color: #8ab4f8; }
}`;

/** The quiet "See also" line at the end of an entry. */
export const SEE_ALSO_HOST = `display: block; margin: .5em 0; font: 14px/1.4 system-ui, sans-serif; color: #444;`;

export const SEE_ALSO_CSS = `
a { ${LINK} }
a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  :host { color: #ccc !important; }
  a { color: #8ab4f8; }
}`;
