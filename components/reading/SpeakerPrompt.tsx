// "Who said this?": the form that asks for a quote's speaker when the pipeline has none.
import { useEffect, useId, useRef } from 'preact/hooks';
import { ACTION } from '@/lib/page-contract';
import { useT } from '../i18n';

/** Props of the "who said this?" form. */
export interface SpeakerPromptProps {
  /** Names to pick from: the entry's speakers first, then the blog's. */
  choices: readonly string[];
  /** Called with the typed or picked name ('' when left empty: saved without a speaker). */
  onSave(name: string): void;
  onCancel(): void;
}

/** A tiny inline form: a text field with suggestions; Enter saves, Escape cancels. */
export function SpeakerPrompt({ choices, onSave, onCancel }: SpeakerPromptProps) {
  const id = useId();
  const { t, lang } = useT();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="prompt"
      lang={lang}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(input.current?.value ?? '');
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation(); // the site's own Escape handler (closing its menus) is not ours to trigger
        onCancel();
      }}
    >
      <label for={`${id}-name`}>{t('saveQuote.whoSaid')}</label>
      <input ref={input} id={`${id}-name`} type="text" list={`${id}-names`} maxLength={200} autoComplete="off" data-lbl-field="speaker" />
      <datalist id={`${id}-names`}>
        {choices.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit" data-lbl-action={ACTION.saveQuoteConfirm}>
        {t('common.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
