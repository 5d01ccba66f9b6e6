// The complete, versioned JSON export: the one format that imports back. It holds the stored rows
// without their derived fields (those are recomputed on import, never trusted from a file), and
// the blogs the rows belong to, so an import into an empty library shows titles and sites.
import type { BlogRow, EntryRow, QuoteRow } from '../store/types';

/** The `format` marker of an export file. */
export const EXPORT_FORMAT = 'liveblog-lens';

/** The version this code writes and reads. Raise it when the shape changes; import refuses newer. */
export const EXPORT_VERSION = 1;

/** A quote as exported: the stored row without `search`/`speakerKey`. */
export type ExportQuote = Omit<QuoteRow, 'search' | 'speakerKey'>;

/** A starred entry as exported: the stored row without `search`/`speakerKeys`, star required. */
export type ExportStarred = Omit<EntryRow, 'search' | 'speakerKeys' | 'starred'> & { starred: number };

/** The file. */
export interface LensExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  blogs: BlogRow[];
  quotes: ExportQuote[];
  starred: ExportStarred[];
}

/** A quote row as exported, fields in a fixed order (stable, diffable files). */
export function exportQuote(q: QuoteRow): ExportQuote {
  const out: ExportQuote = {
    id: q.id, text: q.text, speaker: q.speaker, blog: q.blog, site: q.site, entry: q.entry,
    entryTime: q.entryTime, permalink: q.permalink, savedAt: q.savedAt,
  };
  if (q.entryTimeLabel !== undefined) out.entryTimeLabel = q.entryTimeLabel;
  if (q.note !== undefined) out.note = q.note;
  return out;
}

/** A starred entry row as exported, fields in a fixed order. */
export function exportStarred(e: EntryRow & { starred: number }): ExportStarred {
  const out: ExportStarred = {
    blog: e.blog, id: e.id, title: e.title, snippet: e.snippet, time: e.time, permalink: e.permalink,
    speakers: [...e.speakers], firstSeen: e.firstSeen, starred: e.starred,
  };
  if (e.timeLabel !== undefined) out.timeLabel = e.timeLabel;
  if (e.read !== undefined) out.read = e.read;
  return out;
}

function exportBlog(b: BlogRow): BlogRow {
  return { key: b.key, url: b.url, title: b.title, site: b.site, firstVisit: b.firstVisit, lastVisit: b.lastVisit };
}

/** What to export: rows as stored, and the blogs table (only the blogs the rows use are kept). */
export interface ExportParts {
  blogs: readonly BlogRow[];
  quotes: readonly QuoteRow[];
  starred: readonly EntryRow[];
}

/**
 * Builds the export object: quotes newest saved first, starred entries newest star first, and the
 * blogs they refer to sorted by key.
 */
export function buildExport(parts: ExportParts, now: number): LensExport {
  const quotes = [...parts.quotes].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1)).map(exportQuote);
  const starred = parts.starred
    .filter((e): e is EntryRow & { starred: number } => e.starred !== undefined)
    .sort((a, b) => b.starred - a.starred || (a.blog + a.id < b.blog + b.id ? -1 : 1))
    .map(exportStarred);
  const used = new Set([...quotes.map((q) => q.blog), ...starred.map((e) => e.blog)]);
  const blogs = parts.blogs.filter((b) => used.has(b.key)).map(exportBlog).sort((a, b) => (a.key < b.key ? -1 : 1));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), blogs, quotes, starred };
}

/** The export as JSON text (indented, so it is readable and diffs well). */
export function toJson(data: LensExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
