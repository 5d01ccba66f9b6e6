// The structural half of detection (lib/detect/index.ts `hasLiveStructure`), injected by the
// background only into frames whose cheap check (detector.ts) found them worth it: a live-looking
// URL or title, several `time` elements or time-stamped headings. Reads the page, changes nothing;
// on a live blog it asks for the reader, as the detector does.
import { hasLiveStructure } from '@/lib/detect/index';
import { detectionFor } from '@/lib/detect/quick';
import { MSG_INJECT_READER } from '@/lib/messages';

export default defineUnlistedScript(() => {
  const start = import.meta.env.LBL_PERF ? performance.now() : 0;
  const live = hasLiveStructure(document, location.href);
  if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:detect-structure', { start });
  if (live) void browser.runtime.sendMessage({ type: MSG_INJECT_READER, detection: detectionFor(location.href, 'structure') });
});
