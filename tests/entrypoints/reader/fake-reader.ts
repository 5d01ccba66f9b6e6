// A reader context on a test page (happy-dom): a fixed model of the given entries, settings in
// memory, a real bus and the real service registry. Features under test start from it exactly as
// index.ts starts them; services the test does not give are unavailable (null).
import { vi } from 'vitest';
import type { Send } from '../../../entrypoints/shared/messenger';
import type { LensStorage, StoredValue } from '../../../entrypoints/shared/storage';
import { createBus } from '../../../entrypoints/reader.content/core/bus';
import type { Feature, ReaderContext, ServiceProviders } from '../../../entrypoints/reader.content/core/context';
import { startFeatures, withServices } from '../../../entrypoints/reader.content/core/features';
import type { LensEntry, LensModel, LensSnapshot } from '../../../entrypoints/reader.content/core/model';
import type { Settings } from '../../../entrypoints/reader.content/core/settings';
import { createSlicer } from '../../../entrypoints/reader.content/core/slices';
import { createClickDelegate } from '../../../entrypoints/reader.content/dom/clicks';
import type { Detection, Entry } from '../../../lib/types';
import { translator, type Lang } from '../../helpers/i18n';

/** A stored value in memory, with watchers (what the storage module gives in the browser). */
export function memoryValue<T>(initial: T): StoredValue<T> & { value: T } {
  const watchers = new Set<(v: T) => void>();
  const item = {
    value: initial,
    get: async () => item.value,
    set: async (v: T) => {
      item.value = v;
      watchers.forEach((w) => w(v));
    },
    watch: (w: (v: T) => void) => (watchers.add(w), () => void watchers.delete(w)),
  };
  return item;
}

/**
 * A model that holds `entries` (complete), and can change as the real one does: `add` (a live
 * update), `change` (annotations, or an entry back on another element) and `remove`.
 */
export function fixedModel(entries: LensEntry[]): LensModel & {
  add(more: LensEntry[]): void;
  change(items: LensEntry[]): void;
  remove(items: LensEntry[]): void;
} {
  const listeners = new Set<(s: LensSnapshot) => void>();
  let snapshot: LensSnapshot = { entries, added: entries, changed: [], removed: [], speakers: [], complete: true };
  const tell = (next: Partial<LensSnapshot>) => {
    snapshot = { ...snapshot, added: [], changed: [], removed: [], ...next };
    listeners.forEach((l) => l(snapshot));
  };
  return {
    current: () => snapshot,
    subscribe: (l) => (l({ ...snapshot, added: snapshot.entries, changed: [], removed: [] }), listeners.add(l), () => void listeners.delete(l)),
    ready: Promise.resolve(),
    add: (more) => tell({ entries: [...snapshot.entries, ...more], added: more }),
    change: (items) => tell({ changed: items }),
    remove: (items) => tell({ entries: snapshot.entries.filter((e) => !items.includes(e)), removed: items }),
  };
}

/**
 * A click as the reader makes one: happy-dom has no trusted events, so the test marks this one
 * trusted (a page script's `click()` never is). The reader's controls act only on these.
 */
export function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

/** An entry of the model for an element of the page. */
export function lensEntry(element: Element, over: Partial<Entry> = {}, speakers: string[] = []): LensEntry {
  const entry = { id: element.id, element, pinned: false, time: null, timeLabel: null, title: '', text: element.textContent ?? '', permalink: null, ...over } as unknown as Entry;
  return { entry, speakers, duplicateOf: null, related: [], quotes: [] };
}

/** Settings in memory; `setSite`/`setGlobal` are spies that also apply the change. */
export function memorySettings(): Settings {
  const listeners = new Set<() => void>();
  const settings: Settings = {
    global: { collapseRepeats: true, readAfterMs: 1500 },
    site: { panelOpen: false, order: 'site' },
    setGlobal: vi.fn(async (patch) => {
      settings.global = { ...settings.global, ...patch };
      listeners.forEach((l) => l());
    }),
    setSite: vi.fn(async (patch) => {
      settings.site = { ...settings.site, ...patch };
      listeners.forEach((l) => l());
    }),
    onChange: (l) => (listeners.add(l), () => void listeners.delete(l)),
  };
  return settings;
}

/** Options of `fakeReader`. */
export interface FakeReaderOptions {
  model: LensModel;
  settings?: Settings;
  send?: Send;
  providers?: Partial<ServiceProviders>;
  url?: string;
  /** The browser's language (English by default). */
  lang?: Lang;
}

/** A reader context and its lifetime; `start` starts features as index.ts does. */
export function fakeReader(options: FakeReaderOptions) {
  const lifetime = new AbortController();
  // Slices yield with a timer here, so tests on a fake clock drive them too.
  const slicer = createSlicer(lifetime.signal, { yieldTo: (next) => void setTimeout(next, 0) });
  const storage = { blogChanged: memoryValue(null) } as unknown as LensStorage;
  const send = options.send ?? (vi.fn(async () => {
    throw new Error('no background in this test');
  }) as unknown as Send);
  const ctx: ReaderContext = withServices(
    {
      doc: document,
      url: options.url ?? 'https://www.theguardian.com/world/live/2026/dec/03/test-live',
      host: 'www.theguardian.com',
      detection: { isLiveBlog: true, site: 'guardian' } as Detection,
      model: options.model,
      slicer,
      settings: options.settings ?? memorySettings(),
      bus: createBus(),
      send,
      i18n: translator(options.lang ?? 'en'),
      storage,
      signal: lifetime.signal,
    },
    { reading: () => null, layer: () => null, clicks: (c) => createClickDelegate(c.doc, c.signal), ...options.providers },
  );
  /** Starts features as index.ts does, and waits for their first drawing (done in slices). */
  const start = async (...features: Feature[]) => {
    await startFeatures(ctx, features);
    await slicer.idle();
  };
  return { ctx, lifetime, slicer, start };
}

type NearRecord = { target: Element; isIntersecting: boolean };

/**
 * Stands in for the IntersectionObserver of dom/nearby.ts (happy-dom lays nothing out): every
 * element observed is near at once, unless the test says it is far (`far`), and then it comes near
 * when the test scrolls to it (`reach`). Install with `vi.stubGlobal('IntersectionObserver', NearObserver)`.
 */
export class NearObserver {
  static far = new Set<Element>();
  static observers = new Set<NearObserver>();
  private readonly watched = new Set<Element>();
  constructor(private readonly callback: (records: NearRecord[]) => void) {
    NearObserver.observers.add(this);
  }
  observe(target: Element) {
    this.watched.add(target);
    if (!NearObserver.far.has(target)) this.callback([{ target, isIntersecting: true }]);
  }
  unobserve(target: Element) {
    this.watched.delete(target);
  }
  disconnect() {
    this.watched.clear();
    NearObserver.observers.delete(this);
  }
  /** The reader scrolled to `target`: every observer watching it is told. */
  static reach(target: Element) {
    NearObserver.far.delete(target);
    for (const o of NearObserver.observers) if (o.watched.has(target)) o.callback([{ target, isIntersecting: true }]);
  }
  static reset() {
    NearObserver.far.clear();
    NearObserver.observers.clear();
  }
}
