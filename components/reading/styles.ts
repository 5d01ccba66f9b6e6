// Styles of the reading layer (save-quote button, speaker prompt, new-entries notice). They live
// in a shadow root, so the site's CSS cannot reach them; the host's own reset comes with it.
export const LAYER_CSS = `
* { box-sizing: border-box; }
.anchor { position: absolute; z-index: 1; font: 14px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; }
.fixed { position: fixed; right: 0; bottom: calc(62% + 8px); z-index: 1; font: 600 12px/1 system-ui, -apple-system, "Segoe UI", sans-serif; }
.fixed[data-panel-open] { right: min(320px, calc(100vw - 40px)); }
/* Narrow screens: in the strip at the right edge the page leaves free for the closed tab (never
   over the text), above the tab. */
@media (max-width: 759px) {
  .fixed { right: 0; bottom: 45%; }
  .fixed[data-panel-open] { display: none; }
}
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #b8b8b8; background: #fff; color: #121212; padding: 4px 10px; min-height: 28px; }
button:hover { background: #f0f0f0; }
button:focus-visible, input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.save { background: #121212; color: #fff; border-color: #121212; box-shadow: 0 2px 8px rgba(0,0,0,.25); white-space: nowrap; }
.save:hover { background: #333; }
.save[disabled] { cursor: default; opacity: 1; }
.save.status-saved { background: #0a7a33; border-color: #0a7a33; }
.save.status-not-stored, .save.status-failed { background: #8a1c1c; border-color: #8a1c1c; }
.speaker { opacity: .8; }
.note { margin: 0; max-width: 320px; padding: 6px 10px; background: #fff; color: #121212; border: 1px solid #b8b8b8; border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.prompt { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 8px; max-width: 360px; background: #fff; color: #121212; border: 1px solid #b8b8b8; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
.prompt label { flex-basis: 100%; font-weight: 600; }
.prompt input { flex: 1 1 160px; min-width: 0; font: inherit; padding: 4px 6px; border: 1px solid #8a8a8a; border-radius: 4px; background: #fff; color: #121212; }
.summary { writing-mode: vertical-rl; padding: 10px 6px; font: inherit; letter-spacing: 0.04em; background: #b3261e; color: #fff; border: 0; border-radius: 6px 0 0 6px; box-shadow: -1px 1px 4px rgba(0,0,0,.25); }
.summary:hover { background: #8c1d18; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  button, .prompt, .prompt input, .note { background: #1f1f1f; color: #eee; border-color: #666; }
  .summary { background: #f2b8b5; color: #601410; }
  button:hover { background: #2c2c2c; }
  .save { background: #eee; color: #121212; border-color: #eee; }
  .save:hover { background: #ccc; }
}`;
