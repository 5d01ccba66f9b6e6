// Words that publishers put in the paths of live pages, as whole path tokens (between `/`, `-`,
// `_` or `.`), so that "olive-oil", "alive" or "livestock" do not count. A URL alone never makes
// a live blog ("how to watch live" articles match too): it only lowers the structural bar.
// Tokens and pairs of tokens, not one large regular expression: this runs on every matched page,
// and compiling such a pattern costs more in a first run than the whole lookup.
const TOKENS = new Set([
  'live', 'liveblog', 'liveblogs', 'livenews', 'liveupdate', 'liveupdates', 'livecoverage', 'liveticker',
  'newsticker', 'newsblog', 'ticker', 'diretta', 'directo', 'relacja',
]);
const PAIRS = new Set(['fil info', 'en continu', 'en direct', 'en vivo', 'ao vivo', 'na zywo', 'na żywo', 'it happened', 'the latest', 'by minute', 'by ball', 'by play']);
/**
 * Words of which every token and every pair's second word above holds one (a test keeps them so),
 * "direct" included: a path holding none of them is not live, found by a few native searches
 * before any token is cut (the common case: most paths say nothing of the kind).
 */
export const PATH_NEEDLES: readonly string[] = [
  'live', 'ticker', 'newsblog', 'diret', 'direct', 'relacja', 'info', 'continu', 'vivo', 'zywo', 'żywo', 'happened', 'latest', 'minute', 'ball', 'play',
];
/** The token sets, for that test. */
export const PATH_WORDS = { tokens: TOKENS, pairs: PAIRS };

/**
 * The host and path of a web address, by plain string search: in a content script's first run
 * the URL parser (an interface set up on first use in the script's world) and each regular
 * expression (compiled on first use) cost more than this whole check.
 */
export function splitUrl(url: string): { host: string; path: string } {
  const at = url.indexOf('//');
  if (at < 0) return { host: '', path: '' };
  // Native searches rather than a loop over characters: a first run interprets every iteration.
  const query = url.indexOf('?', at + 2);
  const hash = url.indexOf('#', at + 2);
  const stop = query < 0 ? (hash < 0 ? url.length : hash) : hash < 0 ? query : Math.min(query, hash);
  const slash = url.indexOf('/', at + 2);
  const end = slash < 0 || slash > stop ? stop : slash;
  let host = url.slice(at + 2, end).toLowerCase();
  host = host.slice(host.lastIndexOf('@') + 1);
  const port = host.lastIndexOf(':');
  if (port > 0 && !host.endsWith(']')) host = host.slice(0, port);
  return { host, path: url.slice(end, stop) };
}

/**
 * True when the URL's path looks like a live page: `/live/`, `-live-`, `/liveblog`, `diretta`,
 * `ticker`, `en-direct`, `liveticker`, `newsticker`, `relacja`, `as-it-happened`, `the-latest`,
 * `minute-by-minute`, `ball-by-ball`, `play-by-play`,
 * or a whole `/direct/` segment (not "/direct-debit-scams"). Query and fragment are ignored.
 */
export function hasLiveUrl(url: string): boolean {
  return isLivePath(splitUrl(url).path);
}

/** `hasLiveUrl` for a path already split from its address (`splitUrl`). */
export function isLivePath(path: string): boolean {
  // Only an escaped path is decoded (most are not: a first decodeURIComponent costs in a fresh world).
  if (path.indexOf('%') >= 0) {
    try {
      path = decodeURIComponent(path);
    } catch {
      // A stray % stays as it is.
    }
  }
  path = path.toLowerCase();
  let needed = false;
  for (let n = 0; n < PATH_NEEDLES.length && !needed; n++) needed = path.indexOf(PATH_NEEDLES[n]!) >= 0;
  if (!needed) return false;
  let last = '';
  for (let i = 0, start = 0; i <= path.length; i++) {
    const ch = path[i];
    // A comma too: some CMSs end the path with ",<id>" ("…-newsticker,U1x2").
    if (ch !== undefined && ch !== '/' && ch !== '_' && ch !== '.' && ch !== '-' && ch !== ',') continue;
    const token = path.slice(start, i);
    start = i + 1;
    if (!token) continue;
    if (TOKENS.has(token) || PAIRS.has(`${last} ${token}`)) return true;
    last = token;
  }
  return path.includes('/direct/') || path.endsWith('/direct');
}
