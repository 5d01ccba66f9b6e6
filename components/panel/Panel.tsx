// The side panel: one section per control, each a component of its own with its own props. To add
// a control, write its component, give Panel one prop for it (its props, or null to leave it
// out) and one line below; the reader's panel feature fills it in (see CONTRIBUTING.md).
// The reading section is not drawn here: the reader fills the `reading` slot from a private root.
import { useEffect, useId, useRef } from 'preact/hooks';
import { ACTION } from '@/lib/page-contract';
import { useT } from '../i18n';
import { CountsLine, type CountsLineProps } from './CountsLine';
import { FoundQuotes, type FoundQuotesProps } from './FoundQuotes';
import { OrderSwitch, type OrderSwitchProps } from './OrderSwitch';
import { RepeatsSwitch, type RepeatsSwitchProps } from './RepeatsSwitch';
import { SpeakerList, type SpeakerListProps } from './SpeakerList';

export interface PanelProps {
  /** "Showing 3 of 12 entries". */
  counts: CountsLineProps;
  speakers: SpeakerListProps;
  /** The followed speakers' quotes: drawn only while someone is followed; absent: none. */
  quotes?: FoundQuotesProps | null;
  order: OrderSwitchProps;
  repeats: RepeatsSwitchProps;
  /**
   * Where the reading section goes: the name of a slot the reader fills from a private root (it
   * tells the reader's history, which the panel's open root must not), or null to leave it out.
   */
  readingSlot: string | null;
  /** Shows the keyboard help. */
  onHelp?(): void;
  /** Opens the library page (saved quotes and starred entries); absent: no button. */
  onOpenLibrary?(): void;
  /** Opens the reader view (the whole blog, clean, over the page); absent: no button. */
  onOpenReader?(): void;
  /** Move focus into the panel when it mounts (opened from the keyboard or the tab). */
  autoFocus?: boolean;
  onClose(): void;
}

/**
 * The side panel's contents: counts, speakers (and their quotes), reading order, repeats and
 * reading state. Pure presentation: everything it shows comes in as props and every choice goes
 * out as a callback.
 */
export function Panel(props: PanelProps) {
  const titleId = useId();
  const { t, lang } = useT();
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.autoFocus) root.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Ours alone: the site's own Escape handlers (closing its menus) need not hear it.
    event.stopPropagation();
    props.onClose();
  };
  return (
    // lang: our words may not be in the page's language, and screen readers pick their voice by it.
    <aside class="panel side" lang={lang} aria-labelledby={titleId} tabIndex={-1} ref={root} onKeyDown={onKeyDown}>
      <div class="head">
        <h2 id={titleId}>{t('common.appName')}</h2>
        <button type="button" class="close" aria-label={t('panel.closeLabel')} title={t('panel.closeTitle')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <CountsLine {...props.counts} />
      {props.onOpenReader && (
        <p>
          <button type="button" class="action" data-lbl-action={ACTION.reader} onClick={props.onOpenReader}>
            {t('readerView.openButton')}
          </button>
        </p>
      )}
      <SpeakerList {...props.speakers} />
      {props.quotes && props.speakers.selected.size > 0 && <FoundQuotes {...props.quotes} />}
      <OrderSwitch {...props.order} />
      <RepeatsSwitch {...props.repeats} />
      {props.readingSlot && <slot name={props.readingSlot} />}
      {props.onOpenLibrary && (
        <p>
          <button type="button" class="action" data-lbl-action={ACTION.library} onClick={props.onOpenLibrary}>
            {t('panel.openLibrary')}
          </button>
        </p>
      )}
      <p class="keys">
        <kbd>j</kbd> / <kbd>k</kbd> {t('panel.keys.move')} · <kbd>{t('common.keys.alt')}</kbd>+<kbd>{t('common.keys.shift')}</kbd>+
        <kbd>S</kbd> {t('panel.keys.panel')} · <kbd>{t('common.keys.esc')}</kbd> {t('panel.keys.close')} ·{' '}
        {props.onHelp ? (
          <button type="button" class="link" data-lbl-action={ACTION.keysHelp} onClick={props.onHelp}>
            <kbd>?</kbd> {t('panel.keys.help')}
          </button>
        ) : (
          <>
            <kbd>?</kbd> {t('panel.keys.help')}
          </>
        )}
      </p>
    </aside>
  );
}
