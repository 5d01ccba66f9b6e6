// Reading one more page of a blog the reader view shows: the same extractor the reader used on the
// open page (the site's adapter, else the generic paths: lib/entries), and the page's links to the
// blog's other pages. Pure: a parsed Document in, entries and URLs out.
import { extractorFor, readEntries } from '../entries/index';
import { ADAPTERS } from '../sites/index';
import type { SiteAdapter } from '../sites/types';
import type { Detection, Entry } from '../types';
import { pageLinks } from './pagination';
import type { BlogInfo } from './port';

/** The adapter that read the open page, if any. */
export function adapterOf(blog: Pick<BlogInfo, 'adapter'>): SiteAdapter | null {
  return ADAPTERS.find((a) => a.name === blog.adapter) ?? null;
}

/** Furniture to leave out of an entry's content: what the adapter names, and our own UI. */
export function furnitureOf(blog: Pick<BlogInfo, 'adapter'>, ours: string): string {
  const adapter = adapterOf(blog);
  return [adapter?.furniture, adapter?.title, adapter?.time, adapter?.author, adapter?.permalink, ours].filter(Boolean).join(', ');
}

/** The entries of one page of the blog and the links to its other pages. */
export function readBlogPage(doc: Document, url: string, blog: BlogInfo, knownIds: ReadonlySet<string>): { entries: Entry[]; links: string[] } {
  // The open page was detected already; its other pages are the same blog, read the same way.
  const detection: Detection = { isLiveBlog: true, site: blog.site, signal: blog.adapter ? 'adapter' : 'structure', adapter: blog.adapter };
  const extractor = extractorFor(doc, url, detection);
  const entries = extractor ? readEntries(extractor, extractor.elements(doc)) : [];
  const pager = adapterOf(blog)?.pagination ?? null;
  return { entries, links: pageLinks(doc, url, { pager, knownIds }) };
}
