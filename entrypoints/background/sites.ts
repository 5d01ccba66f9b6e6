// Sites the reader turned Liveblog Lens on for, beyond the curated list: an optional host
// permission plus a detector registered for that host, remembered in extension storage (the
// worker keeps nothing only in memory). And curated news sites the reader turned off: the
// detector still runs there (it is declared in the manifest), but the background injects nothing
// into their pages, so the reader never touches them (`isTurnedOff`).
import { isCuratedHost, sitePatterns, siteScriptId, webHost } from '@/lib/sites/enable';
import { lensStorage } from '../shared/storage';

const DETECTOR = 'detector.js';

async function register(host: string): Promise<void> {
  const id = siteScriptId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  try {
    await browser.scripting.registerContentScripts([
      { id, matches: sitePatterns(host), js: [DETECTOR], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } catch (error) {
    // The popup's message and the grant's event may register the same site at once: one wins.
    if (!(await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length) throw error;
  }
}

/** Turns Liveblog Lens on for `host` (the permission must already be granted) and runs it in `tabId` now. */
export async function enableSite(host: string, tabId: number | undefined): Promise<void> {
  await register(host);
  const sites = new Set(await lensStorage.enabledSites.get());
  sites.add(host);
  await lensStorage.enabledSites.set([...sites]);
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [`/${DETECTOR}`] });
}

/** Turns Liveblog Lens off for `host`: its detector unregistered, the site forgotten, its permission given back. */
export async function disableSite(host: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [siteScriptId(host)] }).catch(() => undefined);
  await lensStorage.enabledSites.set((await lensStorage.enabledSites.get()).filter((h) => h !== host));
  await browser.permissions.remove({ origins: sitePatterns(host) }).catch(() => false);
}

/** True when the reader turned Liveblog Lens off for the page at `url` (its exact host). */
export async function isTurnedOff(...urls: (string | undefined)[]): Promise<boolean> {
  const off = await lensStorage.disabledSites.get();
  if (!off.length) return false;
  return urls.some((url) => {
    const host = webHost(url);
    return host !== null && off.includes(host);
  });
}

/** Turns a curated news site off (nothing injected on reload) or back on (and runs the detector in `tabId` now). */
async function setCuratedSite(host: string, enabled: boolean, tabId?: number): Promise<void> {
  const off = new Set(await lensStorage.disabledSites.get());
  if (enabled) off.delete(host);
  else off.add(host);
  await lensStorage.disabledSites.set([...off]);
  if (enabled && tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${DETECTOR}`] }).catch(() => undefined);
  }
}

/**
 * Sets whether Liveblog Lens runs on `host` (the `setSiteEnabled` message); answers the reader's
 * sites now on and the news sites now off. A curated site needs no permission either way.
 */
export async function setSiteEnabled(host: string, enabled: boolean, tabId?: number): Promise<{ enabledSites: string[]; disabledSites: string[] }> {
  if (isCuratedHost(host)) {
    await setCuratedSite(host, enabled, tabId);
  } else if (enabled) {
    const granted = await browser.permissions.contains({ origins: sitePatterns(host) });
    if (!granted) throw new Error(`no permission for ${host}`);
    await enableSite(host, tabId);
  } else {
    await disableSite(host);
  }
  return { enabledSites: await lensStorage.enabledSites.get(), disabledSites: await lensStorage.disabledSites.get() };
}

/** Re-registers the chosen sites' detectors where the browser forgot them (Firefox, updates). */
export async function restoreSites(): Promise<void> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  for (const host of await lensStorage.enabledSites.get()) {
    if (sitePatterns(host).every((p) => granted.has(p))) await register(host).catch(() => undefined);
  }
}

/** The host of a granted `*://host/*` pattern (what the popup asks for), or null for any other. */
function grantedHost(pattern: string): string | null {
  const host = /^\*:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern)?.[1];
  return host && !isCuratedHost(host) ? host : null;
}

/**
 * Finishes turning a site on when the browser granted it: Chrome may close the popup while its
 * permission prompt is up, so the popup's own `setSiteEnabled` after the grant never runs. The
 * active tab on that host runs the detector at once. Access withdrawn on the extensions page
 * turns the site off.
 */
export function registerSitePermissions(): void {
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void (async () => {
      for (const host of origins.map(grantedHost)) {
        if (!host || (await lensStorage.enabledSites.get()).includes(host)) continue;
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        await enableSite(host, webHost(tab?.url) === host ? tab?.id : undefined);
      }
    })().catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const host of origins.map(grantedHost)) if (host) void disableSite(host).catch(() => undefined);
  });
}
