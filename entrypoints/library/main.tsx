// The library page: mounts the container on the extension's own database (read), the protocol
// (write, through the background) and the storage module (the private-window setting), in the
// browser's language.
import { render } from 'preact';
import '@/components/library/library.css';
import { I18nProvider } from '@/components/i18n';
import { openLensDb } from '@/lib/store/db';
import { browserTranslator } from '../shared/i18n';
import { send } from '../shared/messenger';
import { lensStorage } from '../shared/storage';
import { LibraryContainer, type LibraryView } from './App';

const i18n = browserTranslator();
// The page's language and title follow the words it shows (screen readers pick their voice by lang).
document.documentElement.lang = i18n.lang;
document.title = i18n.t('library.pageTitle');

const view: LibraryView = location.hash === '#starred' ? 'starred' : 'quotes';
render(
  <I18nProvider value={i18n}>
    <LibraryContainer
      db={openLensDb()}
      send={send}
      initialView={view}
      onViewChange={(v) => history.replaceState(null, '', v === 'starred' ? '#starred' : '#quotes')}
      // The background reads the same value before storing anything from a private window.
      privateWindows={{ load: () => lensStorage.privateWindows.get(), save: (on) => lensStorage.privateWindows.set(on) }}
    />
  </I18nProvider>,
  document.getElementById('app')!,
);
