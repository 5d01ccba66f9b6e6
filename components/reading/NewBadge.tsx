import { useT } from '../i18n';

/** "New": the entry appeared since the reader's last visit to this blog. */
export function NewBadge() {
  const { t, lang } = useT();
  return (
    <span data-lbl-badge="new" lang={lang} title={t('entry.newBadge.title')}>
      {t('entry.newBadge.text')}
    </span>
  );
}
