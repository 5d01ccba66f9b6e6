// The one storage module: every key the extension keeps in extension storage (never the site's),
// typed once, with its default and its watcher, through WXT's @wxt-dev/storage. Values are read
// through lib/settings.ts, so whatever is stored (an older shape, a hand-edited profile) comes
// back valid. The reader, the background and the library use these; so will the popup and the
// options page. Items are made on first use: defining one reads storage at once.
import { storage } from 'wxt/utils/storage';
import {
  readBlogChanged, readDisabledSites, readEnabledSites, readGlobalSettings, readPrivateWindows, readSiteSettings,
  type BlogChanged, type GlobalSettings, type SiteSettings,
} from '@/lib/settings';
import { readReaderViewSettings, type ReaderViewSettings } from '@/lib/reader-view/settings';

/** One stored value: read (valid, with its default), written, watched (this tab's writes and every other's). */
export interface StoredValue<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls `listener` with each new value; returns the unwatch function. */
  watch(listener: (value: T) => void): () => void;
}

type StorageKey = `local:${string}`;

function stored<T>(key: StorageKey, read: (raw: unknown) => T): StoredValue<T> {
  let item: ReturnType<typeof storage.defineItem<unknown>> | undefined;
  const it = () => (item ??= storage.defineItem<unknown>(key));
  return {
    get: async () => read(await it().getValue()),
    set: (value) => it().setValue(value),
    watch: (listener) => it().watch((value) => listener(read(value))),
  };
}

const perSite = new Map<string, StoredValue<SiteSettings>>();

/** Every stored key of the extension. The storage.local names are kept as older versions wrote them. */
export const lensStorage = {
  /** Global reading choices (`settings`). */
  settings: stored<GlobalSettings>('local:settings', readGlobalSettings),
  /** Choices remembered per site (`site:<host>`). */
  site(host: string): StoredValue<SiteSettings> {
    let value = perSite.get(host);
    if (!value) perSite.set(host, (value = stored(`local:site:${host}`, readSiteSettings)));
    return value;
  },
  /** Remember reading in private windows (`storeIncognito`, off by default); the background honours it. */
  privateWindows: stored<boolean>('local:storeIncognito', readPrivateWindows),
  /** Hosts the reader turned Liveblog Lens on for (`enabledSites`). */
  enabledSites: stored<string[]>('local:enabledSites', readEnabledSites),
  /** Curated news sites the reader turned Liveblog Lens off for (`disabledSites`); the background honours it. */
  disabledSites: stored<string[]>('local:disabledSites', readDisabledSites),
  /** The last "blog changed" note a tab left for the others (`readingPoke`; one key, overwritten). */
  blogChanged: stored<BlogChanged | null>('local:readingPoke', readBlogChanged),
  /** The reader view's theme, type, width and order (`readerView`). */
  readerView: stored<ReaderViewSettings>('local:readerView', readReaderViewSettings),
};

/** The shape of `lensStorage`, for code that takes it as a parameter (tests pass one in memory). */
export type LensStorage = typeof lensStorage;
