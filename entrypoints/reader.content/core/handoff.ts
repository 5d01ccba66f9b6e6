// The reader is two scripts in the same isolated world: this one (detection, the feed, the marks,
// the model, the background's port) and its interface (entrypoints/reader-interface.ts: features,
// Preact, the words), which the background injects at the reader's start and whose features start
// once the entries are read and marked, so that neither its evaluation nor its first drawing
// shares the reading's tasks. The reader hands the interface its context here: a global of the
// content scripts' isolated world, which the page cannot see (as `__liveblogLensReader`).
import type { ReaderContext } from './context';
import type { Yield } from './slices';

/** What the interface gets from the reader. */
export interface ReaderCore {
  /** The context, less what the interface makes itself: once the settings are loaded and the entries marked. */
  ready: Promise<Omit<ReaderContext, 'use' | 'i18n'>>;
  signal: AbortSignal;
  yieldTo: Yield;
}

declare global {
  var __liveblogLensCore: ReaderCore | undefined;
  /** The interface's words, set by the background just before it injects the interface (background/words.ts). */
  var __liveblogLensWords: Record<string, string> | undefined;
}

/** Leaves the reader's context for its interface script. */
export function handOver(core: ReaderCore): void {
  globalThis.__liveblogLensCore = core;
}

/** The reader's context, once (a second injection of the interface finds nothing); null if the reader stopped. */
export function takeOver(): ReaderCore | null {
  const core = globalThis.__liveblogLensCore;
  globalThis.__liveblogLensCore = undefined;
  return core && !core.signal.aborted ? core : null;
}

/** The words the background handed the interface, once; null when none came (it then asks the browser). */
export function takeWords(): Record<string, string> | null {
  const words = globalThis.__liveblogLensWords;
  globalThis.__liveblogLensWords = undefined;
  return words && typeof words === 'object' ? words : null;
}
