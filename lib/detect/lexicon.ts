// The words that publishers print around times and on live pages, per language, as data: a new
// language is a new line here, not new code. Lower case; the patterns built from them ignore
// case. Only what detection needs lives here, since this file ships in the detector on every page.

/** Words before a printed time: "Posted at 15:05", "Publié à 7h29", "Aktualisiert um 19.45 Uhr". */
export const LEAD_WORDS: Record<string, readonly string[]> = {
  en: ['posted', 'updated', 'published', 'last updated'],
  fr: ['publié', 'mis à jour', 'actualisé'],
  de: ['aktualisiert', 'veröffentlicht', 'zuletzt aktualisiert'],
  it: ['aggiornato', 'pubblicato', 'ultimo aggiornamento'],
  es: ['actualizado', 'publicado', 'última actualización'],
  pl: ['aktualizacja', 'zaktualizowano', 'opublikowano', 'godz.'],
};
/** The little word between a lead and the time: "at", "à", "um", "alle", "a las", "o". */
export const LEAD_LINKS: readonly string[] = ['at', 'à', 'a', 'um', 'alle', 'ore', 'a las', 'o'];

/**
 * Relative times, "4m ago", "il y a 5 min", "vor 10 Minuten", "5 minuti fa", "hace 5 minutos",
 * "há 5 minutos", "5 minut temu", "5 minuten geleden": the word before the amount, or after the
 * unit. Embedded platforms (Arena, 24liveblog) print them in the site's language.
 */
export const RELATIVE_BEFORE: readonly string[] = ['il y a', 'vor', 'hace', 'há'];
export const RELATIVE_AFTER: readonly string[] = ['ago', 'fa', 'temu', 'geleden'];
/**
 * Units of a relative time in all these languages, by first letter: seconds ("s", "sec", "Sek.",
 * "secondes", "segundos"), minutes ("m", "min", "Minuten", "minuti", "minut"), hours ("h", "hrs",
 * "heures", "Std.", "Stunden", "ore", "horas", "godz."; Dutch "uur" by name, as "vor 2 Uhr" is a clock).
 * Days and weeks are no stream's times.
 */
export const RELATIVE_UNIT = '(?:[smhog][a-zà-ż]*|uur)\\.?';

/**
 * Words in a page's title that say it is live: a gate, never a verdict. A page without one of
 * these, a live-looking URL or several `time` elements gets only the cheap native checks.
 */
export const LIVE_TITLE_WORDS: readonly string[] = [
  'live', 'liveblog', 'live blog', 'live updates', 'as it happened', 'minute by minute', 'ball by ball', 'play by play', 'latest', 'commentary', // en
  'en direct', 'direct', 'en continu', 'fil info', 'fil d\'actu', 'minute par minute', 'revivez', 'suivez', 'commenté', 'film du match', // fr
  'liveticker', 'live-ticker', 'ticker', 'newsticker', 'newsblog', 'minute für minute', 'zum nachlesen', '+++', // de
  'diretta', 'in diretta', 'minuto per minuto', // it
  'en directo', 'directo', 'en vivo', 'minuto a minuto', 'última hora', // es
  'na żywo', 'relacja', // pl
];

/**
 * Whole headings that label a live stream on the page ("Match en direct" over a match centre's
 * commentary, "Liveticker" over a ticker): a gate like the title words, for pages whose title
 * only names the match ("Nantes vs Rennes") and whose address says nothing. Compared with the
 * heading's whole text, lower case, hyphens as spaces, so that "Live music tonight" never counts.
 * Not a bare "Live": sites print it over their nav's box of live streams on every page (a sweep
 * of 2,367 pages: 7 of the 15 pages this gate opened, none live). No double quote in them: they
 * sit in an XPath string (quick.ts).
 */
export const LIVE_HEADINGS: readonly string[] = [
  'live updates', 'live blog', 'liveblog', 'live coverage', 'live commentary', 'live text', 'live ticker', 'minute by minute', 'as it happened', // en
  'en direct', 'direct', 'le direct', 'match en direct', 'le match en direct', 'commentaires en direct', 'minute par minute', 'le live', 'live commenté', // fr
  'liveticker', 'ticker', 'newsticker', 'newsblog', 'minute für minute', 'spiel im liveticker', // de
  'diretta', 'in diretta', 'la diretta', 'cronaca in diretta', 'minuto per minuto', // it
  'en directo', 'directo', 'en vivo', 'minuto a minuto', 'última hora', // es
  'na żywo', 'relacja na żywo', 'relacja live', // pl
];

/**
 * Month names and their short forms, for the date some sites print before an entry's clock
 * ("Nov 02, 2025 19:12 (IST)", "3. Juni 2024, 14.52 Uhr", "12 mars 2025 - 7h29").
 */
export const MONTHS: readonly string[] = [
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december', // en
  'janv', 'janvier', 'févr', 'février', 'mars', 'avr', 'avril', 'mai', 'juin', 'juil', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'déc', 'décembre', // fr
  'januar', 'februar', 'märz', 'juni', 'juli', 'okt', 'oktober', 'dez', 'dezember', // de
  'gen', 'gennaio', 'febbraio', 'marzo', 'aprile', 'mag', 'maggio', 'giu', 'giugno', 'lug', 'luglio', 'ago', 'agosto', 'set', 'settembre', 'ott', 'ottobre', 'novembre', 'dic', 'dicembre', // it
  'ene', 'enero', 'febrero', 'abr', 'abril', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre', // es
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', // pl
];

/** Hours printed as words, with their minute of the day: AP writes "Noon" and "Midnight", never "12 p.m.". */
export const NAMED_HOURS: Readonly<Record<string, number>> = { noon: 12 * 60, midnight: 0 };

/**
 * Breaks a match commentary prints in place of a minute, with their place on the match clock:
 * half time just after the 45th minute and its stoppage time, full time after everything.
 */
export const MATCH_BREAKS: Readonly<Record<string, number>> = {
  ht: 45.99, 'half-time': 45.99, 'half time': 45.99, mt: 45.99, 'mi-temps': 45.99, halbzeit: 45.99, descanso: 45.99, intervallo: 45.99,
  ft: 130, 'full-time': 130, 'full time': 130, tm: 130, 'fin du match': 130, abpfiff: 130,
  'fine primo tempo': 45.99, 'fine partita': 130, przerwa: 45.99, 'koniec meczu': 130, entretiempo: 45.99,
  // Kick-off, before the first minute.
  "coup d'envoi": 0, 'coup d’envoi': 0, anpfiff: 0, 'calcio d’inizio': 0, "calcio d'inizio": 0,
};
