// Ways to open the reader view from the browser's side: the "reader-view" keyboard command and the
// toolbar button's context-menu item. Both ask the reader in the tab (TabProtocol
// `toggleReaderView`), which frames the view over the blog; a tab without a reader (not a live
// blog) says so on the toolbar button. Registered synchronously inside defineBackground's main().
import type { Translator } from '@/components/i18n';
import type { TabProtocol } from '@/lib/protocol/messages';
import { createSender } from '@/lib/protocol/wire';

/** The command name in the manifest's `commands`. */
export const READER_VIEW_COMMAND = 'reader-view';
/** The context-menu item's id (created with the library's, see library.ts). */
export const READER_VIEW_MENU_ID = 'lbl-reader-view';

type Action = typeof browser.action;

/** Opens or closes the reader view in a tab. */
async function toggleIn(tabId: number | undefined, action: Action, i18n: Translator): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const toTab = createSender<TabProtocol>((message) => browser.tabs.sendMessage(id, message));
  await toTab('toggleReaderView', null).catch(async () => {
    await action.setBadgeText({ tabId: id, text: '–' });
    await action.setTitle({ tabId: id, title: i18n.t('background.notLiveBlog') });
  });
}

/** Registers the command and the menu item's click (the item itself is made with the library's). */
export function registerReaderViewOpeners(action: Action, i18n: Translator): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === READER_VIEW_COMMAND) void toggleIn(tab?.id, action, i18n);
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READER_VIEW_MENU_ID) void toggleIn(tab?.id, action, i18n);
  });
}
