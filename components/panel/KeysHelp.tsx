// The keyboard help, opened with "?" (or from the panel): every key the reader has on a live blog.
import { useEffect, useId, useRef } from 'preact/hooks';
import { useT } from '../i18n';

export interface KeysHelpProps {
  onClose(): void;
}

/** A small dialog listing the keys; Escape or its button closes it. */
export function KeysHelp({ onClose }: KeysHelpProps) {
  const titleId = useId();
  const { t, lang } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const alt = t('common.keys.alt');
  const shift = t('common.keys.shift');
  const rows: Array<[string[], string]> = [
    [['j'], t('panel.help.next')],
    [['k'], t('panel.help.previous')],
    [[alt, shift, 'S'], t('panel.help.panel')],
    [['?'], t('panel.help.help')],
    [[t('common.keys.esc')], t('panel.help.close')],
  ];
  return (
    <div
      class="help"
      role="dialog"
      lang={lang}
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={box}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' && e.key !== '?') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <div class="head">
        <h2 id={titleId}>{t('panel.help.title')}</h2>
        <button type="button" class="close" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <dl>
        {rows.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && '+'}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t('panel.help.rebind')}</p>
    </div>
  );
}
