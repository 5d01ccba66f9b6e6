// The reader view's filters: the panel's (speakers, unread only, starred only: lib/filter.ts) plus
// key events only and a search over what the entries say. Pure: what one entry is, in; whether it
// shows and what the reader sees counted, out.
import { type FilterEntry, type FilterState, foldName, isFiltering, matchesFilter, NO_FILTER } from '../filter';

/** The view's choices: the panel's, key events only, and search words. */
export interface ViewFilter extends FilterState {
  keyEvents: boolean;
  query: string;
}

export const NO_VIEW_FILTER: ViewFilter = Object.freeze({ ...NO_FILTER, keyEvents: false, query: '' });

/** What the filters need to know about one entry. */
export interface ViewFilterEntry extends FilterEntry {
  keyEvent: boolean;
  /** Its title, text, author and speakers, folded (`searchText`). */
  search: string;
}

/** The searchable text of an entry: case and accents folded, so "muller" finds "Müller". */
export function searchText(parts: ReadonlyArray<string | null | undefined>): string {
  return foldName(parts.filter(Boolean).join('\n'));
}

/** The words of a query, folded; an entry matches when it contains every one. */
export function queryWords(query: string): string[] {
  return foldName(query).split(/\s+/).filter(Boolean);
}

/** True when any filter is on. */
export function isViewFiltering(filter: ViewFilter): boolean {
  return isFiltering(filter) || filter.keyEvents || queryWords(filter.query).length > 0;
}

/** Whether one entry passes every filter (they combine with "and"). */
export function viewMatches(entry: ViewFilterEntry, filter: ViewFilter, words = queryWords(filter.query)): boolean {
  if (!matchesFilter(entry, filter)) return false;
  if (filter.keyEvents && !entry.keyEvent) return false;
  return words.every((w) => entry.search.includes(w));
}

/** What the view shows: which entries pass, and the counts the reader sees. */
export interface ViewOutcome {
  /** Parallel to the input. */
  visible: boolean[];
  /** Entries that pass (repeats included: they show as stubs). */
  shown: number;
  total: number;
  unread: number;
}

/** Applies the filters to every entry (one per id: the view has merged them). */
export function applyViewFilter(entries: readonly ViewFilterEntry[], filter: ViewFilter): ViewOutcome {
  const words = queryWords(filter.query);
  const visible = entries.map((e) => viewMatches(e, filter, words));
  return {
    visible,
    shown: visible.filter(Boolean).length,
    total: entries.length,
    unread: entries.filter((e) => !e.read).length,
  };
}

/** The filters that are on, in the order the view lists them (each one can be turned off alone). */
export type ActiveFilter =
  | { kind: 'speaker'; name: string }
  | { kind: 'key-events' }
  | { kind: 'unread' }
  | { kind: 'starred' }
  | { kind: 'query'; query: string };

export function activeFilters(filter: ViewFilter): ActiveFilter[] {
  const out: ActiveFilter[] = [...filter.speakers].map((name) => ({ kind: 'speaker' as const, name }));
  if (filter.keyEvents) out.push({ kind: 'key-events' });
  if (filter.unreadOnly) out.push({ kind: 'unread' });
  if (filter.starredOnly) out.push({ kind: 'starred' });
  if (queryWords(filter.query).length) out.push({ kind: 'query', query: filter.query.trim() });
  return out;
}

/** The filter without one of its active parts. */
export function withoutFilter(filter: ViewFilter, part: ActiveFilter): ViewFilter {
  switch (part.kind) {
    case 'speaker': {
      const speakers = new Set(filter.speakers);
      speakers.delete(part.name);
      return { ...filter, speakers };
    }
    case 'key-events':
      return { ...filter, keyEvents: false };
    case 'unread':
      return { ...filter, unreadOnly: false };
    case 'starred':
      return { ...filter, starredOnly: false };
    case 'query':
      return { ...filter, query: '' };
  }
}
