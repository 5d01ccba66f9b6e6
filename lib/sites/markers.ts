import { bbcMarker } from './bbc';
import { guardianMarker } from './guardian';
import { independentMarker } from './independent';
import { isHostIn } from './news-domains';
import { reachMarker } from './reach';
import { repubblicaMarker } from './repubblica';
import type { SiteMarker } from './types';

/**
 * The adapters' markers alone: the detector imports these, so the adapters' other selectors,
 * notes and URLs stay out of the script that runs on every page.
 */
export const MARKERS: readonly SiteMarker[] = [guardianMarker, bbcMarker, independentMarker, reachMarker, repubblicaMarker];

/** The marker of the adapter for a host, or null. */
export function markerForHost(host: string): SiteMarker | null {
  return MARKERS.find((m) => isHostIn(host, m.hosts)) ?? null;
}

/** The short site name for a host: the adapter's (per publisher where it serves several), else the host's main label. */
export function siteName(host: string, adapter: SiteMarker | null = markerForHost(host)): string {
  if (adapter?.sites) {
    for (const [suffix, name] of Object.entries(adapter.sites)) if (isHostIn(host, [suffix])) return name;
  } else if (adapter) return adapter.name;
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.');
  // "bbc.co.uk" -> "bbc", "sportowefakty.wp.pl" -> "sportowefakty", "nzz.ch" -> "nzz".
  return labels[0] ?? host;
}
