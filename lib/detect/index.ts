import type { Detection } from '../types';
import { detectionFor, detectQuickly } from './quick';
import { fullScan } from './scan';
import { hasLiveTitle } from './cues';
import { embedsPlatform } from './platforms';
import { hasLiveStructureIn } from './structure';
import { hasLiveUrl } from './url';

/** A page that says in its JSON-LD that it is a forum thread or a question with answers. */
function isDiscussionPage(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"(?:QAPage|DiscussionForumPosting)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * The generic structural signal: a run of timed blocks or a flat stream, found from `time`
 * elements, time-stamped headings and every text node that prints a time. The expensive part of
 * detection, for pages the cheap check found worth it (`detectQuickly`). A live-blog platform's
 * container on the page lowers the bar as a live address does (a blog started minutes ago).
 */
export function hasLiveStructure(doc: Document, url: string): boolean {
  if (!doc.body) return false;
  const hint = hasLiveUrl(url) || embedsPlatform(doc);
  return hasLiveStructureIn(fullScan(doc.body), hint, hasLiveTitle(doc.title)) && !isDiscussionPage(doc);
}

/**
 * Decides whether a page is a live blog, cheapest signal first: the site adapter's marker, then
 * schema.org `LiveBlogPosting` (JSON-LD, microdata), then the page's structure, judged more
 * leniently when the URL looks live. Reads the document and never changes it. The extension runs
 * the two halves as two scripts: `detectQuickly` on every matched page (entrypoints/detector.ts),
 * the structural check only where that one found it worth it (entrypoints/structure.ts).
 */
export function detect(doc: Document, url: string): Detection {
  const { signal, worthReading } = detectQuickly(doc, url);
  if (signal !== 'none' || !worthReading) return detectionFor(url, signal);
  return detectionFor(url, hasLiveStructure(doc, url) ? 'structure' : 'none');
}
