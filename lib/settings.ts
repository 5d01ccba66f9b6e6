// The reader's choices and the extension's small state, as data: their types, their defaults, and
// how a stored value (anything: an older version, a hand-edited profile) becomes a valid one. The
// storage itself (extension storage, never the site's) is entrypoints/shared/storage.ts; the
// reader, the library, the background and later the popup and options pages all go through it.

/** Choices that apply everywhere. */
export interface GlobalSettings {
  /** Collapse repeated entries into stubs (on unless the reader turns it off). */
  collapseRepeats: boolean;
  /**
   * How long an entry stays on screen before it counts as read (ms), one of `READ_AFTER_CHOICES`;
   * `READ_NEVER` (0): only when the reader marks it.
   */
  readAfterMs: number;
}

/** "Never": entries become read only when the reader marks them (one or all). */
export const READ_NEVER = 0;
/** The read-after delays the options page offers, in the order it lists them. */
export const READ_AFTER_CHOICES: readonly number[] = [1000, 1500, 3000, 5000, READ_NEVER];

/** Reading order the reader chose: the site's (newest first) or oldest first. */
export type ReadingOrder = 'site' | 'oldest-first';

/** Choices remembered per site (host). */
export interface SiteSettings {
  panelOpen: boolean;
  order: ReadingOrder;
}

export const GLOBAL_DEFAULTS: GlobalSettings = { collapseRepeats: true, readAfterMs: 1500 };
export const SITE_DEFAULTS: SiteSettings = { panelOpen: false, order: 'site' };
const ORDERS: readonly ReadingOrder[] = ['site', 'oldest-first'];

/** `defaults` with every field of `stored` that has the default's type (the rest is dropped). */
export function withDefaults<T extends object>(defaults: T, stored: unknown): T {
  const out = { ...defaults };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(defaults) as (keyof T)[]) {
      const value = (stored as T)[key];
      if (typeof value === typeof defaults[key]) out[key] = value;
    }
  }
  return out;
}

/** A stored global settings value made valid (a delay that is not one of the choices falls back to the default). */
export function readGlobalSettings(stored: unknown): GlobalSettings {
  const out = withDefaults(GLOBAL_DEFAULTS, stored);
  return READ_AFTER_CHOICES.includes(out.readAfterMs) ? out : { ...out, readAfterMs: GLOBAL_DEFAULTS.readAfterMs };
}

/** A stored site settings value made valid (an unknown order falls back to the site's). */
export function readSiteSettings(stored: unknown): SiteSettings {
  const out = withDefaults(SITE_DEFAULTS, stored);
  return ORDERS.includes(out.order) ? out : { ...out, order: SITE_DEFAULTS.order };
}

/** "Remember reading in private windows": off unless the reader turned it on. */
export const readPrivateWindows = (stored: unknown): boolean => stored === true;

/** A stored list of hosts made valid (strings only). */
const readHosts = (stored: unknown): string[] =>
  Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];

/** The hosts the reader turned Liveblog Lens on for, beyond the curated list. */
export const readEnabledSites = readHosts;

/**
 * The curated news sites the reader turned Liveblog Lens off for (exact hosts, as the popup shows
 * them): the background injects nothing into their pages.
 */
export const readDisabledSites = readHosts;

/**
 * "This blog's reading state changed": left by a tab after a stored write, so that other tabs of
 * the same blog re-read it. It carries no state, so a lost or stale one costs a refresh at worst.
 */
export interface BlogChanged {
  blog: string;
  /** A random id of the tab that wrote (it ignores its own). */
  tab: string;
  at: number;
}

/** A stored "blog changed" value, or null when it is not one. */
export function readBlogChanged(stored: unknown): BlogChanged | null {
  const p = stored as BlogChanged | null;
  return !!p && typeof p === 'object' && typeof p.blog === 'string' && typeof p.tab === 'string' && typeof p.at === 'number' ? p : null;
}
