// The options page, drawn from props: the reading choices (collapse repeats, the read-after delay,
// private windows), the sites the reader turned Liveblog Lens on for (each can be turned off), the
// news sites of the list the reader turned off (each can be turned on again), and the way to the
// library, where the data is exported or deleted. The entrypoint (entrypoints/options) reads and
// writes the storage module and the background; this only draws and calls back.
import { READ_AFTER_CHOICES, READ_NEVER } from '@/lib/settings';
import { useT, type PlainKey } from '../i18n';

/** Each read-after choice's words. */
const READ_AFTER_WORDS: Record<number, PlainKey> = {
  1000: 'options.readAfter.s1',
  1500: 'options.readAfter.s15',
  3000: 'options.readAfter.s3',
  5000: 'options.readAfter.s5',
  [READ_NEVER]: 'options.readAfter.never',
};

export interface OptionsProps {
  collapseRepeats: boolean;
  onCollapseRepeats(on: boolean): void;
  /** How long an entry stays on screen before it is read (ms; `READ_NEVER`: only when marked). */
  readAfterMs: number;
  onReadAfter(ms: number): void;
  privateWindows: boolean;
  onPrivateWindows(on: boolean): void;
  /** Hosts the reader turned Liveblog Lens on for, beyond the curated list. */
  sites: readonly string[];
  onRemoveSite(host: string): void;
  /** News sites of the curated list the reader turned Liveblog Lens off for. */
  turnedOff: readonly string[];
  onTurnOnSite(host: string): void;
  onOpenLibrary(): void;
}

export function Options(props: OptionsProps) {
  const { t } = useT();
  const { collapseRepeats, privateWindows, sites, turnedOff, readAfterMs } = props;
  return (
    <main class="options" aria-labelledby="options-title">
      <h1 id="options-title">{t('options.title')}</h1>
      <section aria-labelledby="options-reading">
        <h2 id="options-reading">{t('options.reading')}</h2>
        <label class="check">
          <input type="checkbox" name="collapseRepeats" checked={collapseRepeats} onChange={(e) => props.onCollapseRepeats(e.currentTarget.checked)} />
          {t('options.collapse')}
        </label>
        <fieldset class="choices">
          <legend>{t('options.readAfter.legend')}</legend>
          {READ_AFTER_CHOICES.map((ms) => (
            <label class="check" key={ms}>
              <input type="radio" name="readAfter" value={ms} checked={readAfterMs === ms} onChange={() => props.onReadAfter(ms)} />
              {t(READ_AFTER_WORDS[ms]!)}
            </label>
          ))}
          <p class="muted">{t('options.readAfter.note')}</p>
        </fieldset>
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
      <section aria-labelledby="options-off">
        <h2 id="options-off">{t('options.turnedOff')}</h2>
        {turnedOff.length === 0 ? (
          <p data-sites="none-off" class="muted">{t('options.noTurnedOff')}</p>
        ) : (
          <>
            <p class="muted">{t('options.turnedOffIntro')}</p>
            <ul class="sites">
              {turnedOff.map((host) => (
                <li key={host} data-site-off={host}>
                  <span>{host}</span>
                  <button type="button" aria-label={t('options.turnOnSite', { host })} onClick={() => props.onTurnOnSite(host)}>
                    {t('options.turnOn')}
                  </button>
                </li>
              ))}
            </ul>
          </>
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
