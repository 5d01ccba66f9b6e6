import { useT } from '../i18n';

/** Props of the private-window setting: the current choice and where a change goes. */
export interface PrivacySettingProps {
  storeInPrivateWindows: boolean;
  onChange(on: boolean): void;
}

/**
 * The reader's choice for private windows: by default Liveblog Lens keeps nothing from them
 * (no read marks, stars or quotes survive the private session).
 */
export function PrivacySetting({ storeInPrivateWindows, onChange }: PrivacySettingProps) {
  const { t } = useT();
  return (
    <section class="lbl-privacy" aria-labelledby="lbl-privacy-title">
      <h2 id="lbl-privacy-title">{t('library.privacy.heading')}</h2>
      <label>
        <input
          type="checkbox"
          checked={storeInPrivateWindows}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('library.privacy.remember')}
      </label>
      <p class="lbl-hint">{t('library.privacy.hint')}</p>
    </section>
  );
}
