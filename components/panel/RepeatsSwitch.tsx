// The panel's repeats section: how many repeats are collapsed, and the switch that shows them.
import { useId } from 'preact/hooks';
import { useT } from '../i18n';

export interface RepeatsSwitchProps {
  /** Entries collapsed as repeats of an earlier one (0 while showing them). */
  collapsed: number;
  /** Repeats found, whether collapsed or shown. */
  repeats: number;
  /** True when repeats are shown in full (collapsing is off). */
  showing: boolean;
  onShow(show: boolean): void;
}

/** How many repeats are collapsed, and a switch (`role="switch"`) to show them in full. */
export function RepeatsSwitch({ collapsed, repeats, showing, onShow }: RepeatsSwitchProps) {
  const headingId = useId();
  const { t, plural } = useT();
  const summary =
    repeats === 0
      ? t('panel.repeats.none')
      : showing
        ? plural('panel.repeats.shown', repeats)
        : plural('panel.repeats.collapsed', collapsed);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('panel.repeats.heading')}</h3>
      <p class="muted">{summary}</p>
      <button type="button" role="switch" class="switch" aria-checked={showing} onClick={() => onShow(!showing)}>
        <span class="knob" aria-hidden="true" />
        {t('panel.repeats.show')}
      </button>
    </section>
  );
}
