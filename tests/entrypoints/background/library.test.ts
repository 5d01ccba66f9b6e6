// The background's ways to open the library, against a stub of the extension APIs: the keyboard
// command, the toolbar context menu and the protocol's openLibrary message; an open library tab
// is reused.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../../lib/protocol/messages';
import { openLibrary, OPEN_LIBRARY_MENU_ID, registerLibraryOpeners } from '../../../entrypoints/background/library';
import { translator, type Lang } from '../../helpers/i18n';

type Listener = (...args: never[]) => unknown;
const BASE = 'chrome-extension://abc/library.html';

function stubBrowser(openTabs: Array<{ id: number; windowId: number }> = [], lang: Lang = 'en') {
  const listeners: Record<string, Listener> = {};
  const on = (name: string) => ({ addListener: (fn: Listener) => void (listeners[name] = fn) });
  const api = {
    runtime: { id: 'abc', getURL: (p: string) => `chrome-extension://abc${p}`, getManifest: () => ({ manifest_version: 3 }), onInstalled: on('installed'), onStartup: on('startup'), onMessage: on('message') },
    commands: { onCommand: on('command') },
    contextMenus: { removeAll: vi.fn(async () => undefined), create: vi.fn(), onClicked: on('menu') },
    tabs: { query: vi.fn(async () => openTabs), create: vi.fn(async () => ({})), update: vi.fn(async () => ({})) },
    windows: { update: vi.fn(async () => ({})) },
  };
  (globalThis as Record<string, unknown>).browser = api;
  registerLibraryOpeners(translator(lang));
  return { api, fire: (name: string, ...args: unknown[]) => (listeners[name] as (...a: unknown[]) => unknown)(...args) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('library openers', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('opens the library on the keyboard command, and ignores other commands', async () => {
    const { api, fire } = stubBrowser();
    fire('command', 'something-else');
    fire('command', 'open-library');
    await settle();
    expect(api.tabs.query).toHaveBeenCalledWith({ url: `${BASE}*` });
    expect(api.tabs.create).toHaveBeenCalledTimes(1);
    expect(api.tabs.create).toHaveBeenCalledWith({ url: BASE });
  });

  it('adds "Open library" to the toolbar button menu on install, and opens it on click', async () => {
    const { api, fire } = stubBrowser();
    fire('installed');
    await settle();
    expect(api.contextMenus.create).toHaveBeenCalledWith({ id: OPEN_LIBRARY_MENU_ID, title: 'Open library', contexts: ['action'] });
    fire('menu', { menuItemId: OPEN_LIBRARY_MENU_ID });
    await settle();
    expect(api.tabs.create).toHaveBeenCalledWith({ url: BASE });
  });

  it("titles the menu item in the browser's language, and titles it again when the browser starts", async () => {
    const { api, fire } = stubBrowser([], 'de');
    fire('startup');
    await settle();
    expect(api.contextMenus.removeAll).toHaveBeenCalled();
    expect(api.contextMenus.create).toHaveBeenCalledWith({ id: OPEN_LIBRARY_MENU_ID, title: 'Bibliothek öffnen', contexts: ['action'] });
  });

  it('focuses an open library tab instead of opening a second one, switching view when asked', async () => {
    const { api } = stubBrowser([{ id: 7, windowId: 2 }]);
    await openLibrary('starred');
    expect(api.tabs.create).not.toHaveBeenCalled();
    expect(api.tabs.update).toHaveBeenCalledWith(7, { active: true, url: `${BASE}#starred` });
    expect(api.windows.update).toHaveBeenCalledWith(2, { focused: true });
  });

  it('takes only a known view from the openLibrary message', () => {
    const check = MESSAGES.openLibrary.data;
    expect(check({ view: 'starred' }, 'data')).toEqual({ view: 'starred' });
    expect(check({}, 'data')).toEqual({});
    expect(() => check({ view: 'javascript:alert(1)' }, 'data')).toThrow(/data.view: expected "quotes" or "starred"/);
    expect(MESSAGES.openLibrary.from).toBe('any');
  });
});
