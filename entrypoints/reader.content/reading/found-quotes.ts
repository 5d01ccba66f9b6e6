// The panel's "Quotes" list: the quotes the speaker finder attributed to the followed speakers in
// the entries on screen, newest first, and their one-click saves through the reading API.
import type { Translator } from '@/components/i18n';
import type { PanelQuote } from '@/components/panel';
import type { SaveQuoteStatus } from '@/components/reading/SaveQuoteButton';
import type { LensEntry } from '../core/model';
import type { ReadingApi } from '../core/reading-api';

/** At most this many quotes are listed (the newest). */
export const FOUND_QUOTES_MAX = 30;

/**
 * The followed speakers' quotes in the visible stream entries, newest first: page order, turned
 * round when the site runs oldest first; within an entry, in the order they were said.
 */
export function followedQuotes(
  entries: readonly LensEntry[],
  visible: readonly boolean[],
  speakers: ReadonlySet<string>,
  siteOldestFirst: boolean,
): PanelQuote[] {
  if (speakers.size === 0) return [];
  const shown = entries.filter((e, i) => visible[i] && !e.entry.pinned);
  if (siteOldestFirst) shown.reverse();
  return shown.flatMap(({ entry, quotes }) =>
    quotes
      .filter((q) => speakers.has(q.speaker) && q.text.trim() !== '')
      .map((q) => ({
        key: `${entry.id}#${q.paragraph}:${q.start}`,
        entryId: entry.id,
        text: q.text,
        speaker: q.speaker,
        time: entry.timeLabel,
      })),
  );
}

/** Save states of the listed quotes, and what to tell screen readers after the last save. */
export interface QuoteSaver {
  readonly statuses: ReadonlyMap<string, SaveQuoteStatus>;
  readonly announcement: string;
  save(reading: ReadingApi | null, quote: PanelQuote): Promise<void>;
}

/** Keeps the quotes' save states for the page's life; `changed` redraws the panel. */
export function createQuoteSaver(i18n: Translator, changed: () => void): QuoteSaver {
  const statuses = new Map<string, SaveQuoteStatus>();
  let announcement = '';
  const set = (key: string, status: SaveQuoteStatus, say: string) => {
    statuses.set(key, status);
    announcement = say;
    changed();
  };
  return {
    statuses,
    get announcement() {
      return announcement;
    },
    async save(reading, quote) {
      const now = statuses.get(quote.key);
      if (now === 'saving' || now === 'saved') return;
      if (!reading) return set(quote.key, 'failed', i18n.t('panel.quotes.unavailable'));
      set(quote.key, 'saving', '');
      try {
        const { stored } = await reading.saveQuote(quote.entryId, quote.text, quote.speaker);
        if (stored) set(quote.key, 'saved', i18n.t('panel.quotes.savedBy', { name: quote.speaker }));
        else set(quote.key, 'not-stored', i18n.t('panel.quotes.notStored'));
      } catch (error) {
        console.warn('[Liveblog Lens] could not save the quote', error);
        set(quote.key, 'failed', i18n.t('panel.quotes.failedBy', { name: quote.speaker }));
      }
    },
  };
}
