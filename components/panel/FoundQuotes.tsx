// The panel's "Quotes" list: the followed speakers' quotes, each a way to its entry and each with
// a one-click save.
import type { SaveQuoteStatus } from '@/components/reading/SaveQuoteButton';
import { ACTION } from '@/lib/page-contract';
import { useT, type PlainKey } from '../i18n';

/** Quotes longer than this are shown shortened (the saved quote keeps the whole text). */
export const QUOTE_PREVIEW_CHARS = 200;

/** One quote the speaker finder attributed, in an entry on screen. */
export interface PanelQuote {
  /** Unique within the list (entry id and where the quote sits). */
  key: string;
  entryId: string;
  /** The whole quote, as saved. */
  text: string;
  speaker: string;
  /** The entry's time as the page prints it, or null. */
  time: string | null;
}

export interface FoundQuotesProps {
  /** Newest first. */
  quotes: readonly PanelQuote[];
  /** Quotes found in total (more than `quotes.length` when the list was cut short). */
  found?: number;
  /** Save state per quote key (absent: idle). */
  statuses: ReadonlyMap<string, SaveQuoteStatus>;
  /** False when quotes cannot be saved (the reading state is unavailable). */
  canSave: boolean;
  /** Said politely to screen readers after each save. */
  announcement: string;
  onSave(quote: PanelQuote): void;
  /** Goes to the quote's entry in the page; absent: the quotes are plain text. */
  onGoTo?(quote: PanelQuote): void;
}

export const previewQuote = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_PREVIEW_CHARS ? flat : `${flat.slice(0, QUOTE_PREVIEW_CHARS - 1).trimEnd()}…`;
};

const BUTTON_TEXT: Record<SaveQuoteStatus, PlainKey> = {
  idle: 'common.save',
  saving: 'common.saving',
  saved: 'common.saved',
  'not-stored': 'common.save',
  failed: 'common.save',
};
const NOTE: Partial<Record<SaveQuoteStatus, PlainKey>> = {
  failed: 'panel.quotes.failedNote',
  'not-stored': 'panel.quotes.notStoredNote',
};

/**
 * The quotes the speaker finder attributed to the followed speakers, each with a one-click Save.
 * Quote text comes from the page and is only ever rendered as text.
 */
export function FoundQuotes({ quotes, found, statuses, canSave, announcement, onSave, onGoTo }: FoundQuotesProps) {
  const { t, plural, number } = useT();
  const total = found ?? quotes.length;
  return (
    // Named by aria-label, not useId: Preact's useId can repeat an id (the panel title's) in a
    // component mounted after its siblings, as this one is when the reader follows a speaker.
    <section class="quotes" aria-label={t('panel.quotes.heading')}>
      <h3>{t('panel.quotes.heading')}</h3>
      {quotes.length === 0 ? (
        <p class="muted">{t('panel.quotes.none')}</p>
      ) : (
        <ul class="found-quotes">
          {quotes.map((q) => {
            const status = statuses.get(q.key) ?? 'idle';
            const note = NOTE[status] && t(NOTE[status]);
            return (
              <li key={q.key} data-lbl-quote={q.key}>
                <blockquote title={q.text.length > QUOTE_PREVIEW_CHARS ? q.text : undefined}>
                  {onGoTo ? (
                    <button type="button" class="go" data-lbl-action={ACTION.goToQuote} title={t('panel.quotes.goTo')} onClick={() => onGoTo(q)}>
                      {previewQuote(q.text)}
                    </button>
                  ) : (
                    previewQuote(q.text)
                  )}
                </blockquote>
                <p class="by">
                  <bdi>{q.speaker}</bdi>
                  {q.time && <span class="muted"> · {q.time}</span>}
                </p>
                {canSave && (
                  <button
                    type="button"
                    class="action"
                    data-lbl-action={ACTION.saveFoundQuote}
                    aria-label={t(status === 'saved' ? 'panel.quotes.savedLabel' : 'panel.quotes.saveLabel', { name: q.speaker })}
                    disabled={status === 'saving' || status === 'saved'}
                    onClick={() => onSave(q)}
                  >
                    {t(BUTTON_TEXT[status])}
                  </button>
                )}
                {note && <p class="error">{note}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {total > quotes.length && <p class="muted">{plural('panel.quotes.newest', total, { shown: number(quotes.length) })}</p>}
      {!canSave && quotes.length > 0 && <p class="muted">{t('panel.quotes.cannotSave')}</p>}
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
