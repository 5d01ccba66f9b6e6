// The eleventh round's kinds, continued (kinds-round11-multilingual.test.ts is full): Polish cases
// and the blog's own reporters, in sentences written for this test, with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { entry, speakersIn, type Para } from './helpers';
import { findSpeakers } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';

const speakers = speakersIn;
const blog = (lang: string, texts: string[]) => {
  const es = texts.map((t) => entry('', [t]));
  const r = findSpeakers(es, LEXICONS[lang]);
  return es.map((e) => r.perEntry.get(e.id)!.speakers);
};

describe('Polish: a name after a title in the genitive ("trenera Nowaka") is an object or an owner, never the subject', () => {
  it.each([
    ['Prezes Jan Lis stwierdził, że to „historyczny dzień”, i podkreślił rolę trenera Nowaka.', ['Jan Lis']],
    ['Jan Lis pochwalił trenera Nowaka za „świetną robotę”.', []],
    ['Trener Adam Nowak powiedział, że „drużyna jest gotowa”.', ['Adam Nowak']],
  ])('%s', (text, want) => {
    expect(speakers('pl', [text])).toEqual(want);
  });

  it('a headline "Trener Sikorskiej: …" is not the player\'s words', () => {
    expect(speakers('pl', ['Marek Kalina powiedział, że jego zawodniczka „spała jak dziecko”.'], 'Trener Sikorskiej: Basia jest spokojna')).toEqual(['Marek Kalina']);
  });
});

describe('Polish: a given name in the instrumental ("z Serbką Jeleną Petrović"), listed or not, is shown in the nominative without the nationality', () => {
  it.each([
    [['Sikorska zagra z Serbką Jeleną Petrović.', 'Jelena Petrović przyznała, że „była zmęczona”.', '„Było ciężko” – powiedziała Petrović.'], [[], ['Jelena Petrović'], ['Jelena Petrović']]],
    [['Sikorska zagra z Jeleną Petrović.', '„Było ciężko” – powiedziała Petrović.'], [[], ['Jelena Petrović']]],
    [['Sikorska zagra z Serbką Mileną Petrović.', 'Milena Petrović przyznała, że „była zmęczona”.', '„Było ciężko” – powiedziała Petrović.'], [[], ['Milena Petrović'], ['Milena Petrović']]],
    [['Sikorska zagra z Mileną Petrović.', '„Było ciężko” – powiedziała Petrović.'], [[], ['Milena Petrović']]],
  ])('%s', (texts, want) => {
    expect(blog('pl', texts)).toEqual(want);
  });
});

