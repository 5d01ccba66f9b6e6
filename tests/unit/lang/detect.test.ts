import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blogLanguage, declaredLanguage, languageOfTag, textLanguage } from '../../../lib/lang/detect';

const page = (head: string, body: string, lang = '') => parseHTML(`<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

const TEXT = {
  it: 'Il ministro ha detto che la situazione è grave e che il governo non ha ancora deciso. Secondo le fonti della Farnesina, il vertice si terrà nel pomeriggio con gli alleati.',
  de: 'Der Minister sagte, die Lage sei ernst und die Regierung habe noch nicht entschieden. Nach Angaben des Ministeriums ist das Treffen für den Nachmittag geplant.',
  en: 'The minister said the situation was serious and that the government had not yet decided. The meeting with the allies is expected this afternoon, officials said.',
  fr: 'Le ministre a déclaré que la situation est grave et que le gouvernement ne sait pas encore. Selon ses services, la réunion avec les alliés aura lieu dans la soirée.',
  es: 'El ministro dijo que la situación es grave y que el Gobierno no ha decidido todavía. Según fuentes del ministerio, la reunión con los aliados será por la tarde.',
  pl: 'Minister powiedział, że sytuacja jest poważna i że rząd nie podjął jeszcze decyzji. Według źródeł w ministerstwie spotkanie z sojusznikami odbędzie się po południu.',
};

describe('blog language', () => {
  it.each(Object.entries(TEXT))('reads %s from the text alone', (lang, text) => {
    expect(textLanguage(text)).toBe(lang);
    expect(blogLanguage(page('', `<p>${text}</p>`))).toBe(lang);
  });

  it('takes the declaration: <html lang>, then JSON-LD inLanguage, then og:locale', () => {
    expect(declaredLanguage(page('', '', ' lang="it-IT"'))).toBe('it-IT');
    expect(declaredLanguage(page('<script type="application/ld+json">{"@type":"LiveBlogPosting","inLanguage":"de-CH"}</script>', ''))).toBe('de-CH');
    expect(declaredLanguage(page('<meta property="og:locale" content="fr_FR">', ''))).toBe('fr_FR');
    expect(languageOfTag('de_CH')).toBe('de');
    expect(languageOfTag('nl-NL')).toBeNull();
    // Too little text to read: the declaration decides.
    expect(blogLanguage(page('', '<p>Diretta</p>', ' lang="it"'))).toBe('it');
  });

  it('lets clear text overrule a wrong declaration, and reads no unsupported language', () => {
    expect(blogLanguage(page('', `<p>${TEXT.de}</p>`, ' lang="en"'))).toBe('de');
    const dutch = 'De minister zei dat de situatie ernstig is en dat de regering nog niet heeft besloten. Volgens het ministerie is de vergadering vanmiddag gepland met de bondgenoten.';
    expect(blogLanguage(page('', `<p>${dutch}</p>`, ' lang="nl"'))).toBeNull();
  });
});
