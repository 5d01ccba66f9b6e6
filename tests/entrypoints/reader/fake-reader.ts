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

/** A model that holds `entries` (and can take more, as a live update). */
export function fixedModel(entries: LensEntry[]): LensModel & { add(more: LensEntry[]): void } {
  const listeners = new Set<(s: LensSnapshot) => void>();
  let snapshot: LensSnapshot = { entries, added: entries, speakers: [] };
  return {
    current: () => snapshot,
    subscribe: (l) => (l({ ...snapshot, added: snapshot.entries }), listeners.add(l), () => void listeners.delete(l)),
    add(more) {
      snapshot = { entries: [...snapshot.entries, ...more], added: more, speakers: [] };
      listeners.forEach((l) => l(snapshot));
    },
  };
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
    global: { collapseRepeats: true },
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
      settings: options.settings ?? memorySettings(),
      bus: createBus(),
      send,
      i18n: translator(options.lang ?? 'en'),
      storage,
      signal: lifetime.signal,
    },
    { reading: () => null, layer: () => null, ...options.providers },
  );
  return { ctx, lifetime, start: (...features: Feature[]) => startFeatures(ctx, features) };
}
