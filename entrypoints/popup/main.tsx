// The toolbar popup (action.default_popup): asks the tab's reader what it sees (TabProtocol
// `tabSummary`; no answer means no reader: not a live blog, or Liveblog Lens is off there), and
// wires the popup's buttons to the tab's reader, the background and the storage module.
// The tab is the window's active one; `?tab=<id>` names another, so that a test can open this page
// in an ordinary tab (a real popup cannot be driven by a test).
import { useCallback, useEffect, useState } from 'preact/hooks';
import '@/components/popup/popup.css';
import { Popup, type PopupSite, type PopupTab } from '@/components/popup/Popup';
import type { TabProtocol } from '@/lib/protocol/messages';
import { createSender } from '@/lib/protocol/wire';
import { isCuratedHost, sitePatterns, webHost } from '@/lib/sites/enable';
import { mountPage } from '../shared/page';
import { send } from '../shared/messenger';
import { lensStorage } from '../shared/storage';

/** While the popup is open the reader may still be reading (counts grow) or arrive late: ask again this often. */
const REFRESH_MS = 1000;

const named = Number(new URLSearchParams(location.search).get('tab'));
const namedTab = Number.isInteger(named) && named > 0 ? named : undefined;

async function findTab(): Promise<{ id: number; url?: string } | undefined> {
  if (namedTab !== undefined) {
    const tab = await browser.tabs.get(namedTab).catch(() => undefined);
    return tab ? { id: namedTab, url: tab.url } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** A real popup closes after an action, as the browser's own do; a test's tab stays to be read. */
const done = () => {
  if (namedTab === undefined) window.close();
};

function PopupContainer() {
  const [tabId, setTabId] = useState<number>();
  const [url, setUrl] = useState<string>();
  const [tab, setTab] = useState<PopupTab>({ kind: 'checking' });
  const [enabled, setEnabled] = useState<readonly string[]>([]);
  const [disabled, setDisabled] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void lensStorage.enabledSites.get().then(setEnabled);
    void lensStorage.disabledSites.get().then(setDisabled);
    const unwatch = lensStorage.enabledSites.watch(setEnabled);
    const unwatchOff = lensStorage.disabledSites.watch(setDisabled);
    void findTab().then((found) => {
      if (!found || stop) return setTab({ kind: 'none' });
      setTabId(found.id);
      setUrl(found.url);
      const ask = createSender<TabProtocol>((message) => browser.tabs.sendMessage(found.id, message));
      const poll = async () => {
        const summary = await ask('tabSummary', null).catch(() => null);
        if (stop) return;
        setTab(summary ? { kind: 'live', summary } : { kind: 'none' });
        timer = setTimeout(() => void poll(), REFRESH_MS);
      };
      void poll();
    });
    return () => {
      stop = true;
      clearTimeout(timer);
      unwatch();
      unwatchOff();
    };
  }, []);

  // The host: the tab's URL when the browser shows it to us (activeTab, host permission), else the reader's.
  const host = webHost(url) ?? (tab.kind === 'live' ? tab.summary.host : null);
  const site: PopupSite = !host
    ? { kind: 'none' }
    : isCuratedHost(host)
      ? { kind: 'builtIn', host, on: !disabled.includes(host) }
      : { kind: 'chosen', host, on: enabled.includes(host) };

  const toTab = useCallback(
    (name: keyof TabProtocol) => {
      if (tabId === undefined) return;
      void createSender<TabProtocol>((message) => browser.tabs.sendMessage(tabId, message))(name, null).then(done, () => undefined);
    },
    [tabId],
  );

  const setSite = async (on: boolean) => {
    if (!host) return;
    setBusy(true);
    try {
      // Asked first, inside the click's user gesture (the browser refuses it later); at once when
      // already granted. A curated news site needs none: the manifest has it.
      if (on && site.kind === 'chosen' && !(await browser.permissions.request({ origins: sitePatterns(host) }))) return;
      const answer = await send('setSiteEnabled', { host, enabled: on, ...(tabId === undefined ? {} : { tabId }) });
      setEnabled(answer.enabledSites);
      setDisabled(answer.disabledSites);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popup
      tab={tab}
      site={site}
      busy={busy}
      onTogglePanel={() => toTab('togglePanel')}
      onReaderView={() => toTab('toggleReaderView')}
      onOpenLibrary={() => void send('openLibrary', {}).then(done)}
      onSetSite={(on) => void setSite(on)}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(done)}
    />
  );
}

mountPage('popup.title', <PopupContainer />);
