import { isHostIn, NEWS_DOMAINS } from './news-domains';

/** The host of a web page URL (http/https only), or null for browser pages, files and junk. */
export function webHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** True when Liveblog Lens runs on this host by default (one of the curated news sites). */
export function isCuratedHost(host: string): boolean {
  return isHostIn(host, NEWS_DOMAINS);
}

/** The match patterns a reader grants when turning Liveblog Lens on for one host. */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`];
}

/** The id of the dynamically registered detector for one reader-chosen host. */
export function siteScriptId(host: string): string {
  return `lbl-site:${host}`;
}
