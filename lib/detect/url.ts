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
 * The host and path of a web address, by plain string search: in a content script's first run
 * the URL parser (an interface set up on first use in the script's world) and each regular
 * expression (compiled on first use) cost more than this whole check.
 */
export function splitUrl(url: string): { host: string; path: string } {
  const at = url.indexOf('//');
  if (at < 0) return { host: '', path: '' };
  let end = at + 2;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end++;
  let host = url.slice(at + 2, end).toLowerCase();
  host = host.slice(host.lastIndexOf('@') + 1);
  const port = host.lastIndexOf(':');
  if (port > 0 && !host.endsWith(']')) host = host.slice(0, port);
  let stop = end;
  while (stop < url.length && url[stop] !== '?' && url[stop] !== '#') stop++;
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
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % stays as it is.
  }
  path = path.toLowerCase();
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
