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
 * "5 minut temu": the word before the amount, or after the unit.
 */
export const RELATIVE_BEFORE: readonly string[] = ['il y a', 'vor', 'hace'];
export const RELATIVE_AFTER: readonly string[] = ['ago', 'fa', 'temu'];
/**
 * Units of a relative time in all these languages, by first letter: seconds ("s", "sec", "Sek.",
 * "secondes", "segundos"), minutes ("m", "min", "Minuten", "minuti", "minut"), hours ("h", "hrs",
 * "heures", "Std.", "Stunden", "ore", "horas", "godz."). Days and weeks are no stream's times.
 */
export const RELATIVE_UNIT = '[smhog][a-zà-ż]*\\.?';

/**
 * Words in a page's title that say it is live: a gate, never a verdict. A page without one of
 * these, a live-looking URL or several `time` elements gets only the cheap native checks.
 */
export const LIVE_TITLE_WORDS: readonly string[] = [
  'live', 'liveblog', 'live blog', 'live updates', 'as it happened', 'minute by minute', 'ball by ball', 'play by play', 'latest', // en
  'en direct', 'direct', 'en continu', 'fil info', 'fil d\'actu', 'minute par minute', // fr
  'liveticker', 'live-ticker', 'ticker', 'newsticker', 'newsblog', 'minute für minute', '+++', // de
  'diretta', 'in diretta', 'minuto per minuto', // it
  'en directo', 'directo', 'en vivo', 'minuto a minuto', 'última hora', // es
  'na żywo', 'relacja', // pl
];
