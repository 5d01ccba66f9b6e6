// Which entry an element of the page is. Most news sites are framework apps: they render their
// entry list again (from a template, or by re-parsing their own markup), detach and re-attach entries,
// and for a moment may show the old and the new nodes of one entry side by side. Whatever the
// nodes, an entry is matched to what the reader already has by its id, and by its content among
// copies that share an id (and to tell an edit): a re-rendered list is the same entries, never a
// repeat of itself. Each entry copy is one stable `LensEntry` for the page's life; when its
// element leaves the page the entry keeps its data and lets go of the element (no leak), and it
// takes the new element when the entry comes back.
import type { Annotation } from '@/lib/annotate';
import { stableHash } from '@/lib/entries/ids';
import type { Entry } from '@/lib/types';

/** One entry copy of the page with what the pipeline found in it; the same object for the page's life. */
export interface LensEntry extends Annotation {
  /** The entry as last read; `entry.element` is where it is on the page now. */
  entry: Entry;
}

/** How the binder sees one entry copy. */
interface Record {
  item: LensEntry;
  /** The id as read, before a content id got its `-2` (the key copies are matched by). */
  base: string;
  content: string;
  attached: boolean;
}

/** What `bind` decided for one element. */
export type Binding =
  | { kind: 'new'; item: LensEntry }
  | { kind: 'back'; item: LensEntry; edited: boolean }
  /** The same id is on the page now on another element: wait, it may be the old node of a re-render. */
  | { kind: 'wait' };

const isContentId = (id: string) => id.startsWith('lbl-');
const contentOf = (e: Entry) => stableHash(`${e.title}\n${e.text}`);

/** The entries of one page: who is which element, and who has left. */
export function createBinder(placeholder: Element) {
  const records = new Map<LensEntry, Record>();
  const byBase = new Map<string, Record[]>();
  const itemOf = new WeakMap<Element, LensEntry>();

  const attach = (r: Record, entry: Entry, id: string) => {
    r.item.entry = { ...entry, id };
    r.attached = true;
    itemOf.set(entry.element, r.item);
  };

  return {
    /** The entry bound to `el`, when `el` is its element now. */
    current(el: Element): LensEntry | null {
      const item = itemOf.get(el);
      return item && item.entry.element === el && records.get(item)!.attached ? item : null;
    },

    /**
     * Matches a freshly read entry to one the reader has: the same node back on the page, else a
     * detached copy with its id (same pinned-ness and content first). `force`: make a new copy
     * even though the id is on the page now (it stayed there: a second copy, like a pinned post).
     */
    bind(entry: Entry, force = false): Binding {
      const base = entry.id;
      const content = contentOf(entry);
      const same = itemOf.get(entry.element);
      const own = same && records.get(same);
      const list = byBase.get(base) ?? [];
      const detached = list.filter((r) => !r.attached);
      const pick =
        (own && !own.attached && own.base === base ? own : null) ??
        detached.find((r) => r.item.entry.pinned === entry.pinned && r.content === content) ??
        detached.find((r) => r.item.entry.pinned === entry.pinned) ??
        detached[0];
      if (pick) {
        const edited = pick.content !== content;
        pick.content = content;
        attach(pick, entry, pick.item.entry.id);
        return { kind: 'back', item: pick.item, edited };
      }
      if (list.length && !force && list.some((r) => r.attached && r.item.entry.element !== entry.element)) return { kind: 'wait' };
      // Content ids are unique in page order: the second copy of the same words gets `-2`.
      const id = isContentId(base) && list.length ? `${base}-${list.length + 1}` : base;
      const item: LensEntry = { entry, duplicateOf: null, related: [], speakers: [], quotes: [] };
      const record: Record = { item, base, content, attached: true };
      attach(record, entry, id);
      records.set(item, record);
      byBase.set(base, [...list, record]);
      return { kind: 'new', item };
    },

    /** The entry's element left the page: keep the entry, let go of the element. */
    detach(item: LensEntry): void {
      const r = records.get(item);
      if (!r || !r.attached) return;
      r.attached = false;
      item.entry = { ...item.entry, element: placeholder };
    },

    isAttached(item: LensEntry): boolean {
      return records.get(item)?.attached ?? false;
    },

    /** Every entry copy ever seen (attached or not). */
    get size(): number {
      return records.size;
    },
  };
}

export type Binder = ReturnType<typeof createBinder>;
