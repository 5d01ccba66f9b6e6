// Injected by the background only on pages the detector found to be live blogs: everything that is
// too big for every page lives here. This file only wires the rooms together:
//   core/      the pipeline (feed, marks, model), the bus, settings, the context features get
//   dom/       shadow hosts, our page stylesheets, reading order, keys, the floating layer
//   reading/   the reading service (read, starred, new) and its pure state
//   features/  one file per feature; each declares the services it needs
// This script is the reader's pipeline; the features, with Preact and the interface's words, are
// a second script (entrypoints/reader-interface.ts) asked for once the entries are marked
// (core/handoff.ts says how the two meet).
import { detect } from '@/lib/detect/index';
import { extractorAttempts, type Extractor } from '@/lib/entries/index';
import { blogLanguage, entrySample } from '@/lib/lang/detect';
import { MEASURE } from '@/lib/page-contract';
import { TAB_MESSAGES, type TabProtocol } from '@/lib/protocol/messages';
import { parse } from '@/lib/protocol/validate';
import { createRouter } from '@/lib/protocol/wire';
import { send } from '../shared/messenger';
import { lensStorage } from '../shared/storage';
import { createBus } from './core/bus';
import type { EntryFeed } from './core/feed';
import { startFeed } from './core/feed';
import { handOver } from './core/handoff';
import { createModel } from './core/model';
import { connectToBackground } from './core/remote';
import { loadSettings } from './core/settings';
import { createSlicer, defaultYield } from './core/slices';

declare global {
  // Set in the content script's isolated world, so the page cannot see it.
  var __liveblogLensReader: AbortController | undefined;
}

/** Work per slice of the reader's queue (see below). */
const SLICE_BUDGET_MS = 30;
/**
 * On a big blog the interface is asked for once this many entries are read rather than all of
 * them: its first screen is among them, and its controls should not wait for a 5,000-entry read.
 */
const INTERFACE_AFTER_ENTRIES = 100;

/** Resolves once the feed's first reading is done, or has read `count` entries. */
function entriesRead(feed: EntryFeed, count: number): Promise<void> {
  return new Promise((resolve) => {
    if (feed.complete || feed.entries.length >= count) return resolve();
    const stop = feed.subscribe(() => {
      if (feed.complete || feed.entries.length >= count) stop(), resolve();
    });
    void feed.ready.then(() => (stop(), resolve()));
  });
}

export default defineContentScript({
  registration: 'runtime',
  // WXT's context would also announce the reader to the page's own window with a postMessage that
  // every message listener of the page (ads, analytics) runs for; the document event it keeps is
  // enough for a newer reader to stop this one.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The background may inject twice (a second detector run, a restarted worker): one reader.
    if (globalThis.__liveblogLensReader && !globalThis.__liveblogLensReader.signal.aborted) return;
    const lifetime = new AbortController();
    globalThis.__liveblogLensReader = lifetime;
    ctx.onInvalidated(() => lifetime.abort());
    const { signal } = lifetime;

    const start = import.meta.env.LBL_PERF ? performance.now() : 0;
    // The script's own evaluation is a task's worth; detection and the extractor's
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
    // rendering costs more than the slice, so fuller slices finish several times sooner than many
    // short ones (measured in Chromium: 30 ms against 8 ms marked the entries in 15 s instead of
    // 45 s; 20 ms marked them about 4 s later than 30). The budget only stops a slice from starting
    // steps: the last step and a garbage collection come on top (a 30 ms slice held up to 38 ms of
    // CPU, 11 of them GC, before the delta's listeners moved to the next slice), still under the
    // 50 ms of a long task.
    const slicer = createSlicer(signal, { budgetMs: SLICE_BUDGET_MS });
    const feed = startFeed(document, extractor, slicer, signal);
    // The interface's features wait for the entries (below); asked for from here, it misses no delta.
    const interfaceDue = entriesRead(feed, INTERFACE_AFTER_ENTRIES);
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

    // The interface (features, Preact, the words: most of the reader's code) is a script of its
    // own, asked for now, while the background is idle (once it annotates the first page, an
    // injection would wait behind that), and evaluated in a task of its own. Its features start
    // once the entries are read and marked (or a big blog's first screen is): their first drawing
    // no longer shares the tasks that read the page.
    const host = location.hostname;
    const ready = Promise.all([loadSettings(host, lensStorage, signal), interfaceDue]).then(([settings]) => (
      { doc: document, url, host, detection, model, slicer, settings, bus, send, storage: lensStorage, signal }
    ));
    handOver({ ready, signal, yieldTo });
    await send('injectInterface', null).catch(() => undefined);
  },
});
