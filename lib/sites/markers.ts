import { bbcMarker } from './bbc';
import { guardianMarker } from './guardian';
import { independentMarker } from './independent';
import { reachMarker } from './reach';
import { repubblicaMarker } from './repubblica';
import type { SiteMarker } from './types';

/**
 * The adapters' markers alone: the detector imports these, so the adapters' other selectors,
 * notes and URLs stay out of the script that runs on every page.
 */
export const MARKERS: readonly SiteMarker[] = [guardianMarker, bbcMarker, independentMarker, reachMarker, repubblicaMarker];

// Plain string tests, no regular expressions: this runs in the detector on every page, where each
// pattern is compiled on its first use.
// No string built per test: the table holds some forty domains.
const within = (host: string, domain: string): boolean =>
  host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');

/** The marker of the adapter for a host (lower case, as browsers give it), or null. */
export function markerForHost(host: string): SiteMarker | null {
  for (const m of MARKERS) for (const d of m.hosts) if (within(host, d)) return m;
  return null;
}

/** The short site name for a host: the adapter's (per publisher where it serves several), else the host's main label. */
export function siteName(host: string, adapter: SiteMarker | null = markerForHost(host)): string {
  if (adapter?.sites) {
    for (const suffix in adapter.sites) if (within(host, suffix)) return adapter.sites[suffix]!;
  } else if (adapter) return adapter.name;
  // "www2.bbc.co.uk" -> "bbc", "sportowefakty.wp.pl" -> "sportowefakty", "nzz.ch" -> "nzz".
  let h = host.toLowerCase();
  if (h.startsWith('www')) {
    let i = 3;
    while (h[i]! >= '0' && h[i]! <= '9') i++;
    if (h[i] === '.') h = h.slice(i + 1);
  }
  return h.split('.')[0] || host;
}
