// Ways to open the library page: the "open-library" keyboard command, the toolbar button's
// context menu ("Open library"), and the protocol's `openLibrary` message (the reader's panel).
// An already open library tab is focused rather than a second one opened.
//
// Registered synchronously inside defineBackground's main(), so a worker woken by the command or
// the menu click has its listeners in place.
import type { Translator } from '@/components/i18n';
import type { LibraryView } from '@/lib/protocol/messages';
import { READER_VIEW_MENU_ID } from './reader-view';

/** The command name in the manifest's `commands`. */
export const OPEN_LIBRARY_COMMAND = 'open-library';
/** The context-menu item's id. */
export const OPEN_LIBRARY_MENU_ID = 'lbl-open-library';

/** Focuses the open library tab (switching its view), or opens one next to the current tab. */
export async function openLibrary(view?: LibraryView): Promise<void> {
  const base = browser.runtime.getURL('/library.html');
  const url = view ? `${base}#${view}` : base;
  const [open] = await browser.tabs.query({ url: `${base}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, ...(view ? { url } : {}) });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/** Registers the command and the toolbar context-menu item (titled in the browser's language). */
export function registerLibraryOpeners(i18n: Translator): void {
  browser.commands?.onCommand.addListener((command) => {
    if (command === OPEN_LIBRARY_COMMAND) void openLibrary();
  });
  if (browser.contextMenus) {
    // Menu items persist across worker restarts; create them once per install/update, and again
    // when the browser starts, since its language may have changed since (the title follows it).
    const create = () => {
      // Chrome MV3 calls the toolbar context `action`; Firefox MV2 `browser_action`.
      const context = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
      // Promise form: Firefox's browser.* APIs take no callbacks.
      void browser.contextMenus.removeAll().then(() => {
        browser.contextMenus.create({ id: OPEN_LIBRARY_MENU_ID, title: i18n.t('background.menu.openLibrary'), contexts: [context as 'action'] });
        browser.contextMenus.create({ id: READER_VIEW_MENU_ID, title: i18n.t('readerView.menuItem'), contexts: [context as 'action'] });
      });
    };
    browser.runtime.onInstalled.addListener(create);
    browser.runtime.onStartup.addListener(create);
    browser.contextMenus.onClicked.addListener((info) => {
      if (info.menuItemId === OPEN_LIBRARY_MENU_ID) void openLibrary();
    });
  }
}
