import { textOf } from './entries/text';

/** The page's own address from `<link rel=canonical>` or `og:url`, for saved pages analysed without `--url`. */
export function canonicalUrl(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  try {
    return href ? new URL(href).href : null;
  } catch {
    return null;
  }
}

/** The blog's title as a reader knows it: `og:title`, else the first `h1`, else `<title>`. */
export function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || textOf(doc.querySelector('h1')) || textOf(doc.querySelector('title'));
}
