/**
 * The news sites Liveblog Lens runs on by default, as registrable domains. The detector runs on
 * every page of these sites and stays invisible unless the page is a live blog; readers add
 * other sites from the toolbar button (an optional host permission, remembered per site).
 */
export const NEWS_DOMAINS: readonly string[] = [
  // United Kingdom
  'theguardian.com', 'bbc.co.uk', 'bbc.com', 'independent.co.uk', 'mirror.co.uk', 'express.co.uk',
  'dailystar.co.uk', 'manchestereveningnews.co.uk', 'liverpoolecho.co.uk', 'walesonline.co.uk',
  'birminghammail.co.uk', 'chroniclelive.co.uk', 'dailyrecord.co.uk', 'bristolpost.co.uk',
  'mylondon.news', 'news.sky.com', 'telegraph.co.uk', 'thetimes.com', 'thetimes.co.uk',
  'dailymail.co.uk', 'thesun.co.uk', 'standard.co.uk', 'ft.com', 'inews.co.uk', 'metro.co.uk',
  'huffingtonpost.co.uk', 'itv.com', 'channel4.com', 'scotsman.com', 'heraldscotland.com',
  'eveningstandard.co.uk', 'yorkshirepost.co.uk', 'belfasttelegraph.co.uk', 'newstatesman.com',
  'spectator.co.uk', 'gbnews.com',
  // Ireland
  'irishtimes.com', 'independent.ie', 'rte.ie', 'thejournal.ie', 'irishexaminer.com',
  'corkbeo.ie', 'dublinlive.ie', 'irishmirror.ie', 'breakingnews.ie', 'irishnews.com',
  // United States
  'cnn.com', 'nytimes.com', 'washingtonpost.com', 'apnews.com', 'reuters.com', 'nbcnews.com',
  'cbsnews.com', 'abcnews.go.com', 'foxnews.com', 'usatoday.com', 'wsj.com', 'bloomberg.com',
  'politico.com', 'npr.org', 'latimes.com', 'axios.com', 'thehill.com', 'nypost.com',
  'theatlantic.com', 'yahoo.com', 'cnbc.com', 'espn.com', 'huffpost.com', 'newsweek.com',
  'time.com', 'chicagotribune.com', 'bostonglobe.com', 'sfchronicle.com', 'vox.com',
  // Europe and international
  'aljazeera.com', 'euronews.com', 'france24.com', 'dw.com', 'lemonde.fr', 'lefigaro.fr',
  'liberation.fr', 'ouest-france.fr', 'francetvinfo.fr', 'spiegel.de', 'zeit.de', 'faz.net',
  'sueddeutsche.de', 'tagesschau.de', 'welt.de', 'bild.de', 'n-tv.de', 'stern.de', 'nzz.ch',
  'srf.ch', 'tagesanzeiger.ch', 'derstandard.at', 'orf.at', 'repubblica.it', 'corriere.it',
  'lastampa.it', 'ilpost.it', 'sky.it', 'rainews.it', 'elpais.com', 'elmundo.es', 'rtve.es',
  'lavanguardia.com', 'publico.pt', 'nos.nl', 'nu.nl', 'volkskrant.nl', 'hln.be', 'vrt.be',
  'lesoir.be', 'wp.pl', 'onet.pl', 'gazeta.pl', 'tvn24.pl', 'svt.se', 'dn.se', 'aftonbladet.se',
  'nrk.no', 'vg.no', 'dr.dk', 'politiken.dk', 'yle.fi', 'kyivindependent.com', 'politico.eu',
  'kathimerini.gr', 'ekathimerini.com',
  // India
  'timesofindia.indiatimes.com', 'indiatimes.com', 'hindustantimes.com', 'thehindu.com',
  'indianexpress.com', 'ndtv.com', 'news18.com', 'livemint.com', 'india.com', 'firstpost.com',
  'business-standard.com', 'economictimes.com', 'deccanherald.com', 'scroll.in', 'thequint.com',
  // Australia and New Zealand
  'abc.net.au', 'smh.com.au', 'theage.com.au', 'news.com.au', 'theaustralian.com.au',
  'sbs.com.au', '9news.com.au', '7news.com.au', 'afr.com', 'brisbanetimes.com.au',
  'watoday.com.au', 'nzherald.co.nz', 'stuff.co.nz', 'rnz.co.nz',
  // Canada and elsewhere
  'cbc.ca', 'theglobeandmail.com', 'ctvnews.ca', 'globalnews.ca', 'thestar.com',
  'straitstimes.com', 'scmp.com', 'japantimes.co.jp', 'timesofisrael.com', 'haaretz.com',
  'news24.com', 'sportowefakty.wp.pl',
];

/** Match patterns (`*://*.example.com/*` and `*://example.com/*`) for the manifest. */
export function newsMatchPatterns(domains: readonly string[] = NEWS_DOMAINS): string[] {
  const patterns = new Set<string>();
  for (const domain of domains) {
    patterns.add(`*://${domain}/*`);
    patterns.add(`*://*.${domain}/*`);
  }
  return [...patterns];
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function isHostIn(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}
