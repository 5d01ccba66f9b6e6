import { bbc } from './bbc';
import { guardian } from './guardian';
import { independent } from './independent';
import { reach } from './reach';
import { repubblica } from './repubblica';
import { isHostIn } from './news-domains';
import type { SiteAdapter } from './types';

/** Every publisher adapter, one module each. */
export const ADAPTERS: readonly SiteAdapter[] = [guardian, bbc, independent, reach, repubblica];

/** The adapter for a host, or null. */
export function adapterForHost(host: string): SiteAdapter | null {
  return ADAPTERS.find((a) => isHostIn(host, a.hosts)) ?? null;
}

/** The short site name for a host: the adapter's (per-publisher where it serves several), else the host's main label. */
export function siteName(host: string, adapter: SiteAdapter | null = adapterForHost(host)): string {
  if (adapter?.sites) {
    for (const [suffix, name] of Object.entries(adapter.sites)) if (isHostIn(host, [suffix])) return name;
  }
  if (adapter) return adapter.name;
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.');
  // "bbc.co.uk" -> "bbc", "sportowefakty.wp.pl" -> "sportowefakty", "nzz.ch" -> "nzz".
  return labels[0] ?? host;
}