describe('"As our reporter X tells it, Y said": the reporter\'s role is not an appositive of Y, who is no journalist', () => {
  it.each([
    ['pl', ['Jan Kos powiedział, że „jest dobrze”.', 'Jak relacjonuje nasz reporter Adam Wilk, Kos po meczu przyznał, że „było ciężko”.'], [['Jan Kos'], ['Jan Kos']]],
    ['fr', ['Comme le raconte notre envoyé spécial Paul Girard, Luc Morel a reconnu que « c\'était dur ».'], [['Luc Morel']]],
    ['es', ['Como cuenta nuestro enviado especial Luis Gómez, Andrés Molina ha reconocido que «fue duro».'], [['Andrés Molina']]],
  ])('%s: %s', (lang, texts, want) => {
    expect(blog(lang, texts)).toEqual(want);
  });

  it.each([
    ['fr', 'Notre envoyé spécial à Kiev, Paul Girard, raconte : « Les sirènes ont retenti toute la nuit ».'],
    ['pl', 'Nasz reporter w Sejmie, Adam Wilk, relacjonuje, że „posłowie są podzieleni”.'],
  ])('left alone: the reporter in apposition before his own name: %s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});

describe('Polish: a role with its bare genitive domain ("Minister sportu X") opens a clause whose colon leads into the person\'s post', () => {
  it.each([
    [['Minister sportu Adam Bąk odniósł się do wyniku we wpisie na Facebooku:', ['blockquote', 'Gratuluję całej drużynie. To wielki dzień dla polskiego sportu.']], ['Adam Bąk']],
    [['Wczoraj minister sportu Adam Bąk odniósł się do wyniku we wpisie:', ['blockquote', 'Gratuluję całej drużynie. To wielki dzień dla polskiego sportu.']], ['Adam Bąk']],
  ] as Array<[Para[], string[]]>)('%s', (paras, want) => {
    expect(speakers('pl', paras)).toEqual(want);
  });

  it('left alone: the colon follows another person\'s name', () => {
    expect(speakers('pl', ['Minister sportu Adam Bąk odniósł się do wpisu Jana Lisa:', ['blockquote', 'Gratuluję całej drużynie. To wielki dzień dla polskiego sportu.']])).toEqual([]);
  });
});

describe('German: a quantifier ("Mehrere", "Zahlreiche") opening a plural subject is no first name', () => {
  it.each([
    ['Fluggesellschaften: Sonderflüge ab Freitag', 'Mehrere Fluggesellschaften bieten Urlaubern Sonderflüge an, sagte ein Sprecher.'],
    ['Helfer: Lage bleibt ernst', 'Zahlreiche Helfer berichteten, die Lage sei „dramatisch“.'],
  ])('%s / %s', (title, text) => {
    expect(speakers('de', [text], title)).toEqual([]);
  });
});

describe('a medium a preposition governs, glued before a given name ("à l\'AFP Pierre Morel"), leaves the person a person', () => {
  it.each([
    ['fr', '« Nous avons pleuré », a confié à l\'AFP Pierre Morel.', ['Pierre Morel']],
    ['es', '«Hemos llorado mucho», ha dicho a la SER Pedro Bianchi.', ['Pedro Bianchi']],
    ['it', '"Non abbiamo dormito per giorni", ha detto all\'ANSA Franco Bianchi.', ['Franco Bianchi']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('the full name so counted lets "il padre Franco" of another entry become the one Franco of the blog', () => {
    expect(blog('it', ['"Non abbiamo dormito per giorni". Così all\'ANSA Franco Bianchi, il padre di Marta.', 'Il padre Franco, all\'uscita dall\'aeroporto, ha detto che la famiglia "ha bisogno di silenzio".'])[1]).toEqual(['Franco Bianchi']);
  });

  it.each([
    ['it', 'Marta Bianchi è stata liberata ieri.', 'Il padre Franco ha detto che la famiglia "ha bisogno di silenzio".'],
    ['it', 'Franco Bianchi e Franco Neri sono arrivati.', 'Il padre Franco ha detto che la famiglia "ha bisogno di silenzio".'],
  ])('left alone: no single fuller name begins with the given name: %s: %s / %s', (lang, first, second) => {
    expect(blog(lang, [first, second])[1]).not.toContain('Franco Bianchi');
  });
});

describe('a word that is no given name, then a country ("Greenpeace France"), is a body\'s branch, not a person', () => {
  it.each([
    ['fr', 'Greenpeace France a dénoncé « une série noire ».'],
    ['it', 'Radio Italia ha annunciato che "il concerto è rinviato".'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });


  it.each([
    ['fr', 'Anatole France a dit que « la vie est belle ».', ['Anatole France']],
    ['en', 'Jack London said "the sea is cruel".', ['Jack London']],
  ])('left alone: a given name before the place: %s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('a place after a preposition and an article ("en La Rosaleda,") heads no appositive: the name after the comma is the subject', () => {
  it.each([
    ['es', ['Falta media hora para el inicio y el Estadio de La Rosaleda ofrece una imagen imponente.', 'La delegada de campo en La Rosaleda, Irene Casado, explica que el público no deja de silbar.'], [[], ['Irene Casado']]],
    ['es', ['Falta media hora para el inicio y el Estadio de La Rosaleda ofrece una imagen imponente.', 'Nuestra enviada especial en La Rosaleda, Irene Casado, explica que el público no deja de silbar.'], [[], []]],
  ])('%s: %s', (lang, texts, want) => {
    expect(blog(lang, texts)).toEqual(want);
  });
});

describe('French: a nationality or a region\'s people ("le Norvégien", "le Breton") is no name, before a name or for one', () => {
  it.each([
    ['Lucas Morel est parti en tête. Le Breton, deuxième du général, s\'est dit « en pleine forme ».', []],
    ['Le Norvégien Sven Morin a confié qu\'il se sentait « serein ».', ['Sven Morin']],
    ['André Breton a écrit que « la beauté sera convulsive ».', ['André Breton']],
  ])('%s', (text, want) => {
    expect(speakers('fr', [text])).toEqual(want);
  });
});
