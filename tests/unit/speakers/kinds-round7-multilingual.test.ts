// The seventh round's kinds in German, Spanish, French, Polish and Italian (issue 10), in sentences
// written for this test in the style of each language's live blogs, with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { blogSpeakers, entry, speakersIn } from './helpers';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';
import { findSpeakers } from '../../../lib/speakers/index';

const speakers = speakersIn;

/** Speakers of each paragraph-entry of one blog in a language. */
function blogIn(lang: string, entries: string[]): string[][] {
  const es = entries.map((text) => entry('', [text]));
  const r = findSpeakers(es, LEXICONS[lang]);
  return es.map((e) => r.perEntry.get(e.id)!.speakers);
}

describe('German: a person noun opening the sentence before a given name is no part of the name', () => {
  it.each([
    ['Meteorologin Karin Vogt sagte, der Regen lasse erst am Abend nach.', ['Karin Vogt']],
    ['Klimaforscher Holger Brandstätter warnte, die Pegel stiegen weiter.', ['Holger Brandstätter']],
    ['Experte Olaf Timmermann erklärte, die Deiche hielten.', ['Olaf Timmermann']],
    ['Die Deiche hielten, sagte Oberstaatsanwältin Ulrike Sommer.', ['Ulrike Sommer']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it('a town named with its word "Stadt" or "Gemeinde" speaks for nobody', () => {
    expect(speakers('de', ['Die Lage sei ruhig, teilte die Stadt Husum mit.'])).toEqual([]);
    expect(speakers('de', ['Die Gemeinde Lindau erklärte, die Fähre fahre wieder.'])).toEqual([]);
  });

  it('a headline opening with an ordinal and a noun is no "Name:" lead', () => {
    const e = entry('Neue Umfrage: Grüne legen zu', ['Die Grünen kommen in der Umfrage auf 14 Prozent.']);
    expect(findSpeakers([e], LEXICONS.de).perEntry.get(e.id)!.speakers).toEqual([]);
  });
});

describe('Spanish: a person with two surnames is called by the first', () => {
  it('a lone first surname in a later entry is the person named in full before', () => {
    expect(blogIn('es', [
      'Lucía Serrano Vidal, portavoz de la plataforma vecinal, ha dicho que seguirán en la calle.',
      'Serrano ha explicado a los periodistas que la protesta continuará el lunes.',
    ])).toEqual([['Lucía Serrano Vidal'], ['Lucía Serrano Vidal']]);
  });

  it('left alone: a compound given name ("José Luis") is no surname', () => {
    expect(blogIn('es', [
      'José Luis Marín ha dicho que seguirán.',
      'Luis ha explicado que la protesta continuará.',
    ])[1]).toEqual([]);
  });
});

describe('someone speaking for a person: the spokesperson or the entourage speaks, not the person', () => {
  it.each([
    ['de', 'Ein Sprecher von Innenministerin Karin Adler sagte, die Ministerin sei informiert.'],
    ['de', 'Ein Sprecher des Verkehrsministers Olaf Brink sagte, der Minister prüfe den Bericht.'],
    ['de', 'Ein Vertrauter von Heiko Lorenz sagte, man prüfe alle Optionen.'],
    ['de', 'Aus dem Umfeld von Heiko Lorenz hieß es, man prüfe alle Optionen.'],
    ['pl', 'Rzecznik Donalda Wierzbickiego powiedział, że prezydent nie zmieni zdania.'],
    ['pl', 'Współpracownik Donalda Wierzbickiego przekonuje, że prezydent nie zmieni zdania.'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it('the spokesperson named after the owner speaks', () => {
    expect(speakers('de', ['Die Sprecherin von Heiko Lorenz, Maren Kiel, sagte, man prüfe alle Optionen.'])).toEqual(['Maren Kiel']);
  });
});

describe('a street or square named before a person is no part of the name', () => {
  it.each([
    ['pl', 'Na placu Zamkowym Ewelina Sobczak mówiła: – Nie odpuścimy.', ['Ewelina Sobczak']],
    ['pl', 'Ewelina Sobczak przyszła z ludźmi. Pod ratuszem przy ulicy Piotrkowskiej Sobczak mówiła: – Nie odpuścimy.', ['Ewelina Sobczak']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('reporting verbs and phrases each language uses', () => {
  it.each([
    ['de', 'Ralf Sievers nannte den Kompromiss „faul“.', ['Ralf Sievers']],
    ['de', 'Ines Hartwig verwies darauf, dass der Bund zuständig sei.', ['Ines Hartwig']],
    ['fr', 'Nadia Ferrier, élue d’opposition, a réagi sur X : « Enfin une réponse. »', ['Nadia Ferrier']],
    ['fr', '« C’est une honte », a réagi Yves Carrel auprès de l’AFP.', ['Yves Carrel']],
    ['fr', 'Le juge Paul Rivière a résumé ainsi le dossier : « Tout repose sur deux témoins. »', ['Paul Rivière']],
    ['fr', 'Le commandant Hugo Ferrand fait état de deux blessés légers.', ['Hugo Ferrand']],
    ['pl', 'Analityczka Marta Pawlak wyliczyła, że program kosztowałby 9 mld zł.', ['Marta Pawlak']],
    ['pl', 'Wójt gminy Tomasz Zając relacjonuje, że drogi są nieprzejezdne.', ['Tomasz Zając']],
    ['pl', 'Posłanka Anna Czerwińska zarzuciła rządowi opieszałość.', ['Anna Czerwińska']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('Spanish: an imperfect "como repetía X" after the person was named', () => {
    expect(blogIn('es', [
      'Rosa Llorente Gil, presidenta de la asociación, ha llegado al hospital.',
      'Como repetía Llorente esta mañana, el problema es "la falta de personal".',
    ])[1]).toEqual(['Rosa Llorente Gil']);
  });

  it('left alone: "nennen" with no words of the person quoted', () => {
    expect(speakers('de', ['Ralf Sievers nannte am Montag im Landtag keinen Termin.'])).toEqual([]);
  });
});

describe('a short phrase opened by a preposition between the verb and the reported clause', () => {
  it.each([
    ['fr', "L'avocat de la famille, Me Julien Ravel, a estimé de son côté que l'enquête avait traîné.", ['Julien Ravel']],
    ['es', 'Marta Olmedo ha anunciado en un breve comunicado que dimitirá el lunes.', ['Marta Olmedo']],
    ['it', 'Franco Melis ha annunciato in una nota che lascerà la presidenza.', ['Franco Melis']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('left alone: a venue announcing in this way speaks for nobody', () => {
    expect(speakers('es', ['El Bar Los Arcos anunció en Instagram que cerrará el domingo.'])).toEqual([]);
  });
});

describe('verbs with a second, non-speech sense report speech only with a clause, a colon or a quotation', () => {
  it.each([
    ['fr', 'Hélène Varin a lancé un plan de relance de 3 milliards.'],
    ['fr', 'Hélène Varin a confié le dossier à son adjoint.'],
    ['it', 'Tommaso Arena sostiene il governo da anni.'],
    ['it', 'Tommaso Arena ha ricordato le vittime con una corona di fiori.'],
    ['it', 'Tommaso Arena ha osservato un minuto di silenzio.'],
    ['es', 'Iván Robles destacó en el partido con dos goles.'],
    ['es', 'Iván Robles señaló con el dedo a los periodistas.'],
    ['es', 'Iván Robles sostiene una pancarta con el lema "Sanidad pública ya".'],
    ['de', 'Jörg Malte Stein erinnerte mit einem Kranz an die Opfer.'],
    ['pl', 'Kamil Wrona napisał książkę o powodzi.'],
    ['pl', 'Kamil Wrona wskazał na mapie zalane domy.'],
    ['fr', 'Hélène Varin a écrit un livre sur la guerre.'],
    ['fr', 'Hélène Varin a plaidé coupable.'],
    ['es', 'Iván Robles escribió una carta a los vecinos.'],
  ])('left alone: %s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it.each([
    ['fr', 'Hélène Varin a lancé : « Nous ne reculerons pas. »', ['Hélène Varin']],
    ['fr', 'Hélène Varin a confié au Parisien que la décision était prise.', ['Hélène Varin']],
    ['it', 'Tommaso Arena sostiene che la legge sia sbagliata.', ['Tommaso Arena']],
    ['it', 'Tommaso Arena ha ricordato che i fondi sono già stanziati.', ['Tommaso Arena']],
    ['es', 'Iván Robles ha recordado que la ley ya está aprobada.', ['Iván Robles']],
    ['es', 'Iván Robles sostiene que la ley es injusta.', ['Iván Robles']],
    ['de', 'Jörg Malte Stein erinnerte daran, dass die Opfer nicht vergessen seien.', ['Jörg Malte Stein']],
    ['pl', 'Kamil Wrona napisał na Facebooku, że nie wystartuje.', ['Kamil Wrona']],
    ['pl', 'Kamil Wrona wskazał, że straty są ogromne.', ['Kamil Wrona']],
    ['fr', 'Hélène Varin a écrit sur X : « Nous tiendrons. »', ['Hélène Varin']],
    ['es', 'Iván Robles escribió en X que la ley es injusta.', ['Iván Robles']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('an article and a noun opening the sentence are its subject: a bare name after the verb is the object', () => {
  it.each([
    ['fr', 'La police a interpellé Damien Roussel dans la nuit.', []],
    ['fr', 'Les enquêteurs ont accusé Damien Roussel de corruption.', []],
    ['it', 'Lo ha detto Tommaso Arena ai cronisti.', ['Tommaso Arena']],
    ['it', 'Lo ha ribadito il ministro Tommaso Arena.', ['Tommaso Arena']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('a person described by an occupation, then a colon and the words', () => {
  it.each([
    ['it', 'Chiara Benassi, ingegnera di Leonardo e responsabile del collaudo: "Il sistema ha risposto bene".', ['Chiara Benassi']],
    ['it', 'A lanciare l\'allarme è Piero Landi, geologo del Cnr: "I versanti non reggono".', ['Piero Landi']],
    ['es', 'Lucía Vera, ingeniera de la empresa: "Estamos listos para el despegue".', ['Lucía Vera']],
    ['fr', 'Claire Morin, ingénieure chez Safran : « Nous sommes prêts pour le décollage. »', ['Claire Morin']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('left alone: two people listed before a colon', () => {
    expect(speakers('it', ['Chiara Benassi e Piero Landi: ecco chi guiderà il collaudo.'])).toEqual([]);
  });
});

describe('German: appeals, advice, requests and moods shown in public', () => {
  it.each([
    ['Die Landrätin von Aurich, Birte Janssen, rief die Anwohner auf, zu Hause zu bleiben.', ['Birte Janssen']],
    ['Birte Janssen riet den Menschen, Keller zu meiden.', ['Birte Janssen']],
    ['Bahnsprecherin Silke Brandes bat Reisende um Geduld.', ['Silke Brandes']],
    ['Der Deichgraf Peter Wübbena beruhigte: Die Deiche seien stabil.', ['Peter Wübbena']],
    ['Peter Wübbena zeigte sich erleichtert: „Wir hatten Glück.“', ['Peter Wübbena']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it.each([
    'Die Beteiligung lag bei 63 Prozent, teilte die Landeswahlleitung mit.',
    'Knapp 2,1 Millionen Menschen sind an diesem Sonntag aufgerufen, ein neues Parlament zu bestimmen.',
  ])('left alone: what a number counts is no person: %s', (text) => {
    expect(speakers('de', [text])).toEqual([]);
  });
});

describe('Spanish: thanks, accusations, summaries, rejections and defences', () => {
  it.each([
    ['Nuria Calvo ha agradecido "el esfuerzo enorme" de los bomberos.', ['Nuria Calvo']],
    ['Nuria Calvo ha acusado a la oposición de mentir sobre las listas de espera.', ['Nuria Calvo']],
    ['"No llegamos a todo", resume Nuria Calvo, enfermera del centro de salud.', ['Nuria Calvo']],
    ['Nuria Calvo ha tildado la propuesta de "insuficiente".', ['Nuria Calvo']],
    ['Nuria Calvo ha rechazado que haya recortes en la sanidad pública.', ['Nuria Calvo']],
    ['Nuria Calvo ha defendido que la propuesta es razonable.', ['Nuria Calvo']],
  ])('%s', (text, want) => {
    expect(speakers('es', [text])).toEqual(want);
  });

  it.each([
    'Nuria Calvo ha rechazado la invitación al acto.',
    'El portero Iker Soto ha defendido la portería con acierto.',
  ])('left alone: %s', (text) => {
    expect(speakers('es', [text])).toEqual([]);
  });
});

describe('Italian and Polish: denials, exclusions, condolences; sources and a party spokesperson', () => {
  it.each([
    ['it', 'Il ministro Ettore Lanza ha smentito le voci di dimissioni.', ['Ettore Lanza']],
    ['it', 'Ettore Lanza ha negato qualsiasi tensione nella maggioranza.', ['Ettore Lanza']],
    ['it', '"Serve chiarezza", ha tuonato Ettore Lanza.', ['Ettore Lanza']],
    ['it', 'Ettore Lanza ha escluso che ci sia un rimpasto.', ['Ettore Lanza']],
    ['it', 'Il portavoce di Forza Italia Carlo Neri ha spiegato che non ci sono tensioni.', ['Carlo Neri']],
    ['pl', 'Prezydent Zbigniew Malec złożył kondolencje rodzinom górników.', ['Zbigniew Malec']],
    ['pl', 'Minister Marta Zięba zapowiedziała, że przyjedzie do kopalni.', ['Marta Zięba']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['it', 'Secondo fonti di Forza Italia, Ettore Lanza sarebbe contrario.'],
    ['it', 'Ettore Lanza ha escluso Mario Bassi dalla lista.'],
    ['pl', 'Minister Marta Zięba zapowiedziała przyjazd do Mikołowa.'],
  ])('left alone: %s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});

describe('German: thanks, "berichtete von" and "nach Einschätzung von X"', () => {
  it.each([
    ['Innensenatorin Petra Voss dankte den Einsatzkräften für ihre Arbeit.', ['Petra Voss']],
    ['Innensenator Ralf Quast dankte den Helfern.', ['Ralf Quast']],
    ['Nach Einschätzung von Meteorologe Lars Wittke ist das Schlimmste überstanden.', ['Lars Wittke']],
    ['Lars Wittke berichtete von Böen mit 140 Kilometern pro Stunde.', ['Lars Wittke']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });
});

describe('a subject described by a relative clause: a name ending that clause is its object', () => {
  it.each([
    ['fr', 'Le Premier ministre, qui a reçu Camille Vernet, a affirmé que le budget serait voté.', []],
    ['it', 'Il premier, che ha incontrato Lucia Ferri, ha detto che la manovra passerà.', []],
    ['fr', 'Camille Vernet, qui a rencontré le Premier ministre, a affirmé que le budget serait rejeté.', ['Camille Vernet']],
    ['it', 'Lucia Ferri, che ha incontrato il premier, ha detto che la manovra non passerà.', ['Lucia Ferri']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});
