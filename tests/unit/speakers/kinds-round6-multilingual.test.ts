// The sixth round's kinds in German, Italian, Spanish, Polish and French (issue 10), in sentences
// written for this test in the style of each language's live blogs, with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

const speakers = speakersIn;

describe('German: a role compound ending like a body ("-rat") before a name is a title', () => {
  it.each([
    ['Stadtrat Jens Wagner kritisierte, die Warnung sei zu spät gekommen.', ['Jens Wagner']],
    ['Gemeinderätin Anna Berg sagte, die Warnung sei zu spät gekommen.', ['Anna Berg']],
    ['Bundesrat Alain Berset sagte, die Schweiz bleibe neutral.', ['Alain Berset']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it('the body itself, named without a person, speaks for nobody', () => {
    expect(speakers('de', ['Der Stadtrat teilte mit, die Sitzung finde am Montag statt.'])).toEqual([]);
  });
});

describe('German: separable reporting verbs and pronouns after the reported clause', () => {
  it.each([
    ['Petra Lindqvist wies die Darstellung des Ministers entschieden zurück.', ['Petra Lindqvist']],
    ['Jonas Keller besuchte Passau. Er fügte hinzu, die Lage sei ernst.', ['Jonas Keller']],
    ['Jonas Keller besuchte Passau. Die Lage sei ernst, fügte er hinzu.', ['Jonas Keller']],
    ['Jonas Keller besuchte Passau. Die Lage sei ernst, sagte er.', ['Jonas Keller']],
    ['Jonas Keller kam an. Die Hilfe sei da, teilte er mit.', ['Jonas Keller']],
    ['Carola Wendt kündigte am Montag an, den Haushalt zu prüfen.', ['Carola Wendt']],
    ['Staatssekretärin Carola Wendt bestätigte auf Nachfrage, dass die Beschaffung verschoben wird.', ['Carola Wendt']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it('a person described by where they come from still speaks', () => {
    expect(speakers('de', ['Carola Wendt aus dem Verteidigungsministerium bestätigte, dass die Beschaffung verschoben wird.'])).toEqual(['Carola Wendt']);
    expect(speakers('de', ['Bürgermeisterin Sabine Köstler aus Vilshofen berichtete, es gebe 300 Evakuierte.'])).toEqual(['Sabine Köstler']);
  });

  it.each([
    // A noun after an article is no antecedent; nothing reported.
    'Jonas Keller besuchte Passau. Als der Zug ankam, sagte er nichts.',
    // A reporter's own line and a newspaper's report.
    'Unsere Korrespondentin Miriam Jansen berichtete, die Stimmung sei angespannt.',
    'Die Zeitung berichtete, der Minister trete zurück.',
    'Jonas Keller kam am Morgen in Passau an.',
  ])('left alone: %s', (text) => {
    expect(speakers('de', [text])).toEqual([]);
  });
});

describe('Italian: "a dirlo è X", relative clauses, left-out subjects, first-person reporters', () => {
  it.each([
    ['A dirlo è Carlo Esposito, presidente di Confcommercio: "Senza il taglio i consumi non ripartiranno".', ['Carlo Esposito']],
    ['A farle eco è il leader del M5s Marco Bellini, che ha parlato di "una finanziaria senza visione".', ['Marco Bellini']],
    ['Siamo qui a Faenza con il sindaco Matteo Donati, che ha spiegato che le scuole resteranno chiuse.', ['Matteo Donati']],
    ['Abbiamo parlato con Marco Galli, che ci ha detto: "Non ci è rimasto niente".', ['Marco Galli']],
    ['Paolo Ferrante ha parlato con i giornalisti. Ha aggiunto che il governo è pronto.', ['Paolo Ferrante']],
    ['Paolo Ferrante è arrivato. Poi ha ricordato che lo spread è sceso.', ['Paolo Ferrante']],
    ['Lo ha dichiarato Andrea Russo ai cronisti.', ['Andrea Russo']],
  ])('%s', (text, want) => {
    expect(speakers('it', [text])).toEqual(want);
  });

  it.each([
    'A dirlo sono i numeri: il calo è evidente.',
    // Plural and first-person verbs have no left-out singular subject.
    'Paolo Ferrante ha parlato con i giornalisti. Hanno aggiunto che il governo è pronto.',
    'Siamo qui a Montecitorio. Abbiamo parlato con alcuni parlamentari della Lega: secondo loro il voto arriverà tardi.',
    'Giulia Conti, che ha guidato la protesta, è stata arrestata.',
    // The owner before a relative is not its speaker.
    'Il portavoce di Marco Galli, che ha detto che serve aiuto, è arrivato.',
  ])('left alone: %s', (text) => {
    expect(speakers('it', [text])).toEqual([]);
  });
});

describe('Spanish: inverted subjects, left-out subjects, relative clauses', () => {
  it.each([
    ['Ha explicado el líder del PP, Alberto Sanz, que su partido votará en contra: "No vamos a avalar un gobierno".', ['Alberto Sanz']],
    ['Alberto Sanz habló. Le ha respondido la ministra de Hacienda, Carmen Ruiz: "No ha leído el programa".', ['Carmen Ruiz']],
    ['Javier Molina llegó. Afirmó que la ley llegará pronto.', ['Javier Molina']],
    ['Hemos hablado con Isabel Navas, que nos contó que se fueron de madrugada.', ['Isabel Navas']],
    ['El ministro se reunió con Ana Ruiz, quien afirmó que la situación es grave.', ['Ana Ruiz']],
    // A role before the verb is its subject; the unnamed phrase after it is its object.
    ['El candidato, Javier Molina, llegó. En su discurso, el candidato ha prometido una ley de vivienda.', ['Javier Molina']],
  ])('%s', (text, want) => {
    expect(speakers('es', [text])).toEqual(want);
  });

  it.each([
    'Javier Molina llegó. Dijeron que la ley llegará pronto.',
    'Hemos hablado con varios diputados del grupo mixto. Ninguno quiere confirmar el sentido de su voto.',
    // An unnamed speaker after the verb is not the person named before.
    'Nuestra enviada especial, Marta Gil, describe calles cubiertas de barro. «Lo hemos perdido todo», cuenta un comerciante.',
  ])('left alone: %s', (text) => {
    expect(speakers('es', [text])).toEqual([]);
  });
});

describe('Italian and Spanish reporters relay the person they talked to', () => {
  it.each([
    ['es', 'Hemos hablado con Isabel Navas, vecina de Guisando: "Nos fuimos", nos contó.', ['Isabel Navas']],
    ['es', 'Hemos hablado con Isabel Navas: «Nos fuimos de madrugada».', ['Isabel Navas']],
    ['it', 'Abbiamo parlato con Marco Galli, residente di Faenza: "Abbiamo perso tutto".', ['Marco Galli']],
    // A place after "di" is no second person to point back to.
    ['it', 'Abbiamo incontrato Anna Riva, residente di Faenza: "Abbiamo perso tutto", ci ha detto.', ['Anna Riva']],
    // Someone named who talks with another: the subject speaks, as before.
    ['es', 'Javier Molina habló con Carmen Ruiz: «Estamos de acuerdo».', ['Javier Molina']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['es', 'Hemos hablado con Isabel Navas sobre la evacuación.'],
    ['es', 'Los ministros hablaron con Carmen Ruiz durante una hora.'],
    ['it', 'Abbiamo parlato con Marco Galli del suo negozio.'],
  ])('left alone: [%s] %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});

describe('Polish: relative clauses, and an unnamed speaker after the verb', () => {
  it.each([
    ['Wpis skomentował lider Konfederacji Robert Mazur, który ocenił, że to „pusty slogan”.', ['Robert Mazur']],
    ['Rozmawialiśmy z Janem Kowalskim, który powiedział, że woda opada.', ['Jan Kowalski']],
    ['Spotkałam się z burmistrzem Ewą Pawlak, która powiedziała, że szkoły są zamknięte.', ['Ewa Pawlak']],
  ])('%s', (text, want) => {
    expect(speakers('pl', [text])).toEqual(want);
  });

  it('a left-out subject whose verb is of the other gender is someone else', () => {
    expect(speakers('pl', ['Burmistrz Ewa Pawlak odwiedziła szkołę. Podszedł do niej jeden z mieszkańców. – Woda weszła do piwnic – powiedział.'])).toEqual([]);
    expect(speakers('pl', ['Burmistrz Jan Pawlak odwiedził szkołę. Potem powiedziała, że woda opada.'])).toEqual([]);
    expect(speakers('pl', ['Posłanka Anna Kowalska weszła na mównicę. – To skandal – powiedziała.'])).toEqual(['Anna Kowalska']);
    expect(speakers('pl', ['Poseł Marcin Zając wyszedł. – To skandal – mówił.'])).toEqual(['Marcin Zając']);
  });

  it.each([
    'Urząd Miasta Kłodzka przekazał, że szkoły są zamknięte.',
    // A resident's town, in the genitive, is no person.
    'Jak powiedział nam mieszkaniec Nysy, woda weszła do domów.',
  ])('no person: %s', (text) => {
    expect(speakers('pl', [text])).toEqual([]);
  });

  it('a town in the genitive glued before a name the given-name list lacks is no part of it', () => {
    expect(speakers('pl', ['Wałbrzych, Kłodzko i Nysa walczą z wodą. Burmistrz Nysy Kordian Kolbiarz zaapelował o pomoc.'])).toEqual(['Kordian Kolbiarz']);
    expect(speakers('pl', ['Mieszkańcy Głuchołaz mówią, że nikt ich nie ostrzegł.'])).toEqual([]);
  });

  it('a person described by their party or employer in the genitive speaks', () => {
    expect(speakers('pl', ['Krzysztof Bosak z Konfederacji ocenił, że budżet jest nierealny.'])).toEqual(['Krzysztof Bosak']);
  });

  it('a resident named after their town speaks', () => {
    expect(speakers('pl', ['Jak powiedziała nam mieszkanka Kłodzka Anna Nowak, woda weszła do domów.'])).toEqual(['Anna Nowak']);
  });

  it('a left-out subject does not skip an unnamed speaker named after the verb', () => {
    expect(speakers('pl', ['Burmistrz Ewa Pawlak odwiedziła szkołę. – Woda weszła do piwnic – powiedział jeden z mieszkańców.'])).toEqual([]);
    expect(speakers('pl', ['Burmistrz Ewa Pawlak odwiedziła szkołę. – Woda weszła do piwnic – powiedziała.'])).toEqual(['Ewa Pawlak']);
  });
});

describe('French: relative clauses', () => {
  it('the person before "qui a déclaré" speaks, not its owner', () => {
    expect(speakers('fr', ['Le ministre a reçu Julien Morel, qui a affirmé que l’usine fermerait.'])).toEqual(['Julien Morel']);
    expect(speakers('fr', ['La femme de Julien Morel, qui a affirmé que l’usine fermerait, est arrivée.'])).toEqual([]);
  });
});

describe('the blog’s own correspondent in a place is a journalist, not a speaker', () => {
  it.each([
    ['en', 'Our correspondent in Brussels, Jane Smith, says that the talks have stalled.'],
    ['it', 'La nostra inviata a Faenza, Giulia Neri, racconta che la città è in ginocchio.'],
    ['es', 'Nuestra corresponsal en Bruselas, Marta Gil, cuenta que las negociaciones están bloqueadas.'],
    ['fr', 'Notre envoyée spéciale à Marseille, Claire Martin, raconte que la ville est paralysée.'],
    ['pl', 'Nasza reporterka w Brukseli, Anna Nowak, relacjonuje, że rozmowy utknęły.'],
  ])('[%s] %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it('a place in a description of someone else leaves them a speaker', () => {
    expect(speakers('en', ['Speaking in Brussels, Jane Smith said that the talks have stalled.'])).toEqual(['Jane Smith']);
    expect(speakers('pl', ['Burmistrz w Kłodzku, Ewa Pawlak, powiedziała, że woda opada.'])).toEqual(['Ewa Pawlak']);
  });
});

describe('German: the perfect with an object, and nouns after a phrase of manner', () => {
  it.each([
    ['Friedrich Merz hat die Kritik zurückgewiesen.', ['Friedrich Merz']],
    ['Friedrich Merz hat am Montag die Kritik zurückgewiesen.', ['Friedrich Merz']],
    ['Die Bürgermeisterin von Passau, Anna Berg, warnte vor weiterem Regen.', ['Anna Berg']],
    ['Das sagte am Abend in Berlin Kanzler Friedrich Merz.', ['Friedrich Merz']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it.each(['Friedrich Merz hat die Kritik gelesen.', 'Die Polizei hat die Demonstranten gewarnt.'])('left alone: %s', (text) => {
    expect(speakers('de', [text])).toEqual([]);
  });
});
