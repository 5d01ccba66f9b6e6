// Injected by the background only on pages the detector found to be live blogs: everything that
// is too big for every page lives here.
import { detect } from '@/lib/detect/index';
import { extractorFor } from '@/lib/entries/index';
import { startFeed } from './feed';
import { markEntries } from './mark';

declare global {
  // Set in the content script's isolated world, so the page cannot see it.
  var __liveblogLensReader: AbortController | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // The background may inject twice (a second detector run, a restarted worker): one reader.
    if (globalThis.__liveblogLensReader && !globalThis.__liveblogLensReader.signal.aborted) return;
    const lifetime = new AbortController();
    globalThis.__liveblogLensReader = lifetime;
    ctx.onInvalidated(() => lifetime.abort());

    const start = import.meta.env.LBL_PERF ? performance.now() : 0;
    const detection = detect(document, location.href);
    const extractor = detection.isLiveBlog ? extractorFor(document, location.href, detection) : null;
    if (!extractor) return;
    const feed = startFeed(document, extractor, lifetime.signal);
    markEntries(feed, lifetime.signal);
    if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:pipeline', { start });
  },
});
