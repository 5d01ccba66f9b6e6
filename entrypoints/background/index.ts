import { defineExtensionMessaging } from '@webext-core/messaging';
import { isCheckStructureMessage, isInjectReaderMessage, MESSAGE_NAMES, MSG_TOGGLE_PANEL, type ProtocolMap } from '@/lib/messages';
import { openLensDb } from '@/lib/store/db';
import { createHandlers } from './handlers';
import { registerLibraryOpeners } from './library';
import { isCuratedHost, sitePatterns, webHost } from '@/lib/sites/enable';
import { enableSite, restoreSites } from './sites';

// Chrome MV3 calls it `action`; Firefox MV2 `browserAction`.
const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function injectReader(tabId: number, frameId: number, file: '/content-scripts/reader.js' | '/structure.js' = '/content-scripts/reader.js'): Promise<{ ok: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Toolbar click: on a live blog, open or close the panel; on a site outside the list, turn Liveblog Lens on there. */
async function onActionClicked(tab: { id?: number; url?: string }): Promise<void> {
  const host = webHost(tab.url);
  if (tab.id === undefined || !host) return;
  if (!isCuratedHost(host)) {
    // Asked first, inside the click's user gesture; resolves at once when already granted.
    const granted = await browser.permissions.request({ origins: sitePatterns(host) });
    if (!granted) return;
    await enableSite(host, tab.id);
  }
  await browser.tabs.sendMessage(tab.id, { type: MSG_TOGGLE_PANEL }).catch(async () => {
    await action.setBadgeText({ tabId: tab.id, text: '–' });
    await action.setTitle({ tabId: tab.id, title: 'Liveblog Lens: this page is not a live blog' });
  });
}

/** Reader setting: remember reading in private windows (off unless the reader turns it on). */
async function storeIncognito(): Promise<boolean> {
  return (await browser.storage.local.get('storeIncognito')).storeIncognito === true;
}

export default defineBackground(() => {
  // Registered synchronously, so a restarted worker hears the message that woke it. The database
  // is opened lazily by Dexie on the first query; no state lives only in this worker's memory.
  const messaging = defineExtensionMessaging<ProtocolMap>();
  const handlers = createHandlers(openLensDb(), {
    isIncognito: (sender: { tab?: { incognito?: boolean } }) => sender.tab?.incognito === true,
    storeIncognito,
  });
  for (const name of MESSAGE_NAMES) {
    messaging.onMessage(name, ({ data, sender }) => handlers[name](data, sender) as never);
  }
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const reader = isInjectReaderMessage(message);
    // The detector's cheap check could not tell: the structural check, in its own script, decides.
    if (!reader && !isCheckStructureMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return injectReader(tabId, sender.frameId ?? 0, reader ? undefined : '/structure.js');
  });
  action.onClicked.addListener((tab) => void onActionClicked(tab));
  registerLibraryOpeners();
  browser.runtime.onStartup.addListener(() => void restoreSites());
  browser.runtime.onInstalled.addListener(() => void restoreSites());
});
