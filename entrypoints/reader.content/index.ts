// Injected by the background only on pages the detector found to be live blogs: everything that is
// too big for every page lives here. This file only wires the rooms together:
//   core/      the pipeline (feed, marks, model), the bus, settings, the context features get
//   dom/       shadow hosts, our page stylesheets, reading order, keys, the floating layer
//   reading/   the reading service (read, starred, new) and its pure state
//   features/  one file per feature; each declares the services it needs
import { detect } from '@/lib/detect/index';
import { extractorAttempts, type Extractor } from '@/lib/entries/index';
import { blogLanguage, entrySample } from '@/lib/lang/detect';
import { MEASURE } from '@/lib/page-contract';
import { TAB_MESSAGES, type TabProtocol } from '@/lib/protocol/messages';
import { parse } from '@/lib/protocol/validate';
import { createRouter } from '@/lib/protocol/wire';
import { browserTranslator } from '../shared/i18n';
import { send } from '../shared/messenger';
import { lensStorage } from '../shared/storage';
import { createBus } from './core/bus';
import type { Feature } from './core/context';
import { startFeatures, withServices } from './core/features';
import { startFeed } from './core/feed';
import { createModel } from './core/model';
import { connectToBackground } from './core/remote';
import { loadSettings } from './core/settings';
import { createSlicer, defaultYield } from './core/slices';
import { createClickDelegate } from './dom/clicks';
import { createLayer } from './dom/layer';
import { chips } from './features/chips';
import { newSummary } from './features/new-summary';
import { panel } from './features/panel';
import { readerView } from './features/reader-view';
import { repeats } from './features/repeats';
import { saveQuote } from './features/save-quote';
import { star } from './features/star';
import { createReading } from './reading/service';

declare global {
  // Set in the content script's isolated world, so the page cannot see it.
  var __liveblogLensReader: AbortController | undefined;
}

/** Every feature of the reader (in any order: each waits for what it needs). */
/** Work per slice of the reader's queue (see below). */
const SLICE_BUDGET_MS = 30;

const FEATURES: Feature[] = [repeats, star, saveQuote, newSummary, panel, chips, readerView];

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
    // The script's own evaluation is a task's worth (165 KB); detection and the extractor's
    // query over the whole page go in the next one.
    const yieldTo = defaultYield();
    const nextTask = () => new Promise<void>((resolve) => yieldTo(resolve));
    await nextTask();
    if (signal.aborted) return;
    const url = location.href;
    const detection = detect(document, url);
    if (!detection.isLiveBlog) return;
    // Finding the extractor reads the page again (the adapter's query, a generic blog's microdata,
    // JSON-LD or structure): each attempt is a task of its own.
    let extractor: Extractor | null = null;
    for (const attempt of extractorAttempts(document, url, detection)) {
      await nextTask();
      if (signal.aborted) return;
      if ((extractor = attempt())) break;
    }
    if (!extractor) return;
    // Entries first (read and marked in slices, top of the page first), then their annotations:
    // the page is never blocked for long, whatever the size of the blog.
    // 30 ms of work per slice: each slice is followed by the page's own turn and, when our marks
    // or hosts changed the page, a rendering of it; on a 5,000-entry page (85,000 nodes) that
    // rendering costs more than the slice, so few fuller slices finish several times sooner than
    // many short ones (measured in Chromium: entries marked in 15 s instead of 45 s, every star in
    // 26 s instead of 101 s, on a machine at load 15-19); a slice alone stays under the 50 ms of a long task.
    const slicer = createSlicer(signal, { budgetMs: SLICE_BUDGET_MS });
    const feed = startFeed(document, extractor, slicer, signal);
    // Annotation runs in the background, which holds every language's lexicon; the page only
    // tells the blog's language (from the page and its first entries).
    const model = createModel(feed, slicer, signal, {
      language: (items) => blogLanguage(document, items.length ? entrySample(items.map((i) => i.entry)) : undefined),
      connect: connectToBackground,
    });
    if (import.meta.env.LBL_PERF) {
      void feed.ready.then(() => performance.measure(MEASURE.entries, { start }));
      void model.ready.then(() => performance.measure(MEASURE.pipeline, { start }));
    }

    const bus = createBus();
    const handlers: { [K in keyof TabProtocol]: (data: unknown) => Promise<ReturnType<TabProtocol[K]>> } = {
      togglePanel: async (data) => {
        bus.emit('togglePanel', parse('togglePanel', TAB_MESSAGES.togglePanel.data, data));
        return { ok: true };
      },
      toggleReaderView: async (data) => {
        parse('toggleReaderView', TAB_MESSAGES.toggleReaderView.data, data);
        bus.emit('readerView', { toggle: true });
        return { ok: true };
      },
      // The popup's question: counted from the model as it is now (it may still be reading).
      tabSummary: async (data) => {
        parse('tabSummary', TAB_MESSAGES.tabSummary.data, data);
        const { entries, speakers, complete } = model.current();
        const repeats = entries.filter((e) => e.duplicateOf !== null).length;
        return { host: location.hostname, entries: entries.length, repeats, speakers: speakers.length, complete };
      },
    };
    // Only the background sends to a tab; a page cannot reach this listener at all.
    const listener = createRouter(handlers, (_name, sender: Browser.runtime.MessageSender) => sender.id === browser.runtime.id);
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));

    const settings = await loadSettings(location.hostname, lensStorage, signal);
    // The interface's words (a task's worth to set up) and then each feature get a task of their
    // own: together with the settings' answer they made the reader's longest task.
    await nextTask();
    if (signal.aborted) return;
    const i18n = browserTranslator();
    const base = { doc: document, url, host: location.hostname, detection, model, slicer, settings, bus, send, i18n, storage: lensStorage, signal };
    const context = withServices(base, {
      reading: (c) => createReading(c),
      layer: (c) => createLayer(c.doc, c.signal),
      clicks: (c) => createClickDelegate(c.doc, c.signal),
    });
    await startFeatures(context, FEATURES, yieldTo);
  },
});
