// Paths that publishers use for live pages. A URL alone never makes a live blog ("how to watch
// live" articles match too): it only lets the structural check run.
const LIVE_PATH =
  /\/(?:live|live-news|live-updates|liveblog|live-blog|livecoverage|ticker|liveticker|diretta|direct|en-direct|directo|en-directo|relacja|live-ticker|newsticker)(?:\/|$|[-_.])|[-_/]live[-_/.]|[-_]live$|liveblog|live-?ticker|diretta|\/relacja\//i;

/** True when the URL's path looks like a live page (`/live/`, `-live-`, `/liveblog`, `diretta`, `ticker`...). */
export function hasLiveUrl(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return LIVE_PATH.test(path);
}
