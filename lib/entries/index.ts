import { ADAPTERS } from '../sites/index';
import type { Detection, Entry } from '../types';
import { adapterExtractor } from './from-adapter';
import { GENERIC_PATHS } from './generic';
import type { Extractor } from './extractor';
import { type IdRegistry, uniqueIds } from './ids';

export type { Extractor } from './extractor';

/**
 * The extractor for a page already detected as a live blog: its adapter when the adapter finds
 * entries, else the generic paths. Null when no entries can be found.
 */
export function extractorFor(doc: Document, url: string, detection: Detection): Extractor | null {
  for (const attempt of extractorAttempts(doc, url, detection)) {
    const found = attempt();
    if (found) return found;
  }
  return null;
}

/**
 * `extractorFor` as separate attempts, in its order: the first that gives an extractor wins. Each
 * reads the page once (a walk of a big generic blog is several ms), so the reader can make each a
 * task of its own.
 */
export function extractorAttempts(doc: Document, url: string, detection: Detection): Array<() => Extractor | null> {
  const adapter = ADAPTERS.find((a) => a.name === detection.adapter);
  const viaAdapter = () => {
    const found = adapterExtractor(doc, adapter!, url);
    return found.elements(doc).length > 0 ? found : null;
  };
  return [...(adapter ? [viaAdapter] : []), ...GENERIC_PATHS.map((path) => () => path(doc, url))];
}

// The ids each extractor has given out, so that a later batch never reuses one for other words.
const registries = new WeakMap<Extractor, IdRegistry>();

/**
 * Reads entry elements in page order, with ids unique on the page across every batch the
 * extractor reads (see `uniqueIds`).
 */
export function readEntries(extractor: Extractor, elements: Element[]): Entry[] {
  let registry = registries.get(extractor);
  if (!registry) registries.set(extractor, (registry = new Map()));
  return uniqueIds(elements.map((el) => extractor.entry(el)), registry);
}

/** All entries of a live blog in page order (see `extractorFor`). */
export function extractEntries(doc: Document, url: string, detection: Detection): Entry[] {
  const extractor = extractorFor(doc, url, detection);
  return extractor ? readEntries(extractor, extractor.elements(doc)) : [];
}
