// The structural half of detection (lib/detect/index.ts `hasLiveStructure`), injected by the
// background only into frames whose cheap check (detector.ts) found them worth it: a live-looking
// URL or title, several `time` elements or time-stamped headings. Reads the page, changes nothing;
// on a live blog it asks for the reader, as the detector does.
import { hasLiveStructure } from '@/lib/detect/index';
import { detectionFor } from '@/lib/detect/quick';
import type { BackgroundProtocol } from '@/lib/protocol/messages';
import { createSender } from '@/lib/protocol/wire';

export default defineUnlistedScript(() => {
  const start = import.meta.env.LBL_PERF ? performance.now() : 0;
  const live = hasLiveStructure(document, location.href);
  if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:detect-structure', { start });
  if (!live) return;
  const send = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
  send('injectReader', { detection: { isLiveBlog: true, site: detectionFor(location.href, 'structure').site } }).catch(() => undefined);
});
