// Keeping two tabs of one blog in agreement. The store lives in the background; each tab holds a
// copy of the blog's state. A tab that wrote something leaves a "blog changed" note (blog key, tab
// nonce, time) in the storage module; every other tab hears it through the module's watcher and
// re-reads the state. Notes carry no state, so a lost or stale one costs a refresh at worst; and a
// tab also refreshes whenever it becomes visible or focused, which covers a note it never heard.
import type { BlogChanged } from '@/lib/settings';
import type { StoredValue } from '../../shared/storage';

/** The sync of one page: `changed` after a stored write; `onRefresh` runs when the state may have changed elsewhere. */
export interface ReadingSync {
  changed(): void;
}

/** Starts listening on `notes` (the storage module's item); stops when `signal` aborts. Refreshes are debounced. */
export function startSync(
  doc: Document,
  blog: string,
  notes: StoredValue<BlogChanged | null>,
  onRefresh: () => void,
  signal: AbortSignal,
  debounceMs = 150,
): ReadingSync {
  const tab = Math.random().toString(36).slice(2, 12);
  const win = doc.defaultView ?? window;
  let timer = 0;
  const schedule = () => {
    if (signal.aborted) return;
    if (timer) win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      timer = 0;
      onRefresh();
    }, debounceMs);
  };
  const unwatch = notes.watch((note) => {
    if (note && note.blog === blog && note.tab !== tab) schedule();
  });
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && schedule(), { signal });
  win.addEventListener('focus', schedule, { signal });
  signal.addEventListener('abort', () => {
    unwatch();
    if (timer) win.clearTimeout(timer);
  });
  return {
    changed() {
      // Best effort: a lost note only delays the other tab until it is next focused.
      notes.set({ blog, tab, at: Date.now() }).catch(() => undefined);
    },
  };
}
