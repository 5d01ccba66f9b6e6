// The speaker chips under an entry (drawn in each entry's own shadow root by the chips feature).
import { useT } from '../i18n';

export interface EntryChipsProps {
  /** The people this entry quotes (canonical names). */
  speakers: readonly string[];
  selected: ReadonlySet<string>;
  onChip(name: string): void;
}

/**
 * The speakers of one entry as small buttons; a click follows that speaker. `data-lbl-chip`
 * marks them (`data-lbl-speaker` belongs to the panel's own controls).
 */
export function EntryChips({ speakers, selected, onChip }: EntryChipsProps) {
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
          onClick={() => onChip(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
