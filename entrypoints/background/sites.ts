// Sites the reader turned Liveblog Lens on for, beyond the curated list: an optional host
// permission plus a detector registered for that host, remembered in storage.local.
import { sitePatterns, siteScriptId } from '@/lib/sites/enable';

const KEY = 'enabledSites';
const DETECTOR = 'detector.js';

/** The hosts the reader chose, from storage (the worker keeps nothing only in memory). */
async function enabledSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(KEY);
  const value = stored[KEY];
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

async function register(host: string): Promise<void> {
  const id = siteScriptId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    { id, matches: sitePatterns(host), js: [DETECTOR], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Turns Liveblog Lens on for `host` (the permission must already be granted) and runs it in `tabId` now. */
export async function enableSite(host: string, tabId: number | undefined): Promise<void> {
  await register(host);
  const sites = new Set(await enabledSites());
  sites.add(host);
  await browser.storage.local.set({ [KEY]: [...sites] });
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [`/${DETECTOR}`] });
}

/** Re-registers the chosen sites' detectors where the browser forgot them (Firefox, updates). */
export async function restoreSites(): Promise<void> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  for (const host of await enabledSites()) {
    if (sitePatterns(host).every((p) => granted.has(p))) await register(host).catch(() => undefined);
  }
}
