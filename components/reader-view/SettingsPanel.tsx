// The reading settings: theme (the browser's by default), text size, line spacing and width.
import { useId } from 'preact/hooks';
import { FONT_SIZE, LINE_HEIGHT, type ReaderViewSettings, THEMES, WIDTHS } from '@/lib/reader-view/settings';
import { S } from './strings';

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
  const themeName = useId();
  const widthName = useId();
  const round = (n: number) => Math.round(n * 10) / 10;
  return (
    <div class="settings">
      <fieldset>
        <legend>{S.theme}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class={`swatch ${theme}`}>
            <input type="radio" name={themeName} checked={settings.theme === theme} onChange={() => onChange({ theme })} />
            {S.themes[theme]}
          </label>
        ))}
      </fieldset>
      <Stepper
        label={S.fontSize}
        value={`${settings.fontSize}px`}
        less={S.smaller}
        more={S.larger}
        atMin={settings.fontSize <= FONT_SIZE.min}
        atMax={settings.fontSize >= FONT_SIZE.max}
        onLess={() => onChange({ fontSize: settings.fontSize - FONT_SIZE.step })}
        onMore={() => onChange({ fontSize: settings.fontSize + FONT_SIZE.step })}
      />
      <Stepper
        label={S.lineHeight}
        value={settings.lineHeight.toFixed(1)}
        less={S.tighter}
        more={S.looser}
        atMin={settings.lineHeight <= LINE_HEIGHT.min}
        atMax={settings.lineHeight >= LINE_HEIGHT.max}
        onLess={() => onChange({ lineHeight: round(settings.lineHeight - LINE_HEIGHT.step) })}
        onMore={() => onChange({ lineHeight: round(settings.lineHeight + LINE_HEIGHT.step) })}
      />
      <fieldset>
        <legend>{S.width}</legend>
        {WIDTHS.map((width) => (
          <label key={width}>
            <input type="radio" name={widthName} checked={settings.width === width} onChange={() => onChange({ width })} />
            {S.widths[width]}
          </label>
        ))}
      </fieldset>
      <p class="keys">{S.keysHelp}</p>
    </div>
  );
}
