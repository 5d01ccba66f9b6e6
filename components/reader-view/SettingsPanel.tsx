// The reading settings: theme (the browser's by default), text size, line spacing and width.
import { useId } from 'preact/hooks';
import { type PlainKey, useT } from '@/components/i18n';
import { FONT_SIZE, LINE_HEIGHT, type ReaderViewSettings, THEMES, WIDTHS } from '@/lib/reader-view/settings';

const THEME_WORDS: Record<ReaderViewSettings['theme'], PlainKey> = {
  auto: 'readerView.themes.auto',
  light: 'readerView.themes.light',
  dark: 'readerView.themes.dark',
  sepia: 'readerView.themes.sepia',
};
const WIDTH_WORDS: Record<ReaderViewSettings['width'], PlainKey> = {
  narrow: 'readerView.widths.narrow',
  medium: 'readerView.widths.medium',
  wide: 'readerView.widths.wide',
};

/** Props of the settings. */
export interface SettingsPanelProps {
  settings: ReaderViewSettings;
  onChange(patch: Partial<ReaderViewSettings>): void;
}

function Stepper(props: { label: string; value: string; less: string; more: string; onLess(): void; onMore(): void; atMin: boolean; atMax: boolean }) {
  const id = useId();
  return (
    <div class="stepper" role="group" aria-labelledby={id}>
      <span id={id}>{props.label}</span>
      <button type="button" aria-label={props.less} disabled={props.atMin} onClick={props.onLess}>
        −
      </button>
      <output aria-live="polite">{props.value}</output>
      <button type="button" aria-label={props.more} disabled={props.atMax} onClick={props.onMore}>
        +
      </button>
    </div>
  );
}

/** Theme, size, spacing, width: each change applies at once and is remembered. */
export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const { t, number } = useT();
  const themeName = useId();
  const widthName = useId();
  const round = (n: number) => Math.round(n * 10) / 10;
  return (
    <div class="settings">
      <fieldset>
        <legend>{t('readerView.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class={`swatch ${theme}`}>
            <input type="radio" name={themeName} checked={settings.theme === theme} onChange={() => onChange({ theme })} />
            {t(THEME_WORDS[theme])}
          </label>
        ))}
      </fieldset>
      <Stepper
        label={t('readerView.fontSize')}
        value={`${number(settings.fontSize)} px`}
        less={t('readerView.smaller')}
        more={t('readerView.larger')}
        atMin={settings.fontSize <= FONT_SIZE.min}
        atMax={settings.fontSize >= FONT_SIZE.max}
        onLess={() => onChange({ fontSize: settings.fontSize - FONT_SIZE.step })}
        onMore={() => onChange({ fontSize: settings.fontSize + FONT_SIZE.step })}
      />
      <Stepper
        label={t('readerView.lineHeight')}
        value={number(settings.lineHeight)}
        less={t('readerView.tighter')}
        more={t('readerView.looser')}
        atMin={settings.lineHeight <= LINE_HEIGHT.min}
        atMax={settings.lineHeight >= LINE_HEIGHT.max}
        onLess={() => onChange({ lineHeight: round(settings.lineHeight - LINE_HEIGHT.step) })}
        onMore={() => onChange({ lineHeight: round(settings.lineHeight + LINE_HEIGHT.step) })}
      />
      <fieldset>
        <legend>{t('readerView.width')}</legend>
        {WIDTHS.map((width) => (
          <label key={width}>
            <input type="radio" name={widthName} checked={settings.width === width} onChange={() => onChange({ width })} />
            {t(WIDTH_WORDS[width])}
          </label>
        ))}
      </fieldset>
      <p class="keys">{t('readerView.keysHelp', { next: 'j', previous: 'k', esc: t('common.keys.esc') })}</p>
    </div>
  );
}
