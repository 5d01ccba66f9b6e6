/**
 * The language a live blog is written in, for loading that language's speaker lexicon only: the
 * page's own declaration first (`<html lang>`, JSON-LD `inLanguage`, `og:locale`,
 * `Content-Language`), then the text itself (frequent function words), which also settles a
 * declaration the page got wrong (an English template around a German ticker).
 */

/** Languages the speaker finder has lexicons for. */
export const SPEAKER_LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'pl'] as const;
export type SpeakerLanguage = (typeof SPEAKER_LANGUAGES)[number];

// Frequent words that are frequent in one of the languages only (words shared by two, like "a",
// "in", "la" or "die", are left out so that each counts for one language).
const MARKERS: Record<SpeakerLanguage, ReadonlySet<string>> = {
  en: new Set('the and of is was that with for are were has have said this from by he she they not would which'.split(' ')),
  de: new Set('und der das ist nicht sich mit den dem des ein eine zu auf für wurde sei sagte nach auch wie'.split(' ')),
  fr: new Set('le les et des est une pour dans qui sur pas au aux il elle ne avec ce ses été selon'.split(' ')),
  it: new Set('il di che è della del per una sono non con gli delle alla nel ha hanno anche come più'.split(' ')),
  es: new Set('el los las del que y en por con para una es se su al lo según fue más pero'.split(' ')),
  pl: new Set('i w z na się nie że jest do od po jak przez dla oraz był była są także według'.split(' ')),
};

/** The supported language of a language tag ("it-IT", "de_CH", "EN"), or null. */
export function languageOfTag(tag: string | null | undefined): SpeakerLanguage | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SPEAKER_LANGUAGES as readonly string[]).includes(primary) ? (primary as SpeakerLanguage) : null;
}

/** Each marker word's languages, in SPEAKER_LANGUAGES order ("il" is French and Italian); made on first use. */
let markerLanguages: Map<string, SpeakerLanguage[]> | null = null;
function markerIndex(): Map<string, SpeakerLanguage[]> {
  if (markerLanguages) return markerLanguages;
  markerLanguages = new Map();
  for (const lang of SPEAKER_LANGUAGES) for (const word of MARKERS[lang]) (markerLanguages.get(word) ?? markerLanguages.set(word, []).get(word)!).push(lang);
  return markerLanguages;
}

/** What separates words: anything but letters and the apostrophe. */
const NOT_WORD = /[^\p{L}']+/u;

interface Tally {
  counts: Map<SpeakerLanguage, number>;
  best: SpeakerLanguage | null;
  words: number;
}

/**
 * Marker words per language in `text` (up to `maxWords` words, enough to decide). One split and
 * one look-up per word: the reader runs this on 20 KB of entries at its start, where an iterator
 * of regex matches and a set per language cost several ms of a cold script.
 */
function tally(text: string, maxWords = 4000): Tally {
  const counts = new Map<SpeakerLanguage, number>();
  const index = markerIndex();
  let words = 0;
  for (const word of text.toLowerCase().split(NOT_WORD)) {
    if (!word) continue; // the split's ends
    if (++words > maxWords) break;
    const langs = index.get(word);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: SpeakerLanguage | null = null;
  let n = 0;
  for (const [lang, c] of counts) if (c > n) [best, n] = [lang, c];
  return { counts, best, words };
}

/** The language a tally reads clearly, or null when the text is too short or in none of them. */
function tallied({ counts, best, words }: Tally): SpeakerLanguage | null {
  if (!best || words < 20) return null;
  const n = counts.get(best)!;
  const second = Math.max(0, ...[...counts].filter(([l]) => l !== best).map(([, c]) => c));
  // Marker words make up a tenth or more of a text in their language, and clearly more than
  // those of any other (Dutch shares "is" with English and "de" with Spanish and French).
  return n / words >= 0.1 && n >= 1.5 * second ? best : null;
}

/**
 * The language of `text` among the supported ones, or null when it is too short or in none of
 * them.
 */
export function textLanguage(text: string): SpeakerLanguage | null {
  return tallied(tally(text));
}

/** `inLanguage` of the page's JSON-LD, read from the raw script text (no parse needed). */
function jsonLdLanguage(doc: Document): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"inLanguage"\s*:\s*(?:"([^"]{2,20})"|\{[^}]*"(?:name|alternateName)"\s*:\s*"([^"]{2,20})")/.exec(s.textContent ?? '');
    if (m) return m[1] ?? m[2] ?? null;
  }
  return null;
}

/** What the page declares: `<html lang>`, JSON-LD, `og:locale`, `Content-Language`. */
export function declaredLanguage(doc: Document): string | null {
  const html = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang');
  if (html?.trim()) return html.trim();
  const ld = jsonLdLanguage(doc);
  if (ld) return ld;
  const meta = doc.querySelector('meta[property="og:locale"], meta[http-equiv="content-language" i], meta[name="language" i]');
  return meta?.getAttribute('content')?.trim() || null;
}

/**
 * The blog's language: the declared one, unless the text (`sample`, best the entries' text, else
 * the body's) reads clearly as another supported language (twice its marker words); without a
 * supported declaration, the text's language. Null when neither is a supported language.
 */
export function blogLanguage(doc: Document, sample?: string): SpeakerLanguage | null {
  const declared = languageOfTag(declaredLanguage(doc));
  const text = sample ?? (doc.body?.textContent ?? '').slice(0, 30_000);
  const counted = tally(text);
  const read = tallied(counted);
  if (!declared || !read || read === declared) return read ?? declared;
  const { counts } = counted;
  return (counts.get(read) ?? 0) >= 2 * (counts.get(declared) ?? 0) ? read : declared;
}

/** How much of the first entries' text `entrySample` reads (the reader asks for a lexicon once it has this much). */
export const SAMPLE_CHARS = 20_000;

/** Text of the first entries, to tell the blog's language by (the page around them is template). */
export function entrySample(entries: Iterable<{ title: string; text: string }>): string {
  let out = '';
  for (const e of entries) {
    out += ` ${e.title} ${e.text}`;
    if (out.length > SAMPLE_CHARS) break;
  }
  return out;
}
