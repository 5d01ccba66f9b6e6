// The ninth round's kinds in Polish, German, French, Spanish and Italian (issue 10), in sentences
// written for this test in the style of each language's live blogs, with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { entry, speakersIn } from './helpers';
import { findSpeakers } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';

const speakers = speakersIn;

describe('a colon lead whose subject follows the verb: the person named last before the colon speaks', () => {
  it.each([
    ['pl', 'Zadowolony był również Kamil Nowicki: – Zagraliśmy dobrze i to się liczy.', ['Kamil Nowicki']],
    ['pl', 'Głos zabrał także prezes klubu Piotr Lis: – Nie sprzedamy nikogo przed końcem sezonu.', ['Piotr Lis']],
    ['es', 'Menos contenta estaba Lucía Prado, que pierde el liderato: «Hoy no tenía piernas».', ['Lucía Prado']],
    ['de', 'Ganz anders sieht es Paul Fricke vom Verband der Chemischen Industrie: „Wir brauchen billigen Strom.“', ['Paul Fricke']],
    ['it', 'Di parere opposto è Marco Gentile dell\'Università di Padova: «Servono nuove casse di espansione».', ['Marco Gentile']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('the name after the verb, past a platform, is the subject of a colon into a blockquote', () => {
    expect(speakers('it', ['Le ha replicato su Facebook la presidente della Regione, Anna Ferri:', ['blockquote', '«Nessuno è stato lasciato solo.»']])).toEqual([
      'Anna Ferri',
    ]);
  });

  it.each([
    ['pl', 'Premier odpowiedział Nowakowi: – To nieprawda.', ''],
    ['es', 'Ha escrito a Pedro Sanz: «Te esperamos en casa».', ''],
    ['it', 'Il ministro ha scritto al sindaco, Mario Conti:', '«Arriveranno i fondi.»'],
    ['es', 'Nuestro enviado en Villa de Cruces: «Aquí no queda nadie».', ''],
  ])('left alone: the one written or answered to, or a place after a preposition (%s) %s', (lang, text, quote) => {
    expect(speakers(lang, quote ? [text, ['blockquote', quote]] : [text])).toEqual([]);
  });
});

describe('Polish: a left-out subject after a chain of prepositional phrases is the person just named', () => {
  it('"Na konferencji prasowej w Krakowie mówił:" is the minister of the sentence before', () => {
    expect(speakers('pl', ['Po meczu minister Nowak dziękował kibicom. Na konferencji prasowej w Krakowie mówił:', ['blockquote', '– To był dobry dzień dla nas wszystkich.']])).toEqual(['Nowak']);
  });

  it('a named subject keeps its verb across the same chain', () => {
    expect(speakers('pl', ['Selekcjoner Marek Zawisza na konferencji prasowej w Gdańsku powiedział, że drużyna jest gotowa.'])).toEqual(['Marek Zawisza']);
  });

  it('a participle\'s phrase may name someone in the oblique: "Lis zapytany o Kowalskiego odpowiedział"', () => {
    const lex = LEXICONS.pl;
    const first = entry('', ['Trener Marek Lis przyjechał na stadion.']);
    const second = entry('', ['Lis zapytany o Kowalskiego odpowiedział, że „to była decyzja taktyczna”.']);
    expect(findSpeakers([first, second], lex).perEntry.get(second.id)!.speakers).toEqual(['Marek Lis']);
  });
});

describe('an adverb between a reporting verb and its clause: "zapowiedziała już, że"', () => {
  it.each([
    ['pl', 'Posłanka Anna Wiśniewska zapowiedziała już, że jej klub złoży wniosek.', ['Anna Wiśniewska']],
    ['fr', 'La maire Claire Dumas a confirmé hier que les écoles rouvriront lundi.', ['Claire Dumas']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text], 'Spór trwa')).toEqual(want);
  });

  it('left alone: an announcement with no reported clause', () => {
    expect(speakers('pl', ['Posłanka Anna Wiśniewska zapowiedziała już konferencję prasową.'], 'Spór trwa')).toEqual([]);
  });
});

describe('Polish: a group in the genitive plural after a role is the role\'s domain, not its holder', () => {
  it.each([
    ['Trener Duńczyków: zabrakło nam sił w końcówce'],
    ['Kapitan Niemców: przegraliśmy zasłużenie'],
  ])('%s', (title) => {
    expect(speakers('pl', ['Mecz zakończył się o 22.'], title)).toEqual([]);
  });

  it('the colours of a team too, and the role\'s holder named later still speaks', () => {
    const lex = LEXICONS.pl;
    const first = entry('', ['Selekcjoner Biało-Czerwonych na konferencji prasowej:', ['blockquote', '– Jestem zadowolony z wyniku, ale nie z gry.']]);
    expect(findSpeakers([first], lex).perEntry.get(first.id)!.speakers).toEqual([]);
    expect(speakers('pl', ['Trener Górecki powiedział, że jest zadowolony.'])).toEqual(['Górecki']);
  });
});

describe('a post on a platform, then a colon into the words posted', () => {
  it.each([
    ['it', 'La sindaca di Lecce, Carla Ferri, ha pubblicato su Instagram una foto: «Da lunedì si torna a scuola».', ['Carla Ferri']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('left alone: a photo posted with no words', () => {
    expect(speakers('it', ['La sindaca di Lecce, Carla Ferri, ha pubblicato su Instagram una foto del cantiere.'])).toEqual([]);
  });
});

describe('the blog\'s own reporter named after "our" and a phrase of place narrates: no speaker', () => {
  it.each([
    ['es', 'Nuestro enviado al puerto de Vigo, Andrés Pazos, cuenta que los estibadores siguen en la puerta. Un veterano que prefiere no dar su nombre reconoce que «nadie sabe cuánto durará esto».'],
    ['es', 'Nuestra compañera en la grada, Elena Vidal, nos cuenta que el estadio está medio vacío. «Hace un frío tremendo», relata.'],
    ['it', 'La nostra inviata a Trieste, Giulia Benussi, racconta che «la bora non dà tregua».'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it('left alone: a person the reporter reports on still speaks', () => {
    expect(speakers('es', ['Nuestro enviado, Luis Gil, cuenta que la alcaldesa, Marta Soto, ha dicho que «nadie se quedará solo».'])).toEqual(['Marta Soto']);
  });
});

describe('Polish: "według" takes the genitive, so a nominative name after its phrase is the next clause\'s subject', () => {
  it('"Według tych danych Anna Nowak zdobyła" names no source', () => {
    expect(speakers('pl', ['Według tych danych Małgorzata Lis zdobyła 51 proc. głosów, a Jan Wrona 49 proc.'])).toEqual([]);
  });

  it('left alone: "według Anny Nowak" names her', () => {
    expect(speakers('pl', ['Według Małgorzaty Lis frekwencja będzie wysoka.'])).toEqual(['Małgorzata Lis']);
  });
});

describe('Polish: data of this round (nationalities glued to names, bodies in the genitive, addressing a crowd)', () => {
  it('"Austriak Lukas Brunner" is Lukas Brunner', () => {
    expect(speakers('pl', ['Austriak Lukas Brunner powiedział, że skocznia była w świetnym stanie.'])).toEqual(['Lukas Brunner']);
  });

  it('a chairman of a body in the genitive is no person named "Komisji Wyborczej"', () => {
    expect(speakers('pl', ['Przewodniczący Miejskiej Komisji Wyborczej w Radomiu przekazał, że spłynęły wszystkie protokoły.'])).toEqual([]);
  });

  it('"zwrócił się do zgromadzonych:" leads into his words', () => {
    expect(speakers('pl', ['Piotr Wilczek zwrócił się do zgromadzonych w sztabie:', ['blockquote', 'Ta noc będzie długa, ale wygramy.']])).toEqual(['Piotr Wilczek']);
  });

  it('a relative clause and an adverbial between the subject and the verb', () => {
    expect(speakers('pl', ['Anna Zając, która po pierwszym dniu zajmuje trzecie miejsce, w rozmowie z dziennikarzami przyznała, że liczy na medal.'])).toEqual(['Anna Zając']);
  });
});

describe('places and bodies read as people: German states and cities, a company acronym, "la fédération X"', () => {
  it.each([
    ['de', '„Wir kämpfen um jeden Job“, sagte der Bezirksleiter Niedersachsen, Uwe Held.', ['Uwe Held']],
    ['de', 'Nach Angaben von DB Netz fahren keine Züge mehr.', []],
    ['fr', 'Côté banques, la fédération Banques Régionales estime qu’il est « prématuré » de conclure.', []],
    ['fr', 'Le syndicat Sud Rail a annoncé que la grève continue.', []],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('a station named by its city is no person in a headline', () => {
    expect(speakers('de', ['„Ich komme heute nicht zur Arbeit“, sagt Pendlerin Lisa Kern.'], 'Köln Hauptbahnhof: volle Bahnsteige')).toEqual(['Lisa Kern']);
  });

  it.each([
    ['fr', 'Le ministre de la santé Jean Dupont a dit que « tout va bien ».', ['Jean Dupont']],
    ['de', 'Jens Essen sagte, der Zug sei pünktlich.', ['Jens Essen']],
  ])('left alone: a domain before a name, a surname that is also a city (%s) %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('"come ha ricordato X", "como ha dicho X": an "as X said" clause names its source', () => {
  it.each([
    ['it', 'Come ha ricordato stamattina il sindaco Marco Bianchi, il bacino di Caldogno ha funzionato.', ['Marco Bianchi']],
    ['es', 'Como ha recordado la alcaldesa Marta Soto, el embalse ha funcionado.', ['Marta Soto']],
    ['es', 'Como ha dicho hoy Pedro Gil, el embalse ha funcionado.', ['Pedro Gil']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['it', 'Come ha detto il ministro, il bacino ha funzionato e Marco Bianchi lo sa.'],
    ['es', 'Como ha explicado el informe, Pedro Gil perdió el control.'],
  ])('left alone: the source is no person, a name later in the sentence is not it (%s) %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});

describe('Polish: after a dash quote, two prepositional phrases and a role may stand between the verb and the name', () => {
  it('"– … – mówił przed wejściem na salę plenarną minister rozwoju X"', () => {
    expect(speakers('pl', ['– To jest budżet rozwoju. Rozwoju miast i wsi – mówił przed wejściem na salę plenarną minister rozwoju Jan Wilk.'])).toEqual(['Jan Wilk']);
  });

  it('left alone: a name in the instrumental after the phrase is whom he spoke with', () => {
    expect(speakers('pl', ['– To jest budżet rozwoju – mówił w długiej rozmowie na antenie radia z Janem Wilkiem.'])).toEqual([]);
  });
});

describe('"Pour X, …" gives X\'s view: X is the antecedent of the pronoun that follows', () => {
  it('"« … », estime-t-elle" after "Pour Anne Roux, spécialiste …," is hers, not the headline\'s unnamed expert', () => {
    expect(speakers('fr', [
      'Pour Anne Roux, spécialiste du transport aérien, la panne montre une fragilité.',
      '« Il existe des secours, mais ils sont limités », estime-t-elle.',
    ], '« Une fragilité connue », selon une spécialiste')).toEqual(['Anne Roux']);
  });

  it('left alone: the view without words of its own makes no speaker', () => {
    expect(speakers('fr', ['Pour Anne Roux, la panne montre une fragilité.'])).toEqual([]);
  });
});
