// A build-time transform of @mozilla/readability (the reader view cleans entries with it): its two
// innerHTML writes become DOM copies, so the shipped bytes hold no HTML sink (addons-linter's
// UNSAFE_VAR_ASSIGNMENT; tests/e2e/store-package.test.ts). Same behaviour on the inert documents
// the view gives it: `_grabArticle` keeps a deep copy of the page to start again from instead of
// its HTML, and `_unwrapNoscriptImages` copies a <noscript>'s children (which it has only checked
// to be one image, so they are elements: the view's documents are parsed with scripting off).
import type { Plugin } from 'vite';

const READABILITY = /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js(?:\?.*)?$/;

const EDITS: ReadonlyArray<readonly [string, string]> = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
  [
    'page.innerHTML = pageCacheHtml;',
    'while (page.firstChild) page.removeChild(page.firstChild); for (var lblCopy = pageCacheHtml.cloneNode(true); lblCopy.firstChild; ) page.appendChild(lblCopy.firstChild);',
  ],
  ['tmp.innerHTML = noscript.innerHTML;', 'for (var lblChild = noscript.firstChild; lblChild; lblChild = lblChild.nextSibling) tmp.appendChild(lblChild.cloneNode(true));'],
];

/** Readability's source without its innerHTML writes; throws if one is not where it was (Readability changed). */
export function readabilityWithoutInnerHtml(code: string, id = 'Readability.js'): string {
  let out = code;
  for (const [from, to] of EDITS) {
    if (out.split(from).length !== 2) throw new Error(`readability-without-inner-html: "${from}" is not once in ${id}; update the edits for this Readability version`);
    out = out.replace(from, to);
  }
  if (/\.innerHTML\s*=[^=]/.test(out)) throw new Error(`readability-without-inner-html: an innerHTML write is left in ${id}`);
  return out;
}

/** The Vite plugin (wxt.config.ts, every build). */
export function readabilityWithoutInnerHtmlPlugin(): Plugin {
  return {
    name: 'liveblog-lens:readability-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!READABILITY.test(id)) return null;
      return { code: readabilityWithoutInnerHtml(code, id), map: null };
    },
  };
}
