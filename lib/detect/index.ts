import { adapterForHost, siteName } from '../sites/index';
import type { Detection } from '../types';
import { markerNeeds } from './marker';
import { scanPage } from './scan';
import { hasLiveStructureIn } from './structure';
import { hasLiveUrl } from './url';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Decides whether a page is a live blog, cheapest signal first: the site adapter's marker, then
 * schema.org `LiveBlogPosting` (JSON-LD, microdata), then the page's structure, judged more
 * leniently when the URL looks live. The adapter's verdict still comes first, but its marker is
 * queried only when the one walk over the document (which gathers every other signal) met an
 * element that could match it: on most pages none can, and a second full walk is saved. Reads
 * the document and never changes it; runs on every matched page, so it stays cheaper than
 * Readability's `isProbablyReaderable`.
 */
export function detect(doc: Document, url: string): Detection {
  const host = hostOf(url);
  const adapter = adapterForHost(host);
  const site = siteName(host, adapter);
  const verdict = (signal: Detection['signal']): Detection => ({
    isLiveBlog: signal !== 'none',
    site,
    signal,
    adapter: adapter?.name ?? null,
  });
  const scan = scanPage(doc, adapter ? markerNeeds(adapter.liveMarker) : undefined);
  if (adapter && scan.markerCandidate && doc.querySelector(adapter.liveMarker)) return verdict('adapter');
  if (scan.schema) return verdict(scan.schema);
  // A URL alone never makes a live blog ("how to watch live" articles match too).
  if (hasLiveStructureIn(scan, hasLiveUrl(url))) return verdict('structure');
  return verdict('none');
}
