// From the model and the reader's choices to what the view draws: entries in the reader's order,
// what the filters leave, the speakers with their counts over the whole blog, the pinned entry.
import type { EntryState, ReaderEntry, RepeatOf } from '@/components/reader-view/types';
import { speakerCounts } from '@/lib/filter';
import { type Direction, orderEntries } from '@/lib/reader-view/blog';
import { applyViewFilter, searchText, type ViewFilter, type ViewFilterEntry } from '@/lib/reader-view/filter';
import type { SpeakerCount } from '@/lib/types';
import type { ReadingView } from '../reader.content/core/reading-api';
import { storeId } from '../reader.content/reading/state';
import type { BlogModel } from './blog-model';

/** What the view draws. */
export interface Derived {
  shown: ReaderEntry[];
  total: number;
  speakers: SpeakerCount[];
  pinned: { id: string; title: string } | null;
}

/** How a reader recognises the entry a repeat repeats: its printed time, else its headline. */
function describe(model: BlogModel, id: string): RepeatOf {
  const kept = model.entries().get(id)?.entry;
  if (kept?.timeLabel) return { time: kept.timeLabel };
  if (kept?.title) return { title: kept.title };
  return { earlier: true };
}

/** The reader's state of one entry. */
export function stateOf(view: ReadingView, live: ReadonlySet<string>, id: string): EntryState {
  const key = storeId(id);
  return { read: view.read.has(key), starred: view.starred.has(key), fresh: view.fresh.has(key), live: live.has(id) };
}

/** Everything the view draws, for one model version, order, filter and reading state. */
export function derive(model: BlogModel, order: Direction, filter: ViewFilter, view: ReadingView, search: Map<string, string>): Derived {
  const ordered = orderEntries(model.entries().values(), order);
  const entries: ReaderEntry[] = [];
  const filtering: ViewFilterEntry[] = [];
  let pinned: Derived['pinned'] = null;
  for (const item of ordered) {
    const { entry } = item;
    const note = model.annotation(entry.id);
    let text = search.get(entry.id);
    if (text === undefined) search.set(entry.id, (text = searchText([entry.title, entry.text, entry.author, ...note.speakers])));
    entries.push({
      id: entry.id,
      title: entry.title,
      timeLabel: entry.timeLabel,
      time: entry.time,
      author: entry.author,
      permalink: entry.permalink,
      keyEvent: entry.keyEvent,
      pinned: item.pinned,
      speakers: note.speakers,
      duplicateOf: note.duplicateOf,
      repeatOf: note.duplicateOf ? describe(model, note.duplicateOf) : null,
      textLength: entry.text.length,
      hasMedia: entry.hasMedia,
    });
    const key = storeId(entry.id);
    filtering.push({
      id: entry.id,
      speakers: note.speakers,
      duplicateOf: note.duplicateOf,
      pinned: false,
      read: view.read.has(key),
      starred: view.starred.has(key),
      fresh: view.fresh.has(key),
      keyEvent: entry.keyEvent,
      search: text,
    });
    if (item.pinned && !pinned) pinned = { id: entry.id, title: entry.title || entry.timeLabel || '' };
  }
  const outcome = applyViewFilter(filtering, filter);
  return {
    shown: entries.filter((_, i) => outcome.visible[i]),
    total: outcome.total,
    speakers: speakerCounts(filtering, model.speakers()),
    pinned,
  };
}
