// The eighth round's kinds in Spanish, Italian, German, French and Polish (issue 10), in sentences
// written for this test in the style of each language's live blogs, with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

const speakers = speakersIn;

describe('local government, emergency services, unions and clubs speak as bodies, not people', () => {
  it.each([
    ['es', 'La Xunta de Galicia ha dicho que los medios aéreos vuelven a volar.'],
    ['es', 'Bomberos de la Generalitat ha explicado que el viento complica la extinción.'],
    ['es', 'El Real Betis ha anunciado que su entrenador seguirá una temporada más.'],
    ['it', 'Il Comune di Faenza ha fatto sapere che le scuole restano chiuse.'],
    ['it', 'La Uil Pa ha annunciato che lo sciopero è confermato.'],
    ['de', 'Die Feuerwehr Hamburg erklärte, der Brand sei gelöscht.'],
    ['de', 'Der FC Hansa Rostock teilte mit, der Trainer bleibe.'],
    ['fr', 'La mairie de Lille a indiqué que les écoles resteraient fermées.'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it.each([
    ['es', 'El presidente de la Generalitat, Jaume Roig, ha dicho que habrá ayudas.', ['Jaume Roig']],
    ['es', 'El entrenador del Real Betis, Tomás Pardo, ha asegurado que el equipo está cansado.', ['Tomás Pardo']],
    ['es', 'La alcaldesa Lucía Real ha dicho que el pueblo está a salvo.', ['Lucía Real']],
    ['it', 'La segretaria della Fiom Cgil, Marta Colombo, ha detto che lo sciopero è confermato.', ['Marta Colombo']],
    ['it', 'Il sindaco di Faenza Carlo Benini ha spiegato che le scuole restano chiuse.', ['Carlo Benini']],
    ['de', 'Ein Sprecher der Feuerwehr, Jan Schröder, sagte, der Brand sei gelöscht.', ['Jan Schröder']],
    ['fr', 'La secrétaire générale de la CGT, Sophie Marchal, a affirmé que la grève continuerait.', ['Sophie Marchal']],
  ])('left alone: the person working there speaks (%s) %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('Spanish: two given names and two surnames make one name of four words', () => {
  it.each([
    ['José Luis Ortega Salinas ha explicado que el incendio mantiene dos frentes.', ['José Luis Ortega Salinas']],
    ['La consejera de Sanidad, María José Prieto Lamas, ha asegurado que no faltan camas.', ['María José Prieto Lamas']],
    ['Según Xosé Manuel Outeda Lago, el fuego avanza hacia el valle.', ['Xosé Manuel Outeda Lago']],
  ])('%s', (text, want) => {
    expect(speakers('es', [text])).toEqual(want);
  });
});

describe('a role and its domain ("consejero de Medio Rural") name no person; the holder after the comma speaks', () => {
  it('the left-out subject of the next sentence is the holder, not the domain', () => {
    expect(speakers('es', [
      'El conselleiro de Medio Rural, Xosé Manuel Outeda Lago, ha comparecido en Ourense. Ha explicado que el fuego tiene dos frentes.',
    ])).toEqual(['Xosé Manuel Outeda Lago']);
    expect(speakers('es', [
      'La consejera de Medio Ambiente, Ana Beltrán, ha visitado la zona. Ha asegurado que el agua es potable.',
    ])).toEqual(['Ana Beltrán']);
  });

  it('left alone: a client named after "el abogado de" is a person, though not the speaker', () => {
    expect(speakers('es', ['El abogado de Juan Ferrer, Luis Campos, ha dicho que recurrirán.'])).toEqual(['Luis Campos']);
  });
});

describe('a reply to a bare name says nothing of what that person said: only the one who replies speaks', () => {
  it.each([
    ['it', '"Non prendiamo lezioni da nessuno", ha detto Marco Ferri in aula, rispondendo a Lidia Santoro.', ['Marco Ferri']],
    ['it', 'Rispondendo a Lidia Santoro, Marco Ferri ha detto che i conti sono in ordine.', ['Marco Ferri']],
    ['es', '"No aceptamos lecciones", ha dicho Andrés Molina, respondiendo a Beatriz Cano.', ['Andrés Molina']],
    ['es', 'Andrés Molina ha dicho, en respuesta a Beatriz Cano, que no acepta lecciones.', ['Andrés Molina']],
    ['fr', '« Nous ne recevons pas de leçons », a déclaré Paul Mercier, répondant à Claire Vidal.', ['Paul Mercier']],
    ['fr', '« Nous ne recevons pas de leçons », a déclaré Paul Mercier en réponse à Claire Vidal.', ['Paul Mercier']],
    ['pl', 'Marek Zieliński stwierdził, odpowiadając Tomaszowi Wrzoskowi, że nie ma sobie nic do zarzucenia.', ['Marek Zieliński']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('left alone: a reply to a member of parliament names who asked (a question put by a named non-journalist)', () => {
    expect(speakers('it', ['Marco Ferri ha detto in aula, rispondendo alla deputata Lidia Santoro, che i conti sono in ordine.'])).toEqual(['Marco Ferri', 'Lidia Santoro']);
    expect(speakers('pl', ['Odpowiadając posłance Joannie Wrzosek, minister Marek Zieliński stwierdził, że pieniądze są.'])).toEqual(['Joanna Wrzosek', 'Marek Zieliński']);
  });
});

describe('Polish: a title before two given names keeps both ("posłanka Anna Maria ...")', () => {
  it.each([
    ['Posłanka Anna Maria Wrzosek powiedziała, że Lewica poprze projekt.', ['Anna Maria Wrzosek']],
    ['Wczoraj senator Jan Maria Kowal stwierdził, że ustawa jest zła.', ['Jan Maria Kowal']],
  ])('%s', (text, want) => {
    expect(speakers('pl', [text])).toEqual(want);
  });

  it('left alone: a club in the genitive between the role and the name stays out of it', () => {
    expect(speakers('pl', ['Trener Stali Marek Chomicz powiedział, że drużyna jest gotowa.'])).toEqual(['Marek Chomicz']);
  });
});

describe('German: a ship\'s or a unit\'s rank before a name is a role, not part of the name', () => {
  it.each([
    ['Bürgermeisterin Anke Harms berichtete, Kapitän Piotr Nowak habe ihr gesagt, die Männer seien ruhig.', ['Anke Harms', 'Piotr Nowak']],
    ['Kommandantin Jana Roth sagte, der Einsatz laufe seit dem Morgen.', ['Jana Roth']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });
});

describe('Polish: one word after a resident noun ("mieszkanka Mikołowa") is a town, not a person', () => {
  it('the dash attribution after the quote goes to the resident named before', () => {
    expect(speakers('pl', ['Joanna Wilk, mieszkanka Rybnika, czeka przed bramą. - Bałam się, że dom się zawali - powiedziała.'])).toEqual(['Joanna Wilk']);
    expect(speakers('pl', ['Marek Sowa, mieszkaniec Kłodzka, pokazuje zalaną piwnicę. - Woda przyszła w nocy - powiedział.'])).toEqual(['Marek Sowa']);
  });
});

describe('an article before a run of two capitalised words that is the subject of a verb makes it a body or a place', () => {
  it.each([
    ['it', 'Il Teatro Verdi ha scritto su Facebook che resterà chiuso.'],
    ['es', 'El Hostal Miramar ha anunciado en redes que cerrará por la dana.'],
    ['fr', 'Le Vieux Moulin a indiqué qu\'il accueillait les sinistrés.'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it('left alone: a title between the article and the name ("Il Presidente Sergio Mattarella")', () => {
    expect(speakers('it', ['Il Presidente Sergio Ferri ha detto che l\'Italia è unita.'])).toEqual(['Sergio Ferri']);
  });
});

describe('Spanish and Italian: a plural verb right after a name that opens its clause makes it a body or a group', () => {
  it.each([
    ['es', 'Fuentes de Génova aseguran que el partido no apoyará el decreto.'],
    ['es', 'Allegados de Ferraz explican que la ejecutiva se reunirá el lunes.'],
    ['it', 'Ambienti di Palazzo Madama spiegano che il voto slitta a giovedì.'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it('left alone: two people joined by "y"/"e" speak together', () => {
    expect(speakers('es', ['Lucía Prieto y Andrés Gil han asegurado que habrá acuerdo.'])).toEqual(['Lucía Prieto', 'Andrés Gil']);
    expect(speakers('it', ['Chiara Rossi e Luca Bini hanno detto che ci sarà un accordo.'])).toEqual(['Chiara Rossi', 'Luca Bini']);
  });
});

describe('German: after a given name, a surname that ends like a role compound ("-meister", "-leiter") is a surname', () => {
  it.each([
    ['Jonas Baumeister: "Wir erwarten den Höhepunkt am Mittag."', ['Jonas Baumeister']],
    ['Meteorologin Katrin Hofmeister sagte, der Wind lasse am Abend nach.', ['Katrin Hofmeister']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it('left alone: a role compound before a name is still a role', () => {
    expect(speakers('de', ['Bürgermeisterin Anke Harms sagte, die Deiche hielten.'])).toEqual(['Anke Harms']);
  });
});

describe('Polish: a known city declined after a role is the role\'s domain, not a person', () => {
  it.each([
    ['Prezydent Krakowa przekazał, że miasto jest przygotowane.', []],
    ['Prezydent Gdańska zapowiedział, że szkoły będą zamknięte.', []],
    ['Prezydent Krakowa Jan Bąk przekazał, że miasto jest przygotowane.', ['Jan Bąk']],
    ['Prezydent Duda przekazał, że podpisze ustawę.', ['Duda']],
  ])('%s', (text, want) => {
    expect(speakers('pl', [text])).toEqual(want);
  });
});

describe('Polish: each part of a double surname declines', () => {
  it.each([
    ['Według wicepremiera Władysława Kosiniaka-Kamysza wojsko jest gotowe.', ['Władysław Kosiniak-Kamysz']],
    ['Zdaniem posła Piotra Nowaka-Zielińskiego ustawa jest zła.', ['Piotr Nowak-Zieliński']],
  ])('%s', (text, want) => {
    expect(speakers('pl', [text])).toEqual(want);
  });
});
