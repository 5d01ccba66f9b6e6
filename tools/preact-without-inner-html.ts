// A build-time transform of Preact's bundle: it removes the one place where Preact writes HTML
// (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`). Liveblog Lens never renders HTML
// strings (tests/unit/build/html-sinks.test.ts holds our code to that), so the branch is dead code
// for us; but addons-linter cannot know that and flags it as UNSAFE_VAR_ASSIGNMENT in every bundle
// that includes Preact (the reader and the library). Removing it makes the rule hold for the
// shipped bytes too: a `dangerouslySetInnerHTML` would now throw instead of parsing HTML.
import type { Plugin } from 'vite';

// Preact's dist files, whichever build the resolver picks (browser: preact.module.js; node: .mjs).
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact(?:\.min)?\.(?:module\.js|mjs|js)(?:\?.*)?$/;

// `<el>.innerHTML = <props>.__html`, with whatever names the minifier gave.
const HTML_WRITE = /([A-Za-z_$][\w$]*)\.innerHTML\s*=\s*([A-Za-z_$][\w$]*)\.__html\b/g;
// `<el>.innerHTML = ""`: clearing an element that had HTML set; textContent does the same.
const HTML_CLEAR = /([A-Za-z_$][\w$]*)\.innerHTML\s*=\s*(""|''|``)/g;

export const REFUSAL = 'Liveblog Lens is built without dangerouslySetInnerHTML: render elements, not HTML strings.';

/** Preact's source without its HTML writes; throws if there was none to remove (Preact changed). */
export function stripInnerHtml(code: string, id = 'preact'): string {
  let writes = 0;
  const out = code
    .replace(HTML_WRITE, () => {
      writes++;
      return `(()=>{throw new Error(${JSON.stringify(REFUSAL)})})()`;
    })
    .replace(HTML_CLEAR, (_m, el: string) => `${el}.textContent=""`);
  // A Preact upgrade that moves this code must fail the build, not bring the warning back unseen.
  if (writes === 0) throw new Error(`preact-without-inner-html: no innerHTML write found in ${id}; update the pattern for this Preact version`);
  if (/\.innerHTML\s*=[^=]/.test(out)) throw new Error(`preact-without-inner-html: an innerHTML write is left in ${id}`);
  return out;
}

/** The Vite plugin (used in wxt.config.ts for every build, Chrome and Firefox alike). */
export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'liveblog-lens:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      return { code: stripInnerHtml(code, id), map: null };
    },
  };
}
