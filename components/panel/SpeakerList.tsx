import { useId, useState } from 'preact/hooks';
import { matchSpeakers } from '@/lib/filter';
import type { SpeakerCount } from '@/lib/types';
import { useT } from '../i18n';

/** Lists longer than this get a filter box. */
export const SPEAKER_SEARCH_MIN = 8;

export interface SpeakerListProps {
  /** Most quoted first. */
  speakers: readonly SpeakerCount[];
  selected: ReadonlySet<string>;
  onToggle(name: string): void;
  /** "All": show every entry again. */
  onAll(): void;
}

/**
 * Every speaker with the number of entries quoting them. Each is a toggle button (`aria-pressed`)
 * carrying `data-lbl-speaker`, the test contract; choosing several shows entries quoting any.
 */
export function SpeakerList({ speakers, selected, onToggle, onAll }: SpeakerListProps) {
  const [query, setQuery] = useState('');
  const headingId = useId();
  const { t, plural } = useT();
  const shown = matchSpeakers(speakers, query);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('panel.speakers.heading')}</h3>
      {speakers.length > SPEAKER_SEARCH_MIN && (
        <input
          class="search"
          type="search"
          aria-label={t('panel.speakers.filterLabel')}
          placeholder={t('panel.speakers.filterPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      )}
      {speakers.length === 0 ? (
        <p class="muted">{t('panel.speakers.none')}</p>
      ) : (
        <ul class="speakers">
          <li>
            <button type="button" class="speaker" aria-pressed={selected.size === 0} onClick={onAll}>
              <span>{t('panel.speakers.all')}</span>
            </button>
          </li>
          {shown.map((s) => (
            <li key={s.name}>
              <button
                type="button"
                class="speaker"
                data-lbl-speaker={s.name}
                aria-pressed={selected.has(s.name)}
                aria-label={plural('panel.speakers.speakerLabel', s.entries, { name: s.name })}
                onClick={() => onToggle(s.name)}
              >
                {/* The space keeps "Name 3" the button's visible words, which its label contains (voice control, WCAG 2.5.3). */}
                <bdi>{s.name}</bdi>{' '}
                <span class="n" aria-hidden="true">
                  {s.entries}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query && shown.length === 0 && <p class="muted">{t('panel.speakers.noMatch', { query })}</p>}
    </section>
  );
}
