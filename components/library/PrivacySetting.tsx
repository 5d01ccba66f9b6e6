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
  return (
    <section class="lbl-privacy" aria-labelledby="lbl-privacy-title">
      <h2 id="lbl-privacy-title">Private windows</h2>
      <label>
        <input
          type="checkbox"
          checked={storeInPrivateWindows}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Remember reading, stars and quotes from private windows
      </label>
      <p class="lbl-hint">Off by default: nothing from a private window is kept.</p>
    </section>
  );
}
