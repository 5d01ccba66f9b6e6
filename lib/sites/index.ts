import { bbc } from './bbc';
import { guardian } from './guardian';
import { independent } from './independent';
import { reach } from './reach';
import { repubblica } from './repubblica';
import { isHostIn } from './news-domains';
import type { SiteAdapter } from './types';

export { siteName } from './markers';

/** Every publisher adapter, one module each (markers.ts lists their markers in the same order). */
export const ADAPTERS: readonly SiteAdapter[] = [guardian, bbc, independent, reach, repubblica];

/** The adapter for a host, or null. */
export function adapterForHost(host: string): SiteAdapter | null {
  return ADAPTERS.find((a) => isHostIn(host, a.hosts)) ?? null;
}
