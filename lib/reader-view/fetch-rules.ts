// What the reader's content script agrees to fetch for the reader view: pages of the same blog, on
// the blog's own origin, a bounded number of times per view, each of bounded size. The view asks;
// these rules decide, so a bug (or a hostile link) in the view's page discovery can never make the
// extension request anything from another host.

/** Pages fetched at most for one opening of the view (the blog's own page not counted). */
export const PAGE_CAP = 40;
/** A page larger than this is not read (a real live-blog page is 0.3-2 MB). */
export const PAGE_MAX_BYTES = 8_000_000;
/** A page that has not arrived after this long is given up. */
export const PAGE_TIMEOUT_MS = 20_000;

/** The URL to fetch (fragment dropped), or null when it is not an http(s) URL of the blog's origin. */
export function fetchableUrl(url: string, blogUrl: string): string | null {
  try {
    const target = new URL(url, blogUrl);
    const blog = new URL(blogUrl);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') return null;
    if (target.origin !== blog.origin || target.username || target.password) return null;
    target.hash = '';
    return target.href;
  } catch {
    return null;
  }
}

/** True when a response may be read: still on the blog's origin after redirects, and HTML. */
export function acceptableResponse(finalUrl: string, contentType: string | null, blogUrl: string): boolean {
  return fetchableUrl(finalUrl, blogUrl) !== null && /^(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? 'text/html');
}
