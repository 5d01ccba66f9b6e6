// Keeping two tabs of one blog in agreement. The store lives in the background; each tab holds a
// copy of the blog's state. A tab that wrote something leaves a "poke" (blog key, tab nonce, time)
// in the extension's storage; every other tab hears it through storage.onChanged and re-reads the
// state. Pokes carry no state, so a lost or stale one costs a refresh at worst; and a tab also
// refreshes whenever it becomes visible or focused, which covers a poke it never heard.

/** The extension-storage key of the last poke (one key, overwritten: nothing accumulates). */
export const POKE_KEY = 'readingPoke';

interface Poke {
  blog: string;
  tab: string;
  at: number;
}

function isPoke(value: unknown): value is Poke {
  const p = value as Poke | null;
  return !!p && typeof p === 'object' && typeof p.blog === 'string' && typeof p.tab === 'string';
}

/** The sync of one page: `poke` after a stored write; `onRefresh` runs when the state may have changed elsewhere. */
export interface ReadingSync {
  poke(): void;
}

/** Starts listening; stops when `signal` aborts. Refreshes are debounced by `debounceMs`. */
export function startSync(doc: Document, blog: string, onRefresh: () => void, signal: AbortSignal, debounceMs = 150): ReadingSync {
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
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = area === 'local' ? changes[POKE_KEY]?.newValue : undefined;
    if (isPoke(value) && value.blog === blog && value.tab !== tab) schedule();
  };
  browser.storage.onChanged.addListener(onStorage);
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && schedule(), { signal });
  win.addEventListener('focus', schedule, { signal });
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    if (timer) win.clearTimeout(timer);
  });
  return {
    poke() {
      const value: Poke = { blog, tab, at: Date.now() };
      // Best effort: a failed poke only delays the other tab until it is next focused.
      browser.storage.local.set({ [POKE_KEY]: value }).catch(() => undefined);
    },
  };
}
