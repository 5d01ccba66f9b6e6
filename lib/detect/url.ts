// Words that publishers put in the paths of live pages, as whole path tokens (between `/`, `-`,
// `_` or `.`), so that "olive-oil", "alive" or "livestock" do not count. A URL alone never makes
// a live blog ("how to watch live" articles match too): it only lowers the structural bar.
const LIVE_TOKEN = new RegExp(
  String.raw`(?:^|[/_.-])(?:` +
    [
      'live', 'liveblog', 'liveblogs', 'live-?blog', 'live-?news', 'live-?updates?', 'live-?coverage',
      'live-?ticker', 'news-?ticker', 'newsblog', 'ticker', 'as-it-happened',
      'diretta', 'in-diretta', 'en-direct', 'en-directo', 'directo', 'en-vivo', 'ao-vivo',
      'relacja', 'relacja-live', 'na-zywo',
    ].join('|') +
    String.raw`)(?=$|[/_.-])`,
  'i',
);
// French "direct" only as a whole segment: "/direct-debit-scams" is no live page.
const DIRECT_SEGMENT = /\/direct(?:\/|$)/i;

/**
 * True when the URL's path looks like a live page: `/live/`, `-live-`, `/live-news/`,
 * `/live-updates/`, `/liveblog`, `diretta`, `ticker`, `en-direct`, `liveticker`, `newsticker`,
 * `relacja`... Query and fragment are ignored.
 */
export function hasLiveUrl(url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return false;
  }
  return LIVE_TOKEN.test(path) || DIRECT_SEGMENT.test(path);
}
