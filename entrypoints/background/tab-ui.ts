// The toolbar button and keyboard command as they concern the reader in a tab: the badge that
// counts the tab's new, unread entries (issue 13, point 5), and the "toggle-panel" command
// (Alt+Shift+S by default, listed and rebindable on the browser's shortcuts page: point 6).
// Registered synchronously inside main(), so a worker woken by the command hears it.

/** The command name in the manifest's `commands`. */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

type Action = typeof browser.action;

/** The badge's text for `count`: empty at 0, and short enough for the button beyond 999. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Sets the sender tab's badge (the count is the reader's, for its own tab only). */
export async function setTabBadge(action: Action, tabId: number | undefined, count: number): Promise<{ ok: true }> {
  if (tabId === undefined) return { ok: true };
  await action.setBadgeText({ tabId, text: badgeText(count) });
  if (count > 0) await action.setBadgeBackgroundColor?.({ tabId, color: '#0b57d0' });
  return { ok: true };
}

/** Opens or closes the panel in the active tab when the command fires. */
export function registerPanelCommand(toggle: (tabId: number) => Promise<unknown>): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_PANEL_COMMAND) return;
    const run = async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await toggle(id);
    };
    void run().catch(() => undefined); // not a live blog: nothing to toggle
  });
}
