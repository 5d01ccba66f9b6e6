// The Markdown export's words in the reader's language: the same headings and labels the library
// page shows, and dates as the reader's locale writes them.
import type { Translator } from '@/components/i18n';
import type { MarkdownWords } from '@/lib/export/markdown';

/** Markdown's words from the page's Translator. */
export function markdownWords(i18n: Translator): MarkdownWords {
  const { t, plural } = i18n;
  return {
    title: (quotes, starred) => {
      const [a, b] = [quotes ? plural('library.import.quotes', quotes) : '', starred ? plural('library.import.starred', starred) : ''].filter(Boolean);
      const counts = a && b ? t('library.markdown.and', { a, b }) : (a ?? t('library.markdown.nothing'));
      return t('library.markdown.title', { counts });
    },
    unattributed: t('library.markdown.unattributed'),
    starredEntries: t('library.markdown.starredEntries'),
    saved: (when) => t('library.markdown.saved', { when }),
    starred: (when) => t('library.markdown.starred', { when }),
    openEntry: t('library.markdown.openEntry'),
    note: (note) => t('library.markdown.note', { note }),
    when: (ms, timeZone) => i18n.dateTime(ms, timeZone),
  };
}
