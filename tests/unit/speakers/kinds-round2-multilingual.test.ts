// The second round's kinds in German, French, Italian, Spanish and Polish, in sentences written for
// this test in the style of each language's live blogs and tickers.
import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';
import { entry, speakersIn, type Para } from './helpers';

const speakers = speakersIn;
function blog(lang: string, entries: Array<[string, Para[]]>): string[][] {
  const es = entries.map(([title, paras]) => entry(title, paras));
  const r = findSpeakers(es, LEXICONS[lang]);
  return es.map((e) => r.perEntry.get(e.id)!.speakers);
}

describe('a second predicate of the clause speaks for its subject', () => {
  it.each([
    ['it', 'Il premier Marco Galli ha incontrato i sindacati e ha detto che la riforma andrà avanti.', ['Marco Galli']],
    ['it', 'Il ministro della Protezione civile Nello Ferri ha sentito i sindaci e ha assicurato il pieno sostegno.', ['Nello Ferri']],
    ['de', 'Kanzler Jonas Keller besuchte Kiew und sagte, die Hilfe gehe weiter.', ['Jonas Keller']],
    ['fr', 'Le Premier ministre Julien Morel a visité l’usine et a déclaré que les emplois seraient sauvés.', ['Julien Morel']],
    ['es', 'El presidente Pablo Ortega visitó la zona y dijo que habrá ayudas.', ['Pablo Ortega']],
    ['pl', 'Premier Adam Nowicki odwiedził Gdańsk i powiedział, że pomoc dotrze szybko.', ['Adam Nowicki']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('a role description for someone named earlier in the entry or the blog', () => {
  it('Italian: "il primo ministro" and "la premier" after the name', () => {
    expect(speakers('it', ['Il primo ministro Marco Galli ha incontrato la segretaria Anna Riva. Il primo ministro ha espresso preoccupazione per la crisi.'])).toEqual(['Marco Galli']);
    expect(blog('it', [['', ['La premier Giorgia Ferri è arrivata a Ravenna.']], ['Ferri: "Il governo c’è"', ['La premier ha espresso vicinanza alle popolazioni colpite.']]])[1]).toEqual(['Giorgia Ferri']);
  });

  it('German and French: the blog gives the role, the entry the surname', () => {
    expect(blog('de', [['', ['Bundeskanzler Jonas Keller reiste nach Passau.']], ['Keller in Passau', ['Der Bundeskanzler betonte, der Wiederaufbau werde Jahre dauern.']]])[1]).toEqual(['Jonas Keller']);
    expect(blog('fr', [['', ['La ministre Claire Dubois est arrivée à Arras.']], ['Dubois sur place', ['La ministre a estimé que la crue était exceptionnelle.']]])[1]).toEqual(['Claire Dubois']);
  });
});

describe('speech through a document', () => {
  it.each([
    ['it', '"La tregua è vicina", si legge in una nota firmata da Marco Galli.', ['Marco Galli']],
    ['it', 'Il ministro Marco Galli – si legge ancora – ha illustrato il piano per la ricostruzione.', ['Marco Galli']],
    ['it', 'In una nota, il ministro Marco Galli ha definito l’attacco inaccettabile.', ['Marco Galli']],
    ['it', 'Lo rende noto la Farnesina in una nota del ministero.', []],
    ['de', 'In einer Erklärung von Aussenministerin Petra Hahn hiess es, die Lage sei ernst.', ['Petra Hahn']],
    ['fr', 'Selon un communiqué de la ministre Claire Dubois, les écoles resteront fermées.', ['Claire Dubois']],
    ['es', 'Según un comunicado de la alcaldesa Lucía Romero, el metro funcionará con normalidad.', ['Lucía Romero']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('the subject after the verb, past an auxiliary or a short phrase', () => {
  it.each([
    ['it', '"Sono felice per l’esito" ha commentato il vicepremier e ministro degli Esteri Marco Galli.', ['Marco Galli']],
    ['it', '"Era tutta sola", racconta in lacrime Linda Sarti.', ['Linda Sarti']],
    ['it', 'Lo ha fatto sapere il portavoce militare Daniel Roth.', ['Daniel Roth']],
    ['fr', '« On a manqué d’efficacité », a reconnu Rudi Garnier après le match.', ['Rudi Garnier']],
    ['pl', '"To był trudny mecz" – przyznał po spotkaniu Bartosz Zieliński.', ['Bartosz Zieliński']],
    ['pl', '– Tor był trudny – powiedział w rozmowie z nSport+ Bartosz Zieliński.', ['Bartosz Zieliński']],
    ['de', 'Die Lage sei ernst, sagte dem Sender ein Sprecher der Armee.', []],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('constructions of one language', () => {
  it.each([
    ['de', 'Wie Verteidigungsminister Jonas Keller mitteilte, wurden drei Soldaten verletzt.', ['Jonas Keller']],
    ['de', 'Der Hisbollah-Chef Hassan Amiri kündigte an, den Angriff fortzusetzen.', ['Hassan Amiri']],
    ['de', '"Das Wasser kam in einer Stunde", erzählt Rentner Josef Huber aus Fischerdorf.', ['Josef Huber']],
    ['de', 'Der Landrat von Deggendorf, Bernd Sibler, sagte dem Bayerischen Rundfunk, die Helfer seien erschöpft.', ['Bernd Sibler']],
    ['de', 'Aussenministerin Petra Hahn machte deutlich, dass Berlin an der Seite Kiews stehe.', ['Petra Hahn']],
    ['fr', 'Pour Julien Morel, « la réforme est nécessaire ».', ['Julien Morel']],
    ['fr', 'Pour Florence Luce, présidente de France Assureurs, « les indemnisations seront rapides ».', ['Florence Luce']],
    ['fr', 'Claire Dubois a fait savoir qu’elle ne serait pas candidate.', ['Claire Dubois']],
    ['it', 'Per il climatologo Luca Merli, "eventi come questo diventeranno la norma".', ['Luca Merli']],
    ['es', 'Para la alcaldesa Lucía Romero, "la ciudad está preparada".', ['Lucía Romero']],
    ['pl', 'Bartosz Zieliński przyznał, że tor był trudny.', ['Bartosz Zieliński']],
    ['pl', 'Trener Stali Stanisław Chomik ocenił, że jego zawodnicy pojechali słabo.', ['Stanisław Chomik']],
    ['pl', 'Według trenera Jana Kowala drużyna jest gotowa.', ['Jan Kowal']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('reads a headline "Name:" after a ticker’s leading time, and "Name po meczu: – …"', () => {
    expect(blog('fr', [['', ['La ministre Claire Dubois est à Arras.']], ['11h30 - Dubois : « Il faut adapter nos villes »', ['Elle était à Arras ce matin.']]])[1]).toEqual([
      'Claire Dubois',
    ]);
    expect(speakers('pl', ['Maciej Janik po meczu: – Jestem zadowolony z wyniku.'])).toEqual(['Maciej Janik']);
  });
});

describe('journalists', () => {
  it.each([
    ['it', 'Il nostro inviato Marco Ferri riferisce che l’acqua ha raggiunto il primo piano.'],
    ['de', 'Unsere Reporterin Anna Berger berichtet, dass die Dämme halten.'],
    ['fr', 'Notre envoyé spécial Thomas Leroy a dit que les rues étaient sous l’eau.'],
    ['pl', 'Nasz reporter Piotr Nowak relacjonuje z Nysy, że wał wytrzymuje.'],
  ])('[%s] %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});
