// Injected by the background only on pages the detector found to be live blogs: everything that
// is too big for every page lives here. Each feature is one file with its own cleanup.
import { detect } from '@/lib/detect/index';
import { extractorFor } from '@/lib/entries/index';
import { isTogglePanelMessage } from '@/lib/messages';
import type { Feature, ReaderContext } from './context';
import { startFeed } from './feed';
import { chipsFeature } from './chips';
import { markEntries } from './mark';
import { createModel } from './model';
import { loadLexicon } from './lexicon';
import { newSummary } from './new-summary';
import { panelFeature } from './panel';
import { reading } from './reading';
import { repeats } from './repeats';
import { saveQuote } from './save-quote';
import { loadSettings } from './settings';
import { star } from './star';

declare global {
  // Set in the content script's isolated world, so the page cannot see it.
  var __liveblogLensReader: AbortController | undefined;
}

/** The features, in the order they start. */
const FEATURES: Feature[] = [repeats, reading, star, saveQuote, newSummary, panelFeature, chipsFeature];

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    // The background may inject twice (a second detector run, a restarted worker): one reader.
    if (globalThis.__liveblogLensReader && !globalThis.__liveblogLensReader.signal.aborted) return;
    const lifetime = new AbortController();
    globalThis.__liveblogLensReader = lifetime;
    ctx.onInvalidated(() => lifetime.abort());
    const { signal } = lifetime;

    const start = import.meta.env.LBL_PERF ? performance.now() : 0;
    const url = location.href;
    const detection = detect(document, url);
    const extractor = detection.isLiveBlog ? extractorFor(document, url, detection) : null;
    if (!extractor) return;
    const feed = startFeed(document, extractor, signal);
    markEntries(feed, signal);
    const lexicon = await loadLexicon(document, feed.entries);
    const model = createModel(feed, signal, lexicon);
    if (import.meta.env.LBL_PERF) performance.measure('liveblog-lens:pipeline', { start });

    const bus = new EventTarget();
    const onMessage = (message: unknown) => {
      if (isTogglePanelMessage(message)) {
        bus.dispatchEvent(new Event('lbl:toggle-panel'));
        return Promise.resolve({ ok: true });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

    const settings = await loadSettings(location.hostname, signal);
    const context: ReaderContext = { doc: document, url, host: location.hostname, detection, model, settings, bus, signal };
    for (const feature of FEATURES) {
      try {
        await feature(context);
      } catch (error) {
        // One broken feature must not take the others down.
        console.error('[Liveblog Lens]', error);
      }
    }
  },
});
