// One call for "export these items as…": the text, its MIME type and a file name. Every format is
// one row of EXPORT_FORMATS (its writer lives in its own file); the library's menu lists the rows,
// so a new format is a new writer and a new row.
import type { LibraryItem } from '../library/items';
import type { BlogRow, EntryRow, QuoteRow } from '../store/types';
import { toCsv } from './csv';
import { buildExport, toJson } from './json';
import { toMarkdown, type MarkdownWords } from './markdown';

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** Options of `exportFile`. */
export interface ExportOptions {
  /** The clock (file name, `exportedAt`). */
  now: number;
  /** The zone Markdown prints times in (the runtime's own when undefined). */
  timeZone?: string;
  /** Markdown's words in the reader's language (English when absent). */
  words?: MarkdownWords;
}

/** One export format: how the menu names it, its file, and its writer. */
export interface ExportFormat {
  label: string;
  ext: string;
  mime: string;
  write(items: readonly LibraryItem[], blogs: readonly BlogRow[], options: ExportOptions): string;
}

/** The export formats, in the menu's order. */
export const EXPORT_FORMATS = {
  markdown: { label: 'Markdown', ext: 'md', mime: 'text/markdown;charset=utf-8', write: (items, _blogs, o) => toMarkdown(items, { timeZone: o.timeZone, words: o.words }) },
  // A byte-order mark, so that spreadsheets read it as UTF-8.
  csv: { label: 'CSV', ext: 'csv', mime: 'text/csv;charset=utf-8', write: (items) => `\ufeff${toCsv(items)}` },
  // The stored rows (from the items) and the blogs they belong to: the one format that imports back.
  json: {
    label: 'JSON',
    ext: 'json',
    mime: 'application/json',
    write: (items, blogs, o) => {
      const quotes = items.map((i) => i.quote).filter((q): q is QuoteRow => !!q);
      const starred = items.map((i) => i.entry).filter((e): e is EntryRow => !!e);
      return toJson(buildExport({ blogs, quotes, starred }, o.now));
    },
  },
} satisfies Record<string, ExportFormat>;

/** The export formats' names. */
export type ExportKind = keyof typeof EXPORT_FORMATS;

/** `liveblog-lens-2024-01-02.md`: the UTC date, so names sort and never hold a path character. */
export function exportFilename(kind: ExportKind, now: number): string {
  return `liveblog-lens-${new Date(now).toISOString().slice(0, 10)}.${EXPORT_FORMATS[kind].ext}`;
}

/** The items in the chosen format. */
export function exportFile(kind: ExportKind, items: readonly LibraryItem[], blogs: readonly BlogRow[], options: ExportOptions): ExportFile {
  const format: ExportFormat = EXPORT_FORMATS[kind];
  return { filename: exportFilename(kind, options.now), mime: format.mime, text: format.write(items, blogs, options) };
}
