// The options page, drawn from props: the reading choices (collapse repeats, private windows),
// the sites the reader turned Liveblog Lens on for (each can be turned off), and the way to the
// library, where the data is exported or deleted. The entrypoint (entrypoints/options) reads and
// writes the storage module and the background; this only draws and calls back.
import { useT } from '../i18n';

export interface OptionsProps {
  collapseRepeats: boolean;
  onCollapseRepeats(on: boolean): void;
  privateWindows: boolean;
  onPrivateWindows(on: boolean): void;
  /** Hosts the reader turned Liveblog Lens on for, beyond the curated list. */
  sites: readonly string[];
  onRemoveSite(host: string): void;
  onOpenLibrary(): void;
}

export function Options(props: OptionsProps) {
  const { t } = useT();
  const { collapseRepeats, privateWindows, sites } = props;
  return (
    <main class="options" aria-labelledby="options-title">
      <h1 id="options-title">{t('options.title')}</h1>
      <section aria-labelledby="options-reading">
        <h2 id="options-reading">{t('options.reading')}</h2>
        <label class="check">
          <input type="checkbox" name="collapseRepeats" checked={collapseRepeats} onChange={(e) => props.onCollapseRepeats(e.currentTarget.checked)} />
          {t('options.collapse')}
        </label>
        <label class="check">
          <input type="checkbox" name="privateWindows" checked={privateWindows} onChange={(e) => props.onPrivateWindows(e.currentTarget.checked)} />
          {t('options.private')}
        </label>
      </section>
      <section aria-labelledby="options-sites">
        <h2 id="options-sites">{t('options.sites')}</h2>
        <p class="muted">{t('options.sitesIntro')}</p>
        {sites.length === 0 ? (
          <p data-sites="none">{t('options.noSites')}</p>
        ) : (
          <ul class="sites">
            {sites.map((host) => (
              <li key={host} data-site={host}>
                <span>{host}</span>
                <button type="button" aria-label={t('options.removeSite', { host })} onClick={() => props.onRemoveSite(host)}>
                  {t('options.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="options-data">
        <h2 id="options-data">{t('options.data')}</h2>
        <p>{t('options.dataText')}</p>
        <button type="button" data-action="options-library" onClick={props.onOpenLibrary}>
          {t('options.openLibrary')}
        </button>
      </section>
    </main>
  );
}
