// The reader's interface: its features (repeats, stars, quotes, the panel, chips, the new-entries
// summary, the reader view's opener), with Preact and the interface's words. Injected by the
// background at the reader's request into the same isolated world, where it takes the reader's
// context (reader.content/core/handoff.ts); its features start once the entries are marked. An unlisted
// script rather than a WXT content script: it needs no context of its own, and WXT's announces
// itself to the page.
import { browserTranslator, catalogueTranslator } from './shared/i18n';
import type { Feature } from './reader.content/core/context';
import { startFeatures, withServices } from './reader.content/core/features';
import { takeOver, takeWords } from './reader.content/core/handoff';
import { createClickDelegate } from './reader.content/dom/clicks';
import { createLayer } from './reader.content/dom/layer';
import { chips } from './reader.content/features/chips';
import { newSummary } from './reader.content/features/new-summary';
import { panel } from './reader.content/features/panel';
import { readerView } from './reader.content/features/reader-view';
import { repeats } from './reader.content/features/repeats';
import { saveQuote } from './reader.content/features/save-quote';
import { star } from './reader.content/features/star';
import { createReading } from './reader.content/reading/service';

/** Every feature of the reader (in any order: each waits for what it needs). */
const FEATURES: Feature[] = [repeats, star, saveQuote, newSummary, panel, chips, readerView];

export default defineUnlistedScript(() => {
  const words = takeWords();
  const core = takeOver();
  if (!core) return;
  const { ready, signal, yieldTo } = core;
  void ready.then((base) => {
    // The interface's words (a task's worth to set up) and then each feature get a task of their
    // own: together they made the reader's longest task.
    yieldTo(() => {
      if (signal.aborted) return;
      const context = withServices({ ...base, i18n: words ? catalogueTranslator(words) : browserTranslator() }, {
        reading: (c) => createReading(c),
        layer: (c) => createLayer(c.doc, c.signal),
        clicks: (c) => createClickDelegate(c.doc, c.signal),
      });
      void startFeatures(context, FEATURES, yieldTo);
    });
  });
});
