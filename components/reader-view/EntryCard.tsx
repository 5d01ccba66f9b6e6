// One entry in the reader view: printed time, badges (key event, pinned, new), headline, author,
// star, the cleaned content, the speakers it quotes (each a button that follows them) and a link
// to it on the site. A collapsed repeat is a one-line stub that opens in place.
import { useState } from 'preact/hooks';
import { useT, type Translator } from '@/components/i18n';
import { StarButton } from '@/components/reading';
import type { SafeNode } from '@/lib/reader-view/safe-tree';
import { SafeContent } from './SafeContent';
import type { EntryState, ReaderEntry, RepeatOf } from './types';

/** Props of one entry's content (its `<article>` shell belongs to the stream). */
export interface EntryCardProps {
  entry: ReaderEntry;
  /** The language of the entry's own words (headline, author, content); ours are the reader's. */
  textLang?: string | null;
  /** The id its headline gets (the stream labels the entry's `<article>` with it). */
  headingId: string;
  state: EntryState;
  /** The entry's cleaned content, computed when first drawn. */
  content(): readonly SafeNode[];
  /** Speakers the reader follows (their chips show pressed). */
  followed: ReadonlySet<string>;
  /** True while a star change is being saved. */
  starBusy?: boolean;
  /** Absent when the reading state is unavailable (no star then). */
  onStar?(on: boolean): void;
  onFollow(name: string): void;
}

/** "12.50 BST" as the blog printed it, else the time as the reader's locale writes it. */
export function entryTime(entry: Pick<ReaderEntry, 'timeLabel' | 'time'>, dateTime: Translator['dateTime']): string | null {
  if (entry.timeLabel) return entry.timeLabel;
  if (!entry.time) return null;
  const ms = new Date(entry.time).getTime();
  return Number.isNaN(ms) ? null : dateTime(ms);
}

/** "Repeated: same as the 12.50 BST entry" (a headline is cut to 60 characters). */
function repeatText(t: Translator['t'], of: RepeatOf): string {
  if ('time' in of) return t('readerView.repeatByTime', { time: of.time });
  if ('title' in of) return t('readerView.repeatByTitle', { title: of.title.length > 60 ? `${of.title.slice(0, 57)}…` : of.title });
  return t('readerView.repeatEarlier');
}

function RepeatStub({ of, body }: { of: RepeatOf; body: () => preact.ComponentChildren }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <p class="stub">
        <span>{repeatText(t, of)}</span>{' '}
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('readerView.hide') : t('readerView.show')}
        </button>
      </p>
      {open && body()}
    </>
  );
}

/** The inside of one entry's `<article>`. */
export function EntryCard({ entry, textLang, headingId, state, content, followed, starBusy, onStar, onFollow }: EntryCardProps) {
  const { t, dateTime } = useT();
  const time = entryTime(entry, dateTime);
  const lang = textLang ?? undefined;
  const body = () => (
    <>
      <header class="entry-head">
        <p class="meta">
          {time && (
            <time class="time" dateTime={entry.time ?? undefined}>
              {time}
            </time>
          )}
          {entry.keyEvent && <span class="badge key">{t('readerView.keyEvent')}</span>}
          {entry.pinned && <span class="badge pin">{t('readerView.pinned')}</span>}
          {(state.fresh || state.live) && !state.read && (
            <span class="badge new" title={t('readerView.freshTitle')}>
              {t('readerView.fresh')}
            </span>
          )}
        </p>
        {onStar && <StarButton starred={state.starred} busy={starBusy} onToggle={onStar} />}
        <h2 id={headingId} class={entry.title ? 'title' : 'title untitled'} lang={entry.title ? lang : undefined}>
          {entry.title || time || t('readerView.untitled')}
        </h2>
        {entry.author && <p class="author" lang={lang}>
            {entry.author}
          </p>}
      </header>
      <div class="entry-body" lang={lang}>
        <SafeContent nodes={content()} />
      </div>
      {(entry.speakers.length > 0 || entry.permalink) && (
        <footer class="entry-foot">
          {entry.speakers.map((name) => (
            <button
              key={name}
              type="button"
              class="chip"
              aria-pressed={followed.has(name)}
              title={t('readerView.followSpeaker', { name })}
              onClick={() => onFollow(name)}
            >
              {name}
            </button>
          ))}
          {entry.permalink && (
            <a class="permalink" href={entry.permalink} target="_blank" rel="noopener noreferrer">
              {t('readerView.openOnSite')}
            </a>
          )}
        </footer>
      )}
    </>
  );
  return entry.repeatOf ? <RepeatStub of={entry.repeatOf} body={body} /> : body();
}
