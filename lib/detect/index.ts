import { markerForHost, siteName } from '../sites/markers';
import type { Detection } from '../types';
import { hasLiveTitle } from './cues';
import { fullScan, type PageScan, quickScan } from './scan';
import { hasLiveStructureIn } from './structure';
import { hasLiveUrl } from './url';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** A page that says in its JSON-LD that it is a forum thread or a question with answers. */
function isDiscussionPage(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"(?:QAPage|DiscussionForumPosting)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Time elements that make a page worth reading text by text: an article prints one or two
 * (published, updated), a stream one per entry.
 */
export const SCAN_TIMES = 3;

/**
 * The generic structural signal, from the quick scan: the page's text nodes are read for printed
 * times only when the URL or the title says "live" or the page has several `time` elements. On
 * most pages there is no stream to find, and reading every text node would cost more than
 * Readability's own check.
 */
export function hasLiveStructure(doc: Document, url: string, quick: PageScan = quickScan(doc)): boolean {
  const body = doc.body;
  if (!body) return false;
  const urlHint = hasLiveUrl(url);
  const worthReading = urlHint || quick.times.length >= SCAN_TIMES || hasLiveTitle(doc.title);
  const scan = worthReading ? fullScan(body, quick) : quick;
  return hasLiveStructureIn(scan, urlHint) && !isDiscussionPage(doc);
}

/**
 * Decides whether a page is a live blog, cheapest signal first: the site adapter's marker, then
 * schema.org `LiveBlogPosting` (JSON-LD, microdata), then the page's structure, judged more
 * leniently when the URL looks live. The marker is one native query, schema.org and the cheap
 * structural signals one more (`quickScan`); see `hasLiveStructure` for the rest. Reads the
 * document and never changes it; runs on every matched page, so it stays cheaper than
 * Readability's `isProbablyReaderable`.
 */
export function detect(doc: Document, url: string): Detection {
  const host = hostOf(url);
  const adapter = markerForHost(host);
  const site = siteName(host, adapter);
  const verdict = (signal: Detection['signal']): Detection => ({
    isLiveBlog: signal !== 'none',
    site,
    signal,
    adapter: adapter?.name ?? null,
  });
  if (adapter && doc.querySelector(adapter.liveMarker)) return verdict('adapter');
  const quick = quickScan(doc);
  if (quick.schema) return verdict(quick.schema);
  // A URL alone never makes a live blog ("how to watch live" articles match too).
  return verdict(hasLiveStructure(doc, url, quick) ? 'structure' : 'none');
}
