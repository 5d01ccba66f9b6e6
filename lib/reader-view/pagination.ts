// Finding the other pages of a paginated live blog: the links of its pager (a selector per site
// adapter: the Guardian's `#liveblog-navigation`, BBC's `lx-pagination`), the page's `rel=next` /
// `rel=prev` links, and, where neither exists, any link that differs from the page only by a page
// number (`?page=2`, `/page/2`). Every link found is checked to be the same blog on the same
// origin (lib/store/blog-key.ts already knows which parameters only turn pages), so a link to
// another article, another site or a filtered view is never followed. Pure: a Document in, URLs out.
import { blogKey } from '../store/blog-key';
import { fetchableUrl } from './fetch-rules';

const REL_LINKS = 'link[rel][href], a[rel][href]';
const PAGE_RELS = new Set(['next', 'prev', 'previous', 'first', 'last']);
/** Query parameters that number a blog's pages. */
const PAGE_PARAMS = new Set(['page', 'pagenumber', 'pageid', 'pg', 'p']);
/** A page number at the end of the path (BBC's `/news/live/<id>/page/2`). */
const PAGE_PATH = /\/page\/\d+\/?$/i;
/** View parameters that show a subset of the blog (the Guardian's key events only): never a page of it. */
const SUBSET_PARAMS = new Set(['filterkeyevents', 'topics']);

/** The URL with the page part of its path removed, as a blog key (throws on a non-web URL). */
function blogOf(url: URL): string {
  const copy = new URL(url.href);
  copy.pathname = copy.pathname.replace(PAGE_PATH, '').replace(/\/$/, '') || '/';
  return blogKey(copy.href);
}

/** True when the URL names a page number (generic links need one to count as the blog's pager). */
function hasPageMarker(url: URL): boolean {
  if (PAGE_PATH.test(url.pathname)) return true;
  for (const [name] of url.searchParams) if (PAGE_PARAMS.has(name.toLowerCase())) return true;
  return false;
}

/** The URL without subset parameters that are off (`filterKeyEvents=false`): the same page either way. */
function withoutOffSubsets(url: URL): URL {
  for (const [name, value] of [...url.searchParams]) {
    if (SUBSET_PARAMS.has(name.toLowerCase()) && (value === '' || value.toLowerCase() === 'false')) url.searchParams.delete(name);
  }
  if (!url.search.slice(1)) url.search = '';
  return url;
}

function showsSubset(url: URL): boolean {
  for (const [name, value] of url.searchParams) {
    if (SUBSET_PARAMS.has(name.toLowerCase()) && value !== '' && value.toLowerCase() !== 'false') return true;
  }
  return false;
}

/** `page=with:<id>` names the page holding entry <id>: already read when that entry is known. */
function pointsAtKnown(url: URL, knownIds: ReadonlySet<string>): boolean {
  for (const [name, value] of url.searchParams) {
    if (PAGE_PARAMS.has(name.toLowerCase()) && value.startsWith('with:') && knownIds.has(value.slice(5))) return true;
  }
  return false;
}

function anchorsIn(doc: Document, selector: string): Element[] {
  const out: Element[] = [];
  for (const match of doc.querySelectorAll(selector)) {
    if (match.hasAttribute('href')) out.push(match);
    else out.push(...match.querySelectorAll('a[href]'));
  }
  return out;
}

/** Options of `pageLinks`. */
export interface PageLinkOptions {
  /** The site adapter's pager: links, or elements holding them. */
  pager?: string | null;
  /** Entry ids already read: a `page=with:<id>` link to one of them leads to a page already read. */
  knownIds?: ReadonlySet<string>;
}

/**
 * The other pages of the blog that `doc` (found at `pageUrl`) links to, as absolute URLs without
 * fragments, in the order the page lists them. The page itself is left out.
 */
export function pageLinks(doc: Document, pageUrl: string, options: PageLinkOptions = {}): string[] {
  let here: URL;
  let blog: string;
  try {
    here = new URL(pageUrl);
    blog = blogOf(here);
  } catch {
    return [];
  }
  here.hash = '';
  // Compared without parameters that are off (`filterKeyEvents=false`); fetched as the site wrote them.
  const self = withoutOffSubsets(new URL(here.href)).href;
  const known = options.knownIds ?? new Set<string>();
  const found = new Map<string, string>();
  const consider = (href: string | null, needsMarker: boolean) => {
    const fetchable = href === null ? null : fetchableUrl(href, here.href);
    if (!fetchable) return;
    const url = new URL(fetchable);
    const same = withoutOffSubsets(new URL(fetchable)).href;
    if (same === self || found.has(same)) return;
    if (needsMarker && !hasPageMarker(url)) return;
    if (showsSubset(url) || pointsAtKnown(url, known)) return;
    try {
      if (blogOf(url) !== blog) return;
    } catch {
      return;
    }
    found.set(same, url.href);
  };

  if (options.pager) for (const a of anchorsIn(doc, options.pager)) consider(a.getAttribute('href'), false);
  for (const link of doc.querySelectorAll(REL_LINKS)) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.some((r) => PAGE_RELS.has(r))) consider(link.getAttribute('href'), false);
  }
  // No pager known and no rel links: any link that only turns the page.
  if (found.size === 0) for (const a of doc.querySelectorAll('a[href]')) consider(a.getAttribute('href'), true);
  return [...found.values()];
}
