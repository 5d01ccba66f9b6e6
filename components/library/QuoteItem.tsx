// One saved quote: the words, who said them, when, on which blog, a link to the entry, and the
// reader's note; with select, edit (speaker and note) and delete. Everything from the page is
// rendered as text nodes, never as HTML.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryItem } from '@/lib/library/items';
import { useT } from '../i18n';
import { citation } from '@/lib/library/citation';
import { ItemMeta, OpenLink, SelectBox, shortText, useEntryTime } from './ItemMeta';

/** The edit a reader makes to a quote: null clears the field. */
export interface QuoteEdit {
  speaker: string | null;
  note: string | null;
}

/** Props of `QuoteItem`. */
export interface QuoteItemProps {
  item: LibraryItem;
  selected: boolean;
  onSelect(key: string, selected: boolean): void;
  onEdit(id: string, edit: QuoteEdit): void;
  onDelete(key: string): void;
  /** Puts text on the clipboard (resolves once it is there). */
  onCopy?(text: string): Promise<void>;
  timeZone?: string;
}

function EditForm(props: { item: LibraryItem; onSave(edit: QuoteEdit): void; onCancel(): void }): JSX.Element {
  const { t } = useT();
  const [speaker, setSpeaker] = useState(props.item.speakers[0] ?? '');
  const [note, setNote] = useState(props.item.note ?? '');
  const id = `lbl-edit-${props.item.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const submit = (e: Event) => {
    e.preventDefault();
    props.onSave({ speaker: speaker.trim() || null, note: note.trim() || null });
  };
  return (
    <form class="lbl-edit" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()} aria-label={t('library.edit.label')}>
      <label for={`${id}-speaker`}>{t('library.edit.speaker')}</label>
      <input
        id={`${id}-speaker`}
        value={speaker}
        maxLength={200}
        autoFocus
        onInput={(e) => setSpeaker(e.currentTarget.value)}
      />
      <label for={`${id}-note`}>{t('library.edit.note')}</label>
      <textarea id={`${id}-note`} value={note} maxLength={5000} rows={2} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="lbl-actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A saved quote in the library list. */
export function QuoteItem(props: QuoteItemProps): JSX.Element {
  const { t } = useT();
  const { item } = props;
  const [editing, setEditing] = useState(false);
  const [copied, setCopied] = useState<'copy' | 'cite' | null>(null);
  const entryTime = useEntryTime();
  const name = shortText(item.text);
  const copy = (what: 'copy' | 'cite') => {
    const when = entryTime(item, props.timeZone, true);
    void props.onCopy?.(what === 'copy' ? item.text : citation(item, when)).then(() => {
      setCopied(what);
      setTimeout(() => setCopied((c) => (c === what ? null : c)), 2000);
    }, () => undefined); // the container shows why it failed
  };
  return (
    <article class="lbl-item lbl-item-quote" aria-label={t('library.item.quoteLabel', { name })}>
      <SelectBox label={t('library.item.selectQuote', { name })} itemKey={item.key} selected={props.selected} onSelect={props.onSelect} />
      <div class="lbl-item-body">
        {/* dir="auto": a quote in Arabic or Hebrew reads right to left, and stays in its own paragraph. */}
        <blockquote class="lbl-text" dir="auto">
          {item.text}
        </blockquote>
        <ItemMeta item={item} timeZone={props.timeZone} />
        {item.note && !editing ? (
          <p class="lbl-note">
            <span class="lbl-label">{t('library.item.note')}</span> <bdi>{item.note}</bdi>
          </p>
        ) : null}
        {editing ? (
          <EditForm
            item={item}
            onCancel={() => setEditing(false)}
            onSave={(edit) => {
              setEditing(false);
              props.onEdit(item.key, edit);
            }}
          />
        ) : (
          <div class="lbl-actions">
            <OpenLink link={item.link} name={name} />
            {props.onCopy ? (
              <>
                <button type="button" aria-label={copied === 'copy' ? t('library.item.copied') : t('library.item.copyQuote', { name })} onClick={() => copy('copy')}>
                  {copied === 'copy' ? t('library.item.copied') : t('library.item.copy')}
                </button>
                <button type="button" aria-label={copied === 'cite' ? t('library.item.copied') : t('library.item.citeQuote', { name })} onClick={() => copy('cite')}>
                  {copied === 'cite' ? t('library.item.copied') : t('library.item.cite')}
                </button>
              </>
            ) : null}
            <button type="button" aria-label={t('library.item.editQuote', { name })} onClick={() => setEditing(true)}>
              {t('library.item.edit')}
            </button>
            <button type="button" class="lbl-danger" aria-label={t('library.item.deleteQuote', { name })} onClick={() => props.onDelete(item.key)}>
              {t('library.item.delete')}
            </button>
          </div>
        )}
      </div>
    </article>
  );
}
