// The library page: mounts the container on the extension's own database (read), the protocol
// (write, through the background) and the storage module (the private-window setting), in the
// browser's language.
import '@/components/library/library.css';
import { openLensDb } from '@/lib/store/db';
import { mountPage } from '../shared/page';
import { send } from '../shared/messenger';
import { lensStorage } from '../shared/storage';
import { LibraryContainer, type LibraryView } from './App';

const view: LibraryView = location.hash === '#starred' ? 'starred' : 'quotes';
mountPage(
  'library.pageTitle',
  <LibraryContainer
    db={openLensDb()}
    send={send}
    initialView={view}
    onViewChange={(v) => history.replaceState(null, '', v === 'starred' ? '#starred' : '#quotes')}
    // The background reads the same value before storing anything from a private window.
    privateWindows={{ load: () => lensStorage.privateWindows.get(), save: (on) => lensStorage.privateWindows.set(on) }}
  />,
);
