// Runs on every page of the curated news sites, so it holds nothing but the cheap half of
// detection (lib/detect/quick.ts): on a page that is not a live blog it changes nothing and sets
// nothing. Where the cheap check cannot tell and the page is worth a closer look (a live-looking
// URL or title, several times), it asks the background for the structural check, a script of its
// own (structure.ts) that most pages never load. An unlisted script (listed in the manifest by
// wxt.config.ts) rather than a WXT content script: WXT's content-script context announces itself
// to the page with window.postMessage and a document event, on every page.
import { detectQuickly } from '@/lib/detect/quick';
import { MSG_CHECK_STRUCTURE, MSG_INJECT_READER } from '@/lib/messages';

export default defineUnlistedScript(() => {
  const start = import.meta.env.LBL_PERF ? performance.now() : 0;
  const { detection, worthReading } = detectQuickly(document, location.href);
  if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:detect', { start });
  if (detection.isLiveBlog) void browser.runtime.sendMessage({ type: MSG_INJECT_READER, detection });
  else if (worthReading) void browser.runtime.sendMessage({ type: MSG_CHECK_STRUCTURE });
});
