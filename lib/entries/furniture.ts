// What sits inside or between entries without being any reader's text: share and follow
// widgets, newsletter boxes, promos and ads. Found by the names sites give them, and by the words
// they print, per language (data, not code). Only the reader loads this; the detector does not.

/**
 * Elements inside an entry that are widgets by their names: share bars, follow and newsletter
 * boxes, and a sports data provider's box of a player's figures (Opta's, in match tickers).
 */
export const WIDGETS =
  '[class*="share" i], [class*="follow" i], [class*="newsletter" i], [class*="subscribe" i], [class*="promo" i], [class*="advert" i], [class*="opta" i], ' +
  '[aria-label*="share" i], [data-share], [data-component*="share" i], [data-ad-unit], ins.adsbygoogle';

/** Words of share and follow widgets, per language: a line of nothing but these is a widget. */
export const SHARE_WORDS: Record<string, readonly string[]> = {
  any: ['facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest', 'messenger', 'bluesky', 'threads', 'email', 'e-mail', 'mail', 'sms', 'flipboard'],
  en: ['share', 'share link', 'share this', 'copy link', 'copy', 'link copied', 'tweet', 'print', 'follow', 'follow us', 'comments', 'comment', 'save'],
  fr: ['partager', 'copier le lien', 'lien copié', 'imprimer', 'suivre', 'commenter'],
  de: ['teilen', 'link kopieren', 'drucken', 'folgen', 'merken', 'kommentieren'],
  it: ['condividi', 'copia link', 'copia il link', 'stampa', 'segui', 'commenta'],
  es: ['compartir', 'copiar enlace', 'imprimir', 'seguir', 'comentar'],
  pl: ['udostępnij', 'kopiuj link', 'skopiuj link', 'drukuj', 'obserwuj', 'skomentuj'],
};

const SHARE = new Set(Object.values(SHARE_WORDS).flat());
const SHARE_PHRASES = [...SHARE].filter((w) => w.includes(' '));
/** Every word a widget line can open with: a share word, or a phrase's first word. */
const OPENERS = new Set([...SHARE].map((w) => w.split(' ')[0]!));
const FIRST_WORD = /^[\s|·•,/()]*([^\s|·•,/()]+)/;

/** True when a line is nothing but widget words ("facebook twitter Share Link", "Teilen"). */
export function isWidgetLine(text: string): boolean {
  // Every paragraph of every entry is asked: one that opens with any other word is answered
  // before the whole paragraph is lower-cased and split for each phrase.
  const first = FIRST_WORD.exec(text);
  if (!first || !OPENERS.has(first[1]!.toLowerCase())) return false;
  let rest = ` ${text.toLowerCase().replace(/[|·•,/()]+/g, ' ')} `;
  for (const phrase of SHARE_PHRASES) rest = rest.split(` ${phrase} `).join('  ');
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE.has(w));
}

/**
 * The footer an SEO plugin (Yoast) appends to every feed item, "The post <title> appeared first
 * on <site>.": where a site republishes a live blog from the source's feed, it trails the last
 * entry. Its words per language, as the plugin's translations print them: [opening, middle].
 */
export const FEED_FOOTERS: readonly (readonly [string, string])[] = [
  ['The post ', ' appeared first on '], // en
  ['Der Beitrag ', ' erschien zuerst auf '], // de
  ['L’article ', ' est apparu en premier sur '], ["L'article ", ' est apparu en premier sur '], // fr
  ["L'articolo ", ' sembra essere il primo su '], ['L’articolo ', ' sembra essere il primo su '], // it
  ['La entrada ', ' se publicó primero en '], // es
  ['O post ', ' apareceu primeiro em '], // pt
];

const FOOTER_OPENERS = new Set(FEED_FOOTERS.map(([open]) => open.split(' ')[0]!));
const OPENING_WORD = /^\s*(\S+)/;

/** True when a paragraph is nothing but a feed footer: opening, title, middle, and a site name. */
export function isFeedFooter(text: string): boolean {
  // Asked of every paragraph: one whose first word opens no footer is answered without squashing it.
  if (!FOOTER_OPENERS.has(OPENING_WORD.exec(text)?.[1] ?? '')) return false;
  const line = text.replace(/\s+/g, ' ').trim();
  return FEED_FOOTERS.some(([open, middle]) => {
    if (!line.startsWith(open)) return false;
    const at = line.lastIndexOf(middle);
    // The site's name ends the line: short, one clause (a sentence that merely starts "The post…" goes on).
    return at > open.length && /^[^,;:!?]{1,60}\.?$/.test(line.slice(at + middle.length));
  });
}

/** Labels of ad slots between entries, per language: a block that says only this is no entry. */
export const AD_LABELS: readonly string[] = [
  'advertisement', 'advert', 'ad', 'sponsored', 'sponsored content', 'promoted', 'partner content', // en
  'publicité', 'annonce', 'contenu sponsorisé', // fr
  'anzeige', 'werbung', // de
  'pubblicità', 'contenuto sponsorizzato', // it
  'publicidad', 'anuncio', 'contenido patrocinado', // es
  'reklama', 'materiał sponsorowany', 'artykuł sponsorowany', // pl
];

// Names of ads and promos in class and id words: "ad-slot", "promo", "advert", "sponsored", "outbrain",
// and boxes of links to other stories ("related").
const AD_NAME = /(?:^|[\s_-])(?:ads?|adslot|advert\w*|promo\w*|sponsor\w*|banner|outbrain|taboola|newsletter|related)(?:$|[\s_-])/i;

/**
 * True when a block between entries is an ad or a promo: named so (on itself or on the one
 * element it wraps), or saying nothing but an ad label.
 */
export function isAdOrPromo(block: Element): boolean {
  for (let el: Element | null = block; el; el = el.children.length === 1 ? el.firstElementChild : null) {
    if (AD_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  }
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return AD_LABELS.includes(text);
}
