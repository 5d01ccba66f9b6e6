// The options page (options_ui): the reading choices and the reader's sites from the storage
// module (watched, so a change made elsewhere shows at once), turning a site off (or a news site
// of the list on again) through the background (`setSiteEnabled`: it also unregisters a chosen
// site's detector and gives the permission back), and the way to the library.
import { useEffect, useState } from 'preact/hooks';
import '@/components/options/options.css';
import { Options } from '@/components/options/Options';
import { GLOBAL_DEFAULTS, type GlobalSettings } from '@/lib/settings';
import { mountPage } from '../shared/page';
import { send } from '../shared/messenger';
import { lensStorage, type StoredValue } from '../shared/storage';

/** A stored value as component state: read once, then kept current by its watcher. */
function useStored<T>(value: StoredValue<T>, initial: T): T {
  const [current, setCurrent] = useState(initial);
  useEffect(() => {
    void value.get().then(setCurrent);
    return value.watch(setCurrent);
  }, [value]);
  return current;
}

function OptionsContainer() {
  const settings = useStored<GlobalSettings>(lensStorage.settings, GLOBAL_DEFAULTS);
  const privateWindows = useStored(lensStorage.privateWindows, false);
  const sites = useStored<string[]>(lensStorage.enabledSites, []);
  const turnedOff = useStored<string[]>(lensStorage.disabledSites, []);
  // Read again before writing, so that a choice changed meanwhile elsewhere is kept.
  const setGlobal = (patch: Partial<GlobalSettings>) => void lensStorage.settings.get().then((s) => lensStorage.settings.set({ ...s, ...patch }));
  return (
    <Options
      collapseRepeats={settings.collapseRepeats}
      onCollapseRepeats={(on) => setGlobal({ collapseRepeats: on })}
      // Open blogs take the new delay at once: their readers watch the same stored settings.
      readAfterMs={settings.readAfterMs}
      onReadAfter={(ms) => setGlobal({ readAfterMs: ms })}
      privateWindows={privateWindows}
      onPrivateWindows={(on) => void lensStorage.privateWindows.set(on)}
      sites={sites}
      onRemoveSite={(host) => void send('setSiteEnabled', { host, enabled: false })}
      turnedOff={turnedOff}
      onTurnOnSite={(host) => void send('setSiteEnabled', { host, enabled: true })}
      onOpenLibrary={() => void send('openLibrary', {})}
    />
  );
}

mountPage('options.title', <OptionsContainer />);
