// The background: the database's one writer, the answer to every protocol message, the reader's
// injector and annotator (annotator.ts: repeats and speakers, off the page's main thread), and the
// toolbar's menu and keyboard commands (a click on the toolbar button opens the popup,
// entrypoints/popup, which asks the tab's reader itself). Everything is registered synchronously
// inside main(), so a restarted worker hears the message or click that woke it; no state lives
// only in this worker's memory.
import { accepts, checked, type Handlers, type MessageName, type SenderKind, type TabProtocol } from '@/lib/protocol/messages';
import { createRouter, createSender } from '@/lib/protocol/wire';
import { openLensDb } from '@/lib/store/db';
import { browserTranslator } from '../shared/i18n';
import { lensStorage } from '../shared/storage';
import { createHandlers } from './handlers';
import { registerAnnotator } from './annotator';
import { openLibrary, registerLibraryOpeners } from './library';
import { registerReaderViewOpeners } from './reader-view';
import { isTurnedOff, registerSitePermissions, restoreSites, setSiteEnabled } from './sites';
import { registerPanelCommand, setTabBadge } from './tab-ui';
import { handWords } from './words';

type Sender = Browser.runtime.MessageSender;

// Chrome MV3 calls it `action`; Firefox MV2 `browserAction`.
const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Sends the reader in a tab one of its messages. */
const toTab = (tabId: number) => createSender<TabProtocol>((message) => browser.tabs.sendMessage(tabId, message));

/** Injects one of our scripts into the sender's frame: the reader, its interface, or the structural check. */
async function inject(sender: Sender, file: '/content-scripts/reader.js' | '/reader-interface.js' | '/structure.js'): Promise<{ ok: boolean; error?: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'not sent from a tab' };
  // The reader turned Liveblog Lens off for this site (the tab's or the frame's): nothing runs there.
  if (await isTurnedOff(sender.tab?.url, sender.url)) return { ok: false, error: 'turned off for this site' };
  try {
    // The interface's words go first (words.ts); without them it asks the browser for each.
    if (file === '/reader-interface.js') await handWords(tabId, sender.frameId ?? 0).catch(() => undefined);
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** A content script in a web page, or one of our own pages (library, popup, options). */
function senderKind(sender: Sender): SenderKind {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ? 'extension' : 'content';
}

export default defineBackground(() => {
  // The database is opened lazily by Dexie on the first query, and reopened after a failure.
  const store = createHandlers(openLensDb(), {
    isIncognito: (sender: Sender) => sender.tab?.incognito === true,
    storeIncognito: () => lensStorage.privateWindows.get(),
    // Told to the reader by the page while the database cannot write (issue 14, finding 11).
    heal: { message: () => browserTranslator().t('background.storageUnavailable') },
  });
  const handlers: Handlers<Sender, MessageName> = {
    ...store,
    ...checked<Sender, 'injectReader' | 'checkStructure' | 'injectInterface' | 'openLibrary' | 'setBadge' | 'setSiteEnabled'>({
      injectReader: (_detection, sender) => inject(sender, '/content-scripts/reader.js'),
      // The detector's cheap check could not tell: the structural check, in its own script, decides.
      checkStructure: (_none, sender) => inject(sender, '/structure.js'),
      // The reader's entries are marked: its interface, in the same isolated world (reader-interface.ts).
      injectInterface: (_none, sender) => inject(sender, '/reader-interface.js'),
      openLibrary: async ({ view }) => {
        await openLibrary(view);
        return { ok: true };
      },
      setBadge: ({ count }, sender) => setTabBadge(action, sender.tab?.id, count),
      setSiteEnabled: ({ host, enabled, tabId }) => setSiteEnabled(host, enabled, tabId),
    }),
  };
  const accept = (name: string, sender: Sender) => sender.id === browser.runtime.id && accepts(name as MessageName, senderKind(sender));
  browser.runtime.onMessage.addListener(createRouter(handlers, accept));
  // The readers' annotation ports (one per page session; annotator.ts).
  registerAnnotator(browser.runtime.onConnect as never, browser.runtime.id);
  registerLibraryOpeners(browserTranslator());
  registerPanelCommand((tabId) => toTab(tabId)('togglePanel', null));
  registerReaderViewOpeners(action, browserTranslator());
  registerSitePermissions();
  browser.runtime.onStartup.addListener(() => void restoreSites());
  browser.runtime.onInstalled.addListener(() => void restoreSites());
});
