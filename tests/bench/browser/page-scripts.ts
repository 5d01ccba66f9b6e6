// Scripts the bench puts into pages (main world), as plain JS source: a serialised, transpiled
// function could drag in helpers that do not exist in the page. Each one captures the browser
// functions it needs before any script of the page runs, so a saved page that replaces
// `performance.measure` or `setTimeout` cannot skew or break the figures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const readabilityDir = dirname(require.resolve('@mozilla/readability/package.json'));

/**
 * Every bench page: `window.__lblBench.measures()` lists the User Timing measures whose names start
 * with `liveblog-lens:` or `bench:` (the extension's, recorded in its isolated world, share the
 * page's timeline).
 */
export const PROBE = `(() => {
  if (window !== window.top || window.__lblBench) return;
  const perf = performance;
  const byType = Performance.prototype.getEntriesByType;
  const state = {
    measures: () => byType.call(perf, 'measure')
      .filter((m) => m.name.startsWith('liveblog-lens:') || m.name.startsWith('bench:'))
      .map((m) => ({ name: m.name, startTime: m.startTime, duration: m.duration })),
  };
  Object.defineProperty(window, '__lblBench', { value: state });
})();`;

/**
 * Readability, injected into the page: in a DOMContentLoaded listener registered before any
 * script of the page, so it runs on the whole parsed document before any content script declared
 * for document_idle (the extension's detector) has touched it. A first
 * `isProbablyReaderable(document)`, then (when `parse`) a clone of the document and a first
 * `new Readability(clone).parse()`. Only the two calls are timed (`bench:readerable`,
 * `bench:parse`); the clone is timed apart (`bench:clone`). The library is compiled when the page
 * starts, as the extension's scripts are before their own measures start.
 */
export function readabilityProbe(parse: boolean): string {
  const readability = readFileSync(join(readabilityDir, 'Readability.js'), 'utf8');
  const readerable = readFileSync(join(readabilityDir, 'Readability-readerable.js'), 'utf8');
  return `(() => {
  if (window !== window.top) return;
  const lib = (() => {
    ${readability}
    ${readerable}
    return { Readability, isProbablyReaderable };
  })();
  const perf = performance;
  const now = Performance.prototype.now.bind(perf);
  const measure = Performance.prototype.measure.bind(perf);
  const result = { readerable: null, parsed: null, error: null };
  Object.defineProperty(window, '__lblReadability', { value: result });
  document.addEventListener('DOMContentLoaded', () => {
    try {
      const start = now();
      result.readerable = lib.isProbablyReaderable(document);
      measure('bench:readerable', { start });
      if (!${parse}) return;
      const c = now();
      const clone = document.cloneNode(true);
      measure('bench:clone', { start: c });
      const p = now();
      const article = new lib.Readability(clone).parse();
      measure('bench:parse', { start: p });
      result.parsed = article ? (article.textContent || '').length : 0;
    } catch (e) { result.error = String(e && e.stack || e); }
  }, { capture: true, once: true });
})();`;
}

/**
 * For generated blogs: when entries get marked and when the extension adds its own nodes to the
 * page, seen by a MutationObserver started after parsing (so the parser's insertions cost
 * nothing), and when the last long task ended (a long task with no DOM change, say a layout of
 * 20,000 entries, means the page is not settled yet). Generated blogs have no scripts of their
 * own: every later change is the extension's. `window.__lblUi`: marks (entries newly given
 * `data-lbl-entry`), lastMark, uiNodes (elements with `data-lbl-ui` or named `liveblog-lens-*`
 * added), firstUi, lastUi, lastLong (ms since navigation).
 */
export const UI_OBSERVER = `(() => {
  if (window !== window.top || window.__lblUi) return;
  const now = Performance.prototype.now.bind(performance);
  const s = { marks: 0, lastMark: 0, uiNodes: 0, firstUi: 0, lastUi: 0, lastLong: 0, panelAt: 0 };
  Object.defineProperty(window, '__lblUi', { value: s });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) s.lastLong = Math.max(s.lastLong, e.startTime + e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const ours = (n) => n.nodeType === 1 && (n.hasAttribute('data-lbl-ui') || n.localName.startsWith('liveblog-lens'));
  const added = new WeakMap();
  const observer = new MutationObserver((records) => {
    const t = now();
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.oldValue === null && r.target.hasAttribute('data-lbl-entry')) { s.marks++; s.lastMark = t; }
        continue;
      }
      for (const n of r.addedNodes) if (ours(n)) {
        s.uiNodes++; s.lastUi = t; if (!s.firstUi) s.firstUi = t;
        if (!added.has(n)) added.set(n, t);
        if (n.localName === 'liveblog-lens-panel' && !s.panelAt) s.panelAt = t;
      }
    }
  });
  // Called once the page settled, at the top of the page: the entries on the first screen, how many
  // of them have no star, and when the last star and the last control of any kind (chips wait for
  // the entries' annotation) on them were first added (ms since navigation).
  Object.defineProperty(s, 'firstScreen', { value: () => {
    const height = innerHeight;
    let entries = 0, missing = 0, at = 0, starsAt = 0;
    for (const el of document.querySelectorAll('[data-lbl-entry]')) {
      const box = el.getBoundingClientRect();
      if (box.height === 0 || box.bottom <= 0 || box.top >= height) continue;
      entries++;
      const hosts = [...el.children].filter((c) => c.hasAttribute('data-lbl-ui'));
      const star = hosts.find((c) => c.getAttribute('data-lbl-ui') === 'entry-tools');
      if (!star) missing++;
      else starsAt = Math.max(starsAt, added.get(star) ?? 0);
      for (const c of hosts) at = Math.max(at, added.get(c) ?? 0);
    }
    return { entries, missing, at, starsAt };
  } });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-lbl-entry'], attributeOldValue: true,
  }), { capture: true, once: true });
})();`;

/**
 * Evaluated with one argument, `{ html, container }`: the site inserting one new entry at the top
 * of the blog, as a live update does. The text is the bench's own generated text. Returns the
 * time of the insertion (ms since navigation) after a `bench:insert` mark.
 */
export const INSERT_ENTRY = `({ html, container }) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  const entry = template.content.firstElementChild;
  performance.mark('bench:insert');
  const at = performance.now();
  document.querySelector(container).prepend(entry);
  return at;
}`;
