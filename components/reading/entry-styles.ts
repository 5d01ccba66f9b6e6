// Styles of the controls drawn on each entry, each inside the shadow root of its own host (see
// the reader's dom/entry-host.ts): the tools (status mark and star), the repeat stub and the
// "See also" line. `*_HOST` are the declarations of `:host` (made important as they are adopted,
// over a reset, so no site rule reaches the host); `*_CSS` the rules inside, which the site's CSS
// cannot reach at all.
import { ATTR } from '@/lib/page-contract';

/** The ten points of a five-pointed star in a 100 × 100 box, scaled by `k` about its centre. */
const star = (k: number) =>
  [[50, 2], [61.8, 36.5], [98, 36.5], [68.7, 57.9], [79.8, 92.3], [50, 71], [20.2, 92.3], [31.3, 57.9], [2, 36.5], [38.2, 36.5]]
    .map(([x, y]) => `${(50 + (x! - 50) * k).toFixed(1)}% ${(53 + (y! - 53) * k).toFixed(1)}%`)
    .join(', ');
/** A star drawn by `clip-path` alone (no image, so no page's CSP can block it): filled, or its outline. */
const FILLED = `polygon(${star(1)})`;
const [OUTER, INNER] = [star(1), star(0.62)];
const OUTLINE = `polygon(evenodd, ${OUTER}, ${OUTER.split(', ')[0]}, ${INNER}, ${INNER.split(', ')[0]})`;

/**
 * The tools box: the same size whatever it shows (new, read, starred or nothing), since the page
 * can measure a host's box; nothing inside overflows it. The button is the star (its `::after`);
 * its `::before`, drawn to its left and never taking a click, is the status mark.
 */
export const ENTRY_TOOLS_HOST = `display: flex; float: right; box-sizing: border-box; width: 88px; height: 32px;
  margin: 0 0 4px 8px; padding: 0; justify-content: flex-end; align-items: center;
  overflow: hidden; contain: strict; position: relative; z-index: 1;`;

export const ENTRY_TOOLS_CSS = `
.star { all: unset; box-sizing: border-box; position: relative; display: flex; align-items: center; justify-content: center;
  flex: none; width: 32px; height: 32px; border-radius: 50%; cursor: pointer; color: #6b6b6b;
  font: 700 11px/16px sans-serif; user-select: none; -webkit-user-select: none; }
.star:hover { background: rgba(128,128,128,.15); }
.star:focus-visible { outline: 2px solid #0b57d0; outline-offset: -2px; }
.star::before { content: attr(data-mark); position: absolute; right: 36px; top: 8px; box-sizing: border-box;
  max-width: 52px; height: 16px; overflow: hidden; white-space: nowrap; pointer-events: none; }
.star[${ATTR.badge}="new"]::before { padding: 0 5px; border-radius: 3px; background: #c70000; color: #fff; letter-spacing: .03em; }
.star[${ATTR.badge}="read"]::before { font-weight: 400; font-size: 13px; }
.star::after { content: ''; display: block; width: 20px; height: 20px; background: currentColor; clip-path: ${OUTLINE}; }
.star[aria-pressed="true"] { color: #b26b00; }
.star[aria-pressed="true"]::after { clip-path: ${FILLED}; }
@media (prefers-color-scheme: dark) {
  .star { color: #b0b0b0; }
  .star[aria-pressed="true"] { color: #f5b942; }
}`;

/** The repeat stub, just before the collapsed entry; positioned so a site's fade or overlay never covers it. */
export const STUB_HOST = `display: block; box-sizing: border-box; margin: .5em 0; padding: .35em .7em;
  font: 14px/1.4 system-ui, sans-serif; color: #444; background: #f4f4f2; border: 1px dashed #bbb; border-radius: 6px;
  position: relative; z-index: 1;`;

const LINK = `all: unset; font: inherit; cursor: pointer; color: #0b57d0; text-decoration: underline;`;

export const STUB_CSS = `
:host([${ATTR.lift}]) { z-index: 2147483000 !important; }
button { ${LINK} margin-left: .6em; }
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
