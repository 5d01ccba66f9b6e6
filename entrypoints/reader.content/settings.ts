// The reader's choices, in the extension's storage (never the site's): some are global, some
// per site. Read once at start, written when changed, and shared by every tab through
// storage.onChanged.

/** Choices that apply everywhere. */
export interface GlobalSettings {
  /** Collapse repeated entries into stubs (on unless the reader turns it off). */
  collapseRepeats: boolean;
}

/** Choices remembered per site (host). */
export interface SiteSettings {
  panelOpen: boolean;
  /** Reading order the reader chose: the site's (newest first) or oldest first. */
  order: 'site' | 'oldest-first';
}

const GLOBAL_KEY = 'settings';
const siteKey = (host: string) => `site:${host}`;
const GLOBAL_DEFAULTS: GlobalSettings = { collapseRepeats: true };
const SITE_DEFAULTS: SiteSettings = { panelOpen: false, order: 'site' };

function pick<T extends object>(defaults: T, stored: unknown): T {
  const out = { ...defaults };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(defaults) as (keyof T)[]) {
      const value = (stored as T)[key];
      if (typeof value === typeof defaults[key]) out[key] = value;
    }
  }
  return out;
}

/** The settings store for one page: current values plus change notifications. */
export interface Settings {
  global: GlobalSettings;
  site: SiteSettings;
  setGlobal(patch: Partial<GlobalSettings>): Promise<void>;
  setSite(patch: Partial<SiteSettings>): Promise<void>;
  /** Called after any change, from this tab or another. */
  onChange(listener: () => void): () => void;
}

/** Loads the settings for `host`; stops listening when `signal` aborts. */
export async function loadSettings(host: string, signal: AbortSignal): Promise<Settings> {
  const stored = await browser.storage.local.get([GLOBAL_KEY, siteKey(host)]);
  const listeners = new Set<() => void>();
  const settings: Settings = {
    global: pick(GLOBAL_DEFAULTS, stored[GLOBAL_KEY]),
    site: pick(SITE_DEFAULTS, stored[siteKey(host)]),
    async setGlobal(patch) {
      settings.global = { ...settings.global, ...patch };
      listeners.forEach((l) => l());
      await browser.storage.local.set({ [GLOBAL_KEY]: settings.global });
    },
    async setSite(patch) {
      settings.site = { ...settings.site, ...patch };
      listeners.forEach((l) => l());
      await browser.storage.local.set({ [siteKey(host)]: settings.site });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    let changed = false;
    if (GLOBAL_KEY in changes) {
      settings.global = pick(GLOBAL_DEFAULTS, changes[GLOBAL_KEY]?.newValue);
      changed = true;
    }
    if (siteKey(host) in changes) {
      settings.site = pick(SITE_DEFAULTS, changes[siteKey(host)]?.newValue);
      changed = true;
    }
    if (changed) listeners.forEach((l) => l());
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    listeners.clear();
  });
  return settings;
}
