// The names readers know publishers by, for the site slugs the detector stores ("guardian" ->
// "The Guardian"). Shown in the library (rows, the site filter); exports keep the slug, which is
// what a re-import matches on. Data, not code: a publisher missing here shows its slug.

/** Display name per stored site slug (see `siteName` in markers.ts for how slugs are made). */
export const SITE_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  guardian: 'The Guardian', theguardian: 'The Guardian', bbc: 'BBC News', independent: 'The Independent',
  mirror: 'Daily Mirror', express: 'Daily Express', dailystar: 'Daily Star', manchestereveningnews: 'Manchester Evening News',
  liverpoolecho: 'Liverpool Echo', walesonline: 'WalesOnline', birminghammail: 'Birmingham Mail', chroniclelive: 'ChronicleLive',
  dailyrecord: 'Daily Record', telegraph: 'The Telegraph', thetimes: 'The Times', dailymail: 'Daily Mail', thesun: 'The Sun',
  standard: 'Evening Standard', ft: 'Financial Times', inews: 'The i Paper', metro: 'Metro', sky: 'Sky News', itv: 'ITV News',
  irishtimes: 'The Irish Times', rte: 'RTÉ', thejournal: 'TheJournal.ie',
  cnn: 'CNN', nytimes: 'The New York Times', washingtonpost: 'The Washington Post', apnews: 'AP News', reuters: 'Reuters',
  nbcnews: 'NBC News', cbsnews: 'CBS News', foxnews: 'Fox News', usatoday: 'USA Today', wsj: 'The Wall Street Journal',
  bloomberg: 'Bloomberg', politico: 'Politico', npr: 'NPR', latimes: 'Los Angeles Times', axios: 'Axios', cnbc: 'CNBC',
  aljazeera: 'Al Jazeera', euronews: 'Euronews', france24: 'France 24', dw: 'DW', lemonde: 'Le Monde', lefigaro: 'Le Figaro',
  liberation: 'Libération', francetvinfo: 'franceinfo', spiegel: 'Der Spiegel', zeit: 'Die Zeit', faz: 'FAZ',
  sueddeutsche: 'Süddeutsche Zeitung', tagesschau: 'tagesschau', welt: 'Die Welt', bild: 'Bild', nzz: 'NZZ', srf: 'SRF',
  derstandard: 'Der Standard', repubblica: 'la Repubblica', corriere: 'Corriere della Sera', lastampa: 'La Stampa',
  ilpost: 'Il Post', rainews: 'RaiNews', elpais: 'El País', elmundo: 'El Mundo', rtve: 'RTVE', timesofindia: 'The Times of India',
  sportowefakty: 'SportoweFakty', onet: 'Onet', gazeta: 'Gazeta.pl', tvn24: 'TVN24', wp: 'Wirtualna Polska',
};

/** The name to show for a stored site slug: the publisher's name when known, else the slug itself. */
export function siteDisplayName(slug: string): string {
  return Object.prototype.hasOwnProperty.call(SITE_DISPLAY_NAMES, slug) ? SITE_DISPLAY_NAMES[slug]! : slug;
}
