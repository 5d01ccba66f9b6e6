// Words that publishers put in the paths of live pages, as whole path tokens (between `/`, `-`,
// `_` or `.`), so that "olive-oil", "alive" or "livestock" do not count. A URL alone never makes
// a live blog ("how to watch live" articles match too): it only lowers the structural bar.
// Tokens and pairs of tokens, not one large regular expression: this runs on every matched page,
// and compiling such a pattern costs more in a first run than the whole lookup.
const TOKENS = new Set([
  'live', 'liveblog', 'liveblogs', 'livenews', 'liveupdate', 'liveupdates', 'livecoverage', 'liveticker',
  'newsticker', 'newsblog', 'ticker', 'diretta', 'directo', 'relacja',
]);
const PAIRS = new Set(['en direct', 'en vivo', 'ao vivo', 'na zywo', 'na żywo', 'it happened', 'the latest', 'by minute', 'by ball', 'by play']);

/**
 * True when the URL's path looks like a live page: `/live/`, `-live-`, `/liveblog`, `diretta`,
 * `ticker`, `en-direct`, `liveticker`, `newsticker`, `relacja`, `as-it-happened`, `the-latest`,
 * `minute-by-minute`, `ball-by-ball`, `play-by-play`,
 * or a whole `/direct/` segment (not "/direct-debit-scams"). Query and fragment are ignored.
 */
export function hasLiveUrl(url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname).toLowerCase();
  } catch {
    return false;
  }
  const tokens = path.split(/[/_.-]+/);
  for (let i = 0; i < tokens.length; i++) {
    if (TOKENS.has(tokens[i]!) || PAIRS.has(`${tokens[i - 1]} ${tokens[i]}`)) return true;
  }
  return path.includes('/direct/') || path.endsWith('/direct');
}
