import { useEffect, useId, useRef } from 'preact/hooks';
import type { SpeakerCount } from '@/lib/types';
import { CountsLine } from './CountsLine';
import { FoundQuotes, type FoundQuotesProps } from './FoundQuotes';
import { OrderSwitch, type ReadingOrder } from './OrderSwitch';
import { ReadingFilters, type ReadingFiltersProps } from './ReadingFilters';
import { RepeatsSwitch } from './RepeatsSwitch';
import { SpeakerList } from './SpeakerList';

/** The reading-state part of the panel: its values, or null while the reading state is unavailable. */
export type PanelReading = Pick<ReadingFiltersProps, 'unreadOnly' | 'starredOnly' | 'unread' | 'fresh'>;

export interface PanelProps {
  speakers: readonly SpeakerCount[];
  selected: ReadonlySet<string>;
  shown: number;
  total: number;
  /** Any filter (speakers or reading) is active. */
  filtering: boolean;
  order: ReadingOrder;
  siteOldestFirst?: boolean;
  repeats: { found: number; collapsed: number; showing: boolean };
  reading: PanelReading | null;
  /** The followed speakers' quotes (drawn only while following speakers); absent: none. */
  quotes?: FoundQuotesProps | null;
  /** Move focus into the panel when it mounts (opened from the keyboard or the tab). */
  autoFocus?: boolean;
  onToggleSpeaker(name: string): void;
  onAllSpeakers(): void;
  onOrder(order: ReadingOrder): void;
  onShowRepeats(show: boolean): void;
  onUnreadOnly(on: boolean): void;
  onStarredOnly(on: boolean): void;
  onNextUnread(): void;
  onFirstNew(): void;
  onClose(): void;
  /** Opens the library page (saved quotes and starred entries); absent: no button. */
  onOpenLibrary?(): void;
}

/**
 * The side panel's contents: counts, speakers (and their quotes), reading order, repeats and
 * reading state. Pure presentation: everything it shows comes in as props and every choice goes
 * out as a callback.
 */
export function Panel(props: PanelProps) {
  const titleId = useId();
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
    <aside class="panel" aria-labelledby={titleId} tabIndex={-1} ref={root} onKeyDown={onKeyDown}>
      <div class="head">
        <h2 id={titleId}>Liveblog Lens</h2>
        <button type="button" class="close" aria-label="Close panel" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </div>
      <CountsLine shown={props.shown} total={props.total} filtering={props.filtering} />
      <SpeakerList
        speakers={props.speakers}
        selected={props.selected}
        onToggle={props.onToggleSpeaker}
        onAll={props.onAllSpeakers}
      />
      {props.quotes && props.selected.size > 0 && <FoundQuotes {...props.quotes} />}
      <OrderSwitch order={props.order} siteOldestFirst={props.siteOldestFirst} onOrder={props.onOrder} />
      <RepeatsSwitch
        repeats={props.repeats.found}
        collapsed={props.repeats.collapsed}
        showing={props.repeats.showing}
        onShow={props.onShowRepeats}
      />
      {props.reading && (
        <ReadingFilters
          {...props.reading}
          onUnreadOnly={props.onUnreadOnly}
          onStarredOnly={props.onStarredOnly}
          onNextUnread={props.onNextUnread}
          onFirstNew={props.onFirstNew}
        />
      )}
      {props.onOpenLibrary && (
        <p>
          <button type="button" class="action" data-lbl-action="library" onClick={props.onOpenLibrary}>
            Open library (saved quotes, starred)
          </button>
        </p>
      )}
      <p class="keys">
        <kbd>j</kbd> / <kbd>k</kbd> next / previous entry · <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> panel ·{' '}
        <kbd>Esc</kbd> close
      </p>
    </aside>
  );
}
