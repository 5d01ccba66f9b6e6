// One call for "export these items as…": the text, its MIME type and a file name.
import type { LibraryItem } from '../library/items';
import type { BlogRow, EntryRow, QuoteRow } from '../store/types';
import { toCsv } from './csv';
import { buildExport, toJson } from './json';
import { toMarkdown } from './markdown';

/** The export formats. */
export type ExportKind = 'markdown' | 'csv' | 'json';

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
}

const EXTENSIONS: Record<ExportKind, [ext: string, mime: string]> = {
  markdown: ['md', 'text/markdown;charset=utf-8'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  json: ['json', 'application/json'],
};

/** `liveblog-lens-2024-01-02.md`: the UTC date, so names sort and never hold a path character. */
export function exportFilename(kind: ExportKind, now: number): string {
  return `liveblog-lens-${new Date(now).toISOString().slice(0, 10)}.${EXTENSIONS[kind][0]}`;
}

/**
 * The items in the chosen format. JSON carries the stored rows (from the items) and the blogs
 * they belong to; CSV starts with a byte-order mark so that spreadsheets read it as UTF-8.
 */
export function exportFile(kind: ExportKind, items: readonly LibraryItem[], blogs: readonly BlogRow[], options: ExportOptions): ExportFile {
  const [, mime] = EXTENSIONS[kind];
  const filename = exportFilename(kind, options.now);
  if (kind === 'markdown') return { filename, mime, text: toMarkdown(items, { timeZone: options.timeZone }) };
  if (kind === 'csv') return { filename, mime, text: `\ufeff${toCsv(items)}` };
  const quotes = items.map((i) => i.quote).filter((q): q is QuoteRow => !!q);
  const starred = items.map((i) => i.entry).filter((e): e is EntryRow => !!e);
  return { filename, mime, text: toJson(buildExport({ blogs, quotes, starred }, options.now)) };
}
