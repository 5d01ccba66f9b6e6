// A tiny Preact binding of Dexie's liveQuery: the query re-runs whenever a write (in this page, in
// another tab, or in the background worker, via Dexie's BroadcastChannel) touches what it read.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The latest result of a live query (undefined until the first answer), or its error. */
export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
}

/**
 * Subscribes to `query` while the component is mounted; resubscribes when `deps` change. An error
 * keeps the last good value, so a transient failure does not blank the page.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the deps
  }, deps);
  return state;
}
