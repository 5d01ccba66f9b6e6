// The reader's filter over a blog's entries: who is quoted, read, starred. Pure data in, data out,
// so the panel, the chips and the tests share one definition of "shown".
import type { SpeakerCount } from './types';

/** What the filter needs to know about one entry element (a pinned copy is its own item). */
export interface FilterEntry {
  id: string;
  /** Canonical names of the people the entry quotes. */
  speakers: readonly string[];
  /** The id of the entry this one repeats, or null. */
  duplicateOf: string | null;
  /** A second rendering above the stream: filtered like the rest, never counted twice. */
  pinned: boolean;
  read: boolean;
  starred: boolean;
  /** Appeared since the reader's last visit. */
  fresh: boolean;
}

/** The reader's choices. An empty speaker set means everyone. */
export interface FilterState {
  speakers: ReadonlySet<string>;
  unreadOnly: boolean;
  starredOnly: boolean;
}

export const NO_FILTER: FilterState = Object.freeze({ speakers: new Set<string>(), unreadOnly: false, starredOnly: false });

/** True when the state hides anything at all. */
export function isFiltering(state: FilterState): boolean {
  return state.speakers.size > 0 || state.unreadOnly || state.starredOnly;
}

/**
 * Whether one entry passes the filter: it quotes any of the chosen speakers (or none are chosen),
 * and it is unread / starred when those are asked for. The conditions combine with "and".
 */
export function matchesFilter(entry: FilterEntry, state: FilterState): boolean {
  if (state.speakers.size > 0 && !entry.speakers.some((s) => state.speakers.has(s))) return false;
  if (state.unreadOnly && entry.read) return false;
  if (state.starredOnly && !entry.starred) return false;
  return true;
}

/** The outcome of a filter over the page's entries. */
export interface FilterOutcome {
  /** Parallel to the input: false for the elements the filter hides. */
  visible: boolean[];
  /** Distinct entries (by id, so a pinned copy counts once) that pass and are not collapsed. */
  shown: number;
  /** Distinct entries on the page. */
  total: number;
  /** Distinct entries collapsed as repeats (only while collapsing is on). */
  collapsed: number;
  /** Distinct unread entries, and those new since the last visit. */
  unread: number;
  fresh: number;
}

/**
 * Applies `state` to every entry element. A repeat collapsed into a stub is not "shown" even when
 * it matches, so the count agrees with what the reader sees; `collapseRepeats` says whether
 * repeats are collapsed at all.
 */
export function applyFilter(
  entries: readonly FilterEntry[],
  state: FilterState,
  options: { collapseRepeats: boolean },
): FilterOutcome {
  const visible = entries.map((e) => matchesFilter(e, state));
  const ids = new Set<string>();
  const shownIds = new Set<string>();
  const collapsedIds = new Set<string>();
  const unreadIds = new Set<string>();
  const freshIds = new Set<string>();
  entries.forEach((e, i) => {
    ids.add(e.id);
    const collapsed = options.collapseRepeats && e.duplicateOf !== null;
    if (collapsed) collapsedIds.add(e.id);
    if (visible[i] && !collapsed) shownIds.add(e.id);
    if (!e.read) unreadIds.add(e.id);
    if (e.fresh) freshIds.add(e.id);
  });
  return {
    visible,
    shown: shownIds.size,
    total: ids.size,
    collapsed: collapsedIds.size,
    unread: unreadIds.size,
    fresh: freshIds.size,
  };
}

/**
 * The speaker list for the panel: every speaker with the number of distinct entries that quote
 * them, most quoted first. Counted from the entries themselves (not taken from the blog list) so
 * that "Keller 3" always shows exactly three entries when clicked; the blog list (the speaker
 * finder's order) breaks ties and contributes names no entry carries any more (with 0).
 */
export function speakerCounts(entries: readonly FilterEntry[], blogSpeakers: readonly SpeakerCount[] = []): SpeakerCount[] {
  const byName = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const name of e.speakers) {
      let ids = byName.get(name);
      if (!ids) byName.set(name, (ids = new Set()));
      ids.add(e.id);
    }
  }
  const rank = new Map<string, number>();
  blogSpeakers.forEach((s, i) => rank.set(s.name, i));
  for (const s of blogSpeakers) if (!byName.has(s.name)) byName.set(s.name, new Set());
  // Names the blog list does not know yet (a batch ahead of it) follow in order of appearance.
  for (const name of byName.keys()) if (!rank.has(name)) rank.set(name, blogSpeakers.length + rank.size);
  const tie = (name: string) => rank.get(name)!;
  return [...byName]
    .map(([name, ids]) => ({ name, entries: ids.size }))
    .sort((a, b) => b.entries - a.entries || tie(a.name) - tie(b.name));
}

/** Folds case and accents, so "muller" finds "Müller". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

/** The speakers whose name contains `query` (case- and accent-insensitive), order kept. */
export function matchSpeakers(speakers: readonly SpeakerCount[], query: string): SpeakerCount[] {
  const q = foldName(query);
  return q ? speakers.filter((s) => foldName(s.name).includes(q)) : speakers.slice();
}

/** Adds or removes one speaker from the chosen set (several chosen: entries quoting any of them). */
export function toggleSpeaker(state: FilterState, name: string): FilterState {
  const speakers = new Set(state.speakers);
  if (speakers.has(name)) speakers.delete(name);
  else speakers.add(name);
  return { ...state, speakers };
}

/**
 * Follows one speaker only (a chip on an entry): chooses just `name`, or goes back to everyone
 * when `name` was already the only one chosen, so a second click undoes the first.
 */
export function onlySpeaker(state: FilterState, name: string): FilterState {
  const alone = state.speakers.size === 1 && state.speakers.has(name);
  return { ...state, speakers: alone ? new Set() : new Set([name]) };
}

/** "All": forgets the chosen speakers, keeps the reading filters. */
export function clearSpeakers(state: FilterState): FilterState {
  return { ...state, speakers: new Set() };
}
