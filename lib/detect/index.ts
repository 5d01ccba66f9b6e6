import { adapterForHost, siteName } from '../sites/index';
import type { Detection } from '../types';
import { hasLiveBlogJsonLd, hasLiveBlogMicrodata } from './jsonld';
import { hasLiveStructure } from './structure';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Decides whether a page is a live blog, cheapest signal first: the site adapter's marker, then
 * schema.org `LiveBlogPosting` (JSON-LD, microdata), then the page's structure. Reads the
 * document and never changes it; runs on every matched page, so it stays cheap.
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
  if (adapter && doc.querySelector(adapter.liveMarker)) return verdict('adapter');
  if (hasLiveBlogJsonLd(doc)) return verdict('jsonld');
  if (hasLiveBlogMicrodata(doc)) return verdict('microdata');
  if (hasLiveStructure(doc)) return verdict('structure');
  return verdict('none');
}
