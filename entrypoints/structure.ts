// The structural half of detection (lib/detect/index.ts `hasLiveStructure`), injected by the
// background only into frames whose cheap check (detector.ts) found them worth it: a live-looking
// URL or title, several `time` elements or time-stamped headings, a live-blog platform's container.
// Reads the page, changes nothing; on a live blog it asks for the reader, as the detector does.
// A platform's script often draws its blog after this runs (the container stands empty at
// document_idle): where the page holds one and is not live yet, the check runs again once the
// container has stopped changing, for a while, and never more.
import { hasLiveStructure } from '@/lib/detect/index';
import { PLATFORM_CONTAINERS } from '@/lib/detect/platforms';
import { detectionFor } from '@/lib/detect/quick';
import type { BackgroundProtocol } from '@/lib/protocol/messages';
import { createSender } from '@/lib/protocol/wire';

/** Quiet time after the container's last change before the check runs again. */
const SETTLE_MS = 800;
/** How long after the first check a platform's blog may still be drawn. */
const WATCH_MS = 30_000;

export default defineUnlistedScript(() => {
  const start = import.meta.env.LBL_PERF ? performance.now() : 0;
  const live = hasLiveStructure(document, location.href);
  if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:detect-structure', { start });
  const report = (): void => {
    const send = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
    send('injectReader', { detection: { isLiveBlog: true, site: detectionFor(location.href, 'structure').site } }).catch(() => undefined);
  };
  if (live) return report();
  const holders = document.querySelectorAll(PLATFORM_CONTAINERS);
  if (holders.length === 0) return;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (!hasLiveStructure(document, location.href)) return;
      stop();
      report();
    }, SETTLE_MS);
  });
  const deadline = setTimeout(() => stop(), WATCH_MS);
  const stop = (): void => {
    observer.disconnect();
    clearTimeout(settle);
    clearTimeout(deadline);
  };
  // The holder's parent: some scripts put their blog in place of the holder rather than inside it.
  for (const holder of holders) observer.observe(holder.parentElement ?? holder, { childList: true, subtree: true });
});
