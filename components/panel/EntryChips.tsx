// The speaker chips under an entry (drawn in each entry's own shadow root by the chips feature).
// A view only: the reader's clicks reach the feature through the page's one delegated listener,
// which reads the chip's `data-lbl-chip`.
import { useT } from '../i18n';

export interface EntryChipsProps {
  /** The people this entry quotes (canonical names). */
  speakers: readonly string[];
  selected: ReadonlySet<string>;
}

/**
 * The speakers of one entry as small buttons; a click follows that speaker. `data-lbl-chip`
 * marks them (`data-lbl-speaker` belongs to the panel's own controls).
 */
export function EntryChips({ speakers, selected }: EntryChipsProps) {
  const { t, lang } = useT();
  return (
    <div class="chips" lang={lang} role="group" aria-label={t('entry.chips.label')}>
      {speakers.map((name) => (
        <button
          key={name}
          type="button"
          class="chip"
          data-lbl-chip={name}
          aria-pressed={selected.has(name)}
          title={t('entry.chips.title', { name })}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
