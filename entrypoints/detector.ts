// Runs on every page of the curated news sites, so it holds nothing but the cheap half of
// detection (lib/detect/quick.ts): on a page that is not a live blog it changes nothing and sets
// nothing. Where the cheap check cannot tell and the page is worth a closer look (a live-looking
// URL or title, several times), it asks the background for the structural check, a script of its
// own (structure.ts) that most pages never load. An unlisted script (listed in the manifest by
// wxt.config.ts) rather than a WXT content script: WXT's content-script context announces itself
// to the page with window.postMessage and a document event, on every page.
import { detectionFor, detectQuickly } from '@/lib/detect/quick';
import type { BackgroundProtocol } from '@/lib/protocol/messages';
import { createSender } from '@/lib/protocol/wire';

export default defineUnlistedScript(() => {
  const start = import.meta.env.LBL_PERF ? performance.now() : 0;
  // `document.URL` rather than `location.href`: the same address, without setting up the Location
  // interface in this script's world.
  const url = document.URL;
  const { signal, worthReading } = detectQuickly(document, url);
  // The site's name only for a live blog, where the reader needs it.
  const site = signal === 'none' ? null : detectionFor(url, signal).site;
  if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:detect', { start });
  if (site === null && !worthReading) return;
  const send = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
  // The background injects the reader (or the structural check) into this frame; nothing waits.
  if (site !== null) send('injectReader', { detection: { isLiveBlog: true, site } }).catch(() => undefined);
  else send('checkStructure', null).catch(() => undefined);
});
