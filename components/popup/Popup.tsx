// The toolbar popup, drawn from props: what Liveblog Lens sees on the tab (a live blog and its
// counts, or not), the reader's three actions on it, and the switch for the site. The entrypoint
// (entrypoints/popup) asks the tab's reader and the background; this only draws and calls back.
import type { TabSummary } from '@/lib/protocol/messages';
import { useT } from '../i18n';

/** What the popup knows about the tab: still asking, no reader answered, or the reader's counts. */
export type PopupTab = { kind: 'checking' } | { kind: 'none' } | { kind: 'live'; summary: TabSummary };

/**
 * Whether Liveblog Lens runs on the tab's site: a curated news site (on unless the reader turned it
 * off), a site the reader turns on or off (with the host permission), or never (a browser page, a
 * file: no host to run on).
 */
export type PopupSite = { kind: 'builtIn' | 'chosen'; host: string; on: boolean } | { kind: 'none' };

export interface PopupProps {
  tab: PopupTab;
  site: PopupSite;
  /** True while the site switch is being applied (the button waits). */
  busy?: boolean;
  onTogglePanel(): void;
  onReaderView(): void;
  onOpenLibrary(): void;
  onSetSite(on: boolean): void;
  onOpenOptions(): void;
}

export function Popup({ tab, site, busy = false, onTogglePanel, onReaderView, onOpenLibrary, onSetSite, onOpenOptions }: PopupProps) {
  const { t, plural } = useT();
  const live = tab.kind === 'live' ? tab.summary : null;
  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title">{t('popup.title')}</h1>
      <section class="status" aria-live="polite" data-status={tab.kind}>
        {tab.kind === 'checking' && <p>{t('popup.checking')}</p>}
        {tab.kind === 'none' && <p>{t('popup.notLive')}</p>}
        {live && (
          <>
            <p>{t('popup.liveBlog')}</p>
            <ul class="counts" aria-label={t('popup.countsLabel')}>
              <li data-count="entries">{plural('popup.entries', live.entries)}</li>
              <li data-count="repeats">{plural('popup.repeats', live.repeats)}</li>
              <li data-count="speakers">{plural('popup.speakers', live.speakers)}</li>
            </ul>
            {!live.complete && <p class="muted">{t('popup.stillReading')}</p>}
          </>
        )}
      </section>
      <div class="actions">
        {live && (
          <>
            <button type="button" class="primary" data-action="popup-panel" onClick={onTogglePanel}>
              {t('popup.togglePanel')}
            </button>
            <button type="button" data-action="popup-reader-view" onClick={onReaderView}>
              {t('popup.readerView')}
            </button>
          </>
        )}
        <button type="button" data-action="popup-library" onClick={onOpenLibrary}>
          {t('popup.openLibrary')}
        </button>
      </div>
      <section class="site">
        {site.kind === 'none' && <p class="muted">{t('popup.site.none')}</p>}
        {site.kind !== 'none' && (
          <>
            {site.kind === 'builtIn' ? (
              <p>{t(site.on ? 'popup.site.builtIn' : 'popup.site.builtInOff', { host: site.host })}</p>
            ) : (
              <p>{t(site.on ? 'popup.site.on' : 'popup.site.off', { host: site.host })}</p>
            )}
            {/* Turned off with the blog still open: the reader leaves at the next load. */}
            {!site.on && tab.kind === 'live' && <p class="muted" data-hint="reload">{t('popup.site.reload')}</p>}
            <button type="button" data-action="popup-site" disabled={busy} onClick={() => onSetSite(!site.on)}>
              {t(site.on ? 'popup.site.turnOff' : 'popup.site.turnOn')}
            </button>
          </>
        )}
      </section>
      <button type="button" class="link" data-action="popup-options" onClick={onOpenOptions}>
        {t('popup.settings')}
      </button>
    </main>
  );
}
