// One entry in the reader view: printed time, badges (key event, pinned, new), headline, author,
// star, the cleaned content, the speakers it quotes (each a button that follows them) and a link
// to it on the site. A collapsed repeat is a one-line stub that opens in place.
import { useState } from 'preact/hooks';
import { StarButton } from '@/components/reading';
import type { SafeNode } from '@/lib/reader-view/safe-tree';
import { SafeContent } from './SafeContent';
import { S } from './strings';
import type { EntryState, ReaderEntry } from './types';

/** Props of one entry's content (its `<article>` shell belongs to the stream). */
export interface EntryCardProps {
  entry: ReaderEntry;
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

/** "12.50 BST" as the blog printed it, else the time in the reader's locale. */
export function entryTime(entry: Pick<ReaderEntry, 'timeLabel' | 'time'>): string | null {
  if (entry.timeLabel) return entry.timeLabel;
  if (!entry.time) return null;
  const date = new Date(entry.time);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function RepeatStub({ entry, body }: { entry: ReaderEntry; body: () => preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p class="stub">
        <span>{S.repeated(entry.repeatLabel ?? S.anEarlierEntry)}</span>{' '}
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? S.hide : S.show}
        </button>
      </p>
      {open && body()}
    </>
  );
}

/** The inside of one entry's `<article>`. */
export function EntryCard({ entry, headingId, state, content, followed, starBusy, onStar, onFollow }: EntryCardProps) {
  const time = entryTime(entry);
  const body = () => (
    <>
      <header class="entry-head">
        <p class="meta">
          {time && (
            <time class="time" dateTime={entry.time ?? undefined}>
              {time}
            </time>
          )}
          {entry.keyEvent && <span class="badge key">{S.keyEvent}</span>}
          {entry.pinned && <span class="badge pin">{S.pinned}</span>}
          {(state.fresh || state.live) && !state.read && (
            <span class="badge new" title={S.freshTitle}>
              {S.fresh}
            </span>
          )}
        </p>
        {onStar && <StarButton starred={state.starred} busy={starBusy} onToggle={onStar} />}
        <h2 id={headingId} class={entry.title ? 'title' : 'title untitled'}>
          {entry.title || time || S.untitled}
        </h2>
        {entry.author && <p class="author">{entry.author}</p>}
      </header>
      <div class="entry-body">
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
              title={S.followSpeaker(name)}
              onClick={() => onFollow(name)}
            >
              {name}
            </button>
          ))}
          {entry.permalink && (
            <a class="permalink" href={entry.permalink} target="_blank" rel="noopener noreferrer">
              {S.openOnSite}
            </a>
          )}
        </footer>
      )}
    </>
  );
  return entry.repeatLabel ? <RepeatStub entry={entry} body={body} /> : body();
}
