// Styles of the reading controls that live in the page's light DOM, next to the site's own
// elements: the repeat stub, the "See also" line and each entry's tools (star, "New" badge). They
// sit in the page's cascade, so each rule first reverts whatever a site rule for `div`, `button`
// or `svg` set (`all: revert`), and the reader makes every declaration important as it injects
// them. Written plainly here; the e2e "hostile stylesheet" and star-size tests hold them to it.
import { ACTION, ATTR, SELECT, UI } from '@/lib/page-contract';

const STUB = SELECT.ui(UI.repeatStub);
const SEE_ALSO = SELECT.ui(UI.seeAlso);
const TOOLS = SELECT.ui(UI.entryTools);
const STAR = `${TOOLS} > button${SELECT.action(ACTION.star)}`;
const PRESSED = `${TOOLS} > button[aria-pressed="true"]`;

/** The repeat stub and the "See also" line. */
export const STUB_CSS = `
${STUB}, ${SEE_ALSO} {
  all: revert; box-sizing: border-box; display: flex; align-items: center;
  gap: .6em; margin: .5em 0; padding: .35em .7em;
  font: 14px/1.4 system-ui, sans-serif; color: #444; background: #f4f4f2;
  border: 1px dashed #bbb; border-radius: 6px;
}
${SEE_ALSO} { border-style: none; background: transparent; padding: 0; }
${STUB} button, ${SEE_ALSO} a {
  all: revert; font: inherit; cursor: pointer; color: #0b57d0;
  background: none; border: 0; padding: 0; text-decoration: underline;
}
@media (prefers-color-scheme: dark) {
  ${STUB} { color: #ddd; background: #2a2a2a; border-color: #666; }
  ${SEE_ALSO} { color: #ccc; }
  ${STUB} button, ${SEE_ALSO} a { color: #8ab4f8; }
}`;

/** Each entry's tools: floated to the entry's top-right, a 32px round star button and the badge. */
export const ENTRY_TOOLS_CSS = `
${TOOLS} { all: revert; float: right; display: inline-flex; align-items: center;
  gap: 6px; margin: 0 0 4px 8px; padding: 0; border: 0;
  position: relative; z-index: 1; font: 700 11px/1.2 system-ui, sans-serif;
  user-select: none; -webkit-user-select: none; }
${STAR} { all: revert; box-sizing: border-box; display: inline-flex;
  align-items: center; justify-content: center; width: 32px; height: 32px;
  margin: 0; padding: 0; border: 0; border-radius: 50%;
  background: transparent; color: #6b6b6b; cursor: pointer; box-shadow: none; }
${STAR}:hover { background: rgba(128,128,128,.15); }
${STAR}:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
${PRESSED} { color: #b26b00; }
${TOOLS} svg { all: revert; display: block; width: 20px; height: 20px;
  fill: none; stroke: currentColor; stroke-width: 1.8px; stroke-linejoin: round; }
${PRESSED} svg { fill: currentColor; }
${TOOLS} > [${ATTR.badge}="new"] { all: revert; display: inline-block; margin: 0; padding: 2px 6px;
  border-radius: 3px; background: #c70000; color: #fff;
  font: 700 11px/1.2 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; }
@media (prefers-color-scheme: dark) {
  ${STAR} { color: #b0b0b0; }
  ${PRESSED} { color: #f5b942; }
}`;
