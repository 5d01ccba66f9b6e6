// The library page: mounts the container on the extension's own database.
import { render } from 'preact';
import '@/components/library/library.css';
import { openLensDb } from '@/lib/store/db';
import { LibraryContainer, type LibraryView } from './App';

const view: LibraryView = location.hash === '#starred' ? 'starred' : 'quotes';
render(
  <LibraryContainer
    db={openLensDb()}
    initialView={view}
    onViewChange={(v) => history.replaceState(null, '', v === 'starred' ? '#starred' : '#quotes')}
    privateWindows={{
      // The background reads the same key before storing anything from a private window.
      load: async () => (await browser.storage.local.get('storeIncognito')).storeIncognito === true,
      save: (on) => browser.storage.local.set({ storeIncognito: on }),
    }}
  />,
  document.getElementById('app')!,
);
