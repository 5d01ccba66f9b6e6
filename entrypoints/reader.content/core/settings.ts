// The reader's choices for this page: the global ones and this site's, read once at start from the
// storage module, written when the reader changes them, and kept in agreement with every other
// tab through the module's watchers.
import type { GlobalSettings, SiteSettings } from '@/lib/settings';
import type { LensStorage } from '../../shared/storage';

export type { GlobalSettings, SiteSettings };

/** The settings of one page: current values plus change notifications. */
export interface Settings {
  global: GlobalSettings;
  site: SiteSettings;
  setGlobal(patch: Partial<GlobalSettings>): Promise<void>;
  setSite(patch: Partial<SiteSettings>): Promise<void>;
  /** Called after any change, from this tab or another. */
  onChange(listener: () => void): () => void;
}

/** Loads the settings for `host` from `storage`; stops listening when `signal` aborts. */
export async function loadSettings(host: string, storage: Pick<LensStorage, 'settings' | 'site'>, signal: AbortSignal): Promise<Settings> {
  const site = storage.site(host);
  const [global, ofSite] = await Promise.all([storage.settings.get(), site.get()]);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const settings: Settings = {
    global,
    site: ofSite,
    async setGlobal(patch) {
      settings.global = { ...settings.global, ...patch };
      changed();
      await storage.settings.set(settings.global);
    },
    async setSite(patch) {
      settings.site = { ...settings.site, ...patch };
      changed();
      await site.set(settings.site);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const unwatch = [
    storage.settings.watch((value) => {
      settings.global = value;
      changed();
    }),
    site.watch((value) => {
      settings.site = value;
      changed();
    }),
  ];
  signal.addEventListener('abort', () => {
    unwatch.forEach((off) => off());
    listeners.clear();
  });
  return settings;
}
