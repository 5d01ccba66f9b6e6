// The library's search, filters and per-filter counts, in memory over prepared items. One pass
// over 10,000 items per keystroke; the counts are "facet" counts: each filter's options are
// counted with every other filter applied, so picking a speaker shows how many quotes each blog
// has from that speaker, while the speaker list keeps showing the alternatives.
import { siteDisplayName } from '../sites/display-names';
import { searchWords, speakerKeyOf } from '../store/derive';
import { dayBound } from './format';
import type { LibraryItem } from './items';

/** What the reader narrowed the list by; absent or null fields do not narrow. */
export interface LibraryFilter {
  /** Words that must all occur (accents and case ignored). */
  search?: string;
  /** A speaker (any spelling: it is folded); '' means "no speaker". */
  speaker?: string | null;
  /** A blog key. */
  blog?: string | null;
  site?: string | null;
  /** Entry time (or, when unknown, the time it was kept) at or after this (ms). */
  from?: number | null;
  /** ...and at or before this (ms). */
  to?: number | null;
}

/** One option of a filter with the number of items it would show. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** The options of the speaker, blog and site filters, most items first. */
export interface Facets {
  speakers: FacetValue[];
  blogs: FacetValue[];
  sites: FacetValue[];
}

/** The label the speaker filter uses for items without a speaker. */
export const NO_SPEAKER_LABEL = 'No speaker';

interface Prepared {
  words: string[];
  speaker: string | undefined | null;
  blog: string | null;
  site: string | null;
  from: number | null;
  to: number | null;
}

function prepare(f: LibraryFilter): Prepared {
  const speaker = f.speaker === undefined || f.speaker === null ? null : (speakerKeyOf(f.speaker) ?? undefined);
  return {
    words: searchWords(f.search),
    // null: no speaker filter; undefined: "no speaker"; a string: that folded speaker.
    speaker,
    blog: f.blog ?? null,
    site: f.site ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
}

const passSearch = (it: LibraryItem, p: Prepared) => p.words.every((w) => it.haystack.includes(w));
const passSpeaker = (it: LibraryItem, p: Prepared) =>
  p.speaker === null || (p.speaker === undefined ? it.speakerKeys.length === 0 : it.speakerKeys.includes(p.speaker));
const passBlog = (it: LibraryItem, p: Prepared) => p.blog === null || it.blog === p.blog;
const passSite = (it: LibraryItem, p: Prepared) => p.site === null || it.site === p.site;
function passDate(it: LibraryItem, p: Prepared): boolean {
  if (p.from === null && p.to === null) return true;
  const t = it.time ?? it.kept;
  return (p.from === null || t >= p.from) && (p.to === null || t <= p.to);
}

/** True when the filter narrows anything. */
export function isFiltered(f: LibraryFilter): boolean {
  const p = prepare(f);
  return p.words.length > 0 || p.speaker !== null || p.blog !== null || p.site !== null || p.from !== null || p.to !== null;
}

/** The items that pass every part of the filter, in their given order. */
export function filterItems(items: readonly LibraryItem[], f: LibraryFilter): LibraryItem[] {
  const p = prepare(f);
  if (!isFiltered(f)) return items.slice();
  return items.filter((it) => passSearch(it, p) && passSpeaker(it, p) && passBlog(it, p) && passSite(it, p) && passDate(it, p));
}

class Counter {
  private readonly rows = new Map<string, FacetValue>();
  add(value: string, label: string): void {
    const row = this.rows.get(value);
    if (row) row.count++;
    else this.rows.set(value, { value, label, count: 1 });
  }
  /** Most items first, then by label; the selected value stays listed even when it counts 0. */
  list(selected: string | null, selectedLabel: string): FacetValue[] {
    if (selected !== null && !this.rows.has(selected)) this.rows.set(selected, { value: selected, label: selectedLabel, count: 0 });
    return [...this.rows.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
}

/**
 * The options of the speaker, blog and site filters with their counts, each counted under all the
 * other parts of the filter. Speaker values are folded names ('' for "no speaker"), labelled with
 * the first spelling met.
 */
export function facets(items: readonly LibraryItem[], f: LibraryFilter): Facets {
  const p = prepare(f);
  const speakers = new Counter();
  const blogs = new Counter();
  const sites = new Counter();
  for (const it of items) {
    const s = passSearch(it, p) && passDate(it, p);
    if (!s) continue;
    const sp = passSpeaker(it, p);
    const b = passBlog(it, p);
    const si = passSite(it, p);
    if (b && si) {
      if (it.speakerKeys.length === 0) speakers.add('', NO_SPEAKER_LABEL);
      it.speakerKeys.forEach((k, i) => speakers.add(k, it.speakers[i] ?? k));
    }
    if (sp && si) blogs.add(it.blog, it.blogTitle);
    if (sp && b) sites.add(it.site, it.site ? siteDisplayName(it.site) : 'unknown site');
  }
  const speakerValue = p.speaker === null ? null : (p.speaker ?? '');
  return {
    speakers: speakers.list(speakerValue, speakerValue === '' ? NO_SPEAKER_LABEL : (f.speaker ?? '')),
    blogs: blogs.list(p.blog, p.blog ?? ''),
    sites: sites.list(p.site, siteDisplayName(p.site ?? '')),
  };
}

/** The filter as the library's controls hold it: date inputs give `YYYY-MM-DD` strings. */
export interface FilterValues {
  search: string;
  speaker: string | null;
  blog: string | null;
  site: string | null;
  /** `YYYY-MM-DD` or ''. */
  from: string;
  to: string;
}

/** No filter at all. */
export const EMPTY_FILTER: FilterValues = { search: '', speaker: null, blog: null, site: null, from: '', to: '' };

/** The controls' values as a `LibraryFilter`: the "to" day is included whole (local days). */
export function toLibraryFilter(v: FilterValues): LibraryFilter {
  return { search: v.search, speaker: v.speaker, blog: v.blog, site: v.site, from: dayBound(v.from), to: dayBound(v.to, true) };
}
