// The blog key: one live blog must get one key however the reader arrived (a shared link with
// utm_*, a Guardian "page=with:block-…" link to an older page, a #fragment to one entry), or read
// and starred state would split across keys. A key also fits the store's limit on URLs, however
// long the address (a search or state blob in the query): one odd URL must not cost the reader
// their reading state.
import { LIMITS } from '../protocol/limits';

/** Query parameters that only say where a click came from. Compared lower-cased. */
const TRACKING = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'cmp', 'cmpid', 'cmp_id', 'icid', 'ito', 'ocid',
  'sref', 'smid', 'smtyp', 'ref', 'ref_src', 'ref_url', 'referrer', 'src', 'source', 'share',
  'shared', 'taid', 'mbid', 'xtor', 'wt.mc_id', 'wt_mc', 's_cid', 'int_source',
  'int_medium', 'int_campaign', 'int_content', 'fromurl', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', 'refresh_ce', 'amp_js_v', 'amp_gsa', 'usqp', 'outputtype', 'campaign_id',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'partner', 'rss',
  '__twitter_impression', 'mod', 'trk', 'cb', '_',
]);

/** Prefixes of tracking families (`utm_source`, `at_medium`, `at_custom1`, `hsa_acc`, `pk_kwd`...). */
const TRACKING_PREFIX = /^(?:utm_|at_|hsa_|pk_|mtm_|matomo_|vero_|oly_|__hs|_hs|ga_|li_|stm_)/;

/** View parameters: which page or filter of the same blog is shown. */
const VIEW = new Set(['pageid', 'pagenumber', 'filterkeyevents', 'topics']);

/** `page=2`, `page=with:block-64…`, `page=older`: pagination, not a different blog. */
const PAGE_VALUE = /^(?:\d+|with:.*|older|newer|latest|oldest)$/i;

/**
 * The blog key of a page URL: https, no fragment, no tracking, pagination or view parameters, the
 * remaining parameters sorted. Idempotent (`blogKey(blogKey(u)) === blogKey(u)`), so a key sent
 * back by a page can be re-keyed safely. Throws a TypeError for anything but an http(s) URL.
 */
export function blogKey(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new TypeError(`Not a web page URL: ${url.slice(0, 80)}`);
  // News sites serve the same blog on both; the key must not depend on how the link was typed.
  u.protocol = 'https:';
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept: Array<[string, string]> = [];
  for (const [name, value] of u.searchParams) {
    const lower = name.toLowerCase();
    if (TRACKING.has(lower) || TRACKING_PREFIX.test(lower) || VIEW.has(lower)) continue;
    if ((lower === 'page' || lower === 'pg') && PAGE_VALUE.test(value)) continue;
    kept.push([name, value]);
  }
  // Sorted so that the same parameters in another order give the same key.
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const search = () => (kept.length ? `?${new URLSearchParams(kept).toString()}` : '');
  u.search = search();
  // Too long to store: the longest parameters go first (a long value is a search or a state blob,
  // not which blog this is). What is left fits again, so the key stays idempotent.
  while (u.href.length > LIMITS.url && kept.length) {
    let longest = 0;
    kept.forEach(([n, v], i) => n.length + v.length > kept[longest]![0].length + kept[longest]![1].length && (longest = i));
    kept.splice(longest, 1);
    u.search = search();
  }
  if (u.href.length > LIMITS.url) throw new TypeError(`A web page URL too long to keep: ${url.slice(0, 80)}…`);
  return u.href;
}

/** `blogKey(url)`, or null when the URL is not an http(s) URL. */
export function tryBlogKey(url: string): string | null {
  try {
    return blogKey(url);
  } catch {
    return null;
  }
}
