// Runs on every page of the curated news sites, so it holds nothing but detection: on a page that
// is not a live blog it changes nothing, sets nothing and sends nothing. An unlisted script (listed
// in the manifest by wxt.config.ts) rather than a WXT content script: WXT's content-script context
// announces itself to the page with window.postMessage and a document event, on every page.
import { detect } from '@/lib/detect/index';
import type { BackgroundProtocol } from '@/lib/protocol/messages';
import { createSender } from '@/lib/protocol/wire';

export default defineUnlistedScript(() => {
  const start = import.meta.env.LBL_PERF ? performance.now() : 0;
  const detection = detect(document, location.href);
  if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:detect', { start });
  if (!detection.isLiveBlog) return;
  const send = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
  // The background injects the reader into this frame; nothing here waits for it.
  send('injectReader', { detection: { isLiveBlog: true, site: detection.site } }).catch(() => undefined);
});
