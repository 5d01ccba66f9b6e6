// "He"/"she" follow a person whose sex the text says (a title, a given name of one sex only, a
// Polish surname), never one of the other sex; a person of unknown sex stays a candidate. Sentences
// written for this test in the style of news live blogs.
import { describe, expect, it } from 'vitest';
import { blogSpeakers, entry, speakersIn, speakersOf } from './helpers';

describe('English', () => {
  it('a newcomer of the other sex does not take the pronoun', () => {
    expect(
      speakersOf('', [
        'Nadia Roth said it was a good day for the families.',
        'Karl Weber, a former officer turned MP, dismissed the report as absurd.',
        'She added: “We will keep pressing for answers.”',
      ]),
    ).toEqual(['Nadia Roth']);
  });

  it('passes over a subject of the other sex to the person quoted before', () => {
    expect(speakersOf('', ['Tom Brennan said the plan was sound.', 'Sarah Okafor, the council leader, disagreed.', 'He added that the money was already there.'])).toEqual(['Tom Brennan']);
  });

  it('gives nobody when the only candidate is of the other sex', () => {
    expect(speakersOf('', ['Mark Ellis, the harbour master, walked along the quay.', 'She said the ferry would not sail before noon.'])).toEqual([]);
  });

  it('reads the sex from a title', () => {
    // "Jo" is a name of either sex: "Mrs" says which.
    expect(speakersOf('', ['Mr Brennan said the plan was sound.', 'Mrs Jo Okafor, the council leader, disagreed.', 'He added that the money was already there.'])).toEqual(['Brennan']);
  });

  it('keeps the subject she just met (“Theresa May met Jean-Claude Juncker. She said …”)', () => {
    expect(speakersOf('', ['Theresa Hale met Jean-Claude Morel in Brussels.', 'She said the talks had been constructive.'])).toEqual(['Theresa Hale']);
  });

  it('leaves names of either sex alone: the pronoun may be theirs', () => {
    expect(speakersOf('', ['Kim Lacey, the harbour master, walked along the quay.', 'She said the ferry would not sail before noon.'])).toEqual(['Kim Lacey']);
    expect(speakersOf('', ['Kim Lacey, the harbour master, walked along the quay.', 'He said the ferry would not sail before noon.'])).toEqual(['Kim Lacey']);
    expect(speakersOf('', ['Andrea Lind, the harbour master, walked along the quay.', 'He said the ferry would not sail before noon.'])).toEqual(['Andrea Lind']);
  });

  it('leaves "they" alone', () => {
    expect(speakersOf('', ['Tom Brennan and Sarah Okafor met the minister.', 'They said the talks had gone well.'])).toEqual([]);
  });

  it('"she added" in an entry naming nobody is not the man the entry before quotes', () => {
    const blog = [entry('', ['She added that the ferry would run again on Monday.']), entry('', ['Harbour master Tom Okafor said the storm had passed.'])];
    expect(blogSpeakers(blog)).toEqual([[], ['Tom Okafor']]);
    const same = [entry('', ['She added that the ferry would run again on Monday.']), entry('', ['Harbour master Helen Okafor said the storm had passed.'])];
    expect(blogSpeakers(same)).toEqual([['Helen Okafor'], ['Helen Okafor']]);
  });
});

describe('German: "er", and "sie" with a singular verb only', () => {
  it('"er" passes over a woman named since', () => {
    expect(speakersIn('de', ['Thomas Brandt sagte, die Lage sei ernst.', 'Die Ministerin Petra Lang traf am Abend ein.', 'Er betonte, die Deiche seien sicher.'])).toEqual(['Thomas Brandt']);
  });
  it('"sie sagte" is a woman; "sie sagten" is "they"', () => {
    expect(speakersIn('de', ['Petra Lang sagte, die Lage sei ernst.', 'Thomas Brandt, der Landrat, traf am Abend ein.', 'Sie betonte, die Deiche seien sicher.'])).toEqual(['Petra Lang']);
    expect(speakersIn('de', ['Thomas Brandt, der Landrat, kam am Abend.', 'Sie betonten, die Deiche seien sicher.'])).toEqual([]);
  });
});

describe('French: "il" and "elle"', () => {
  it('"elle" passes over a man named since', () => {
    expect(speakersIn('fr', ['« Nous restons mobilisés », a déclaré Claire Petit.', 'Pierre Martin, le maire, a quitté la salle.', 'Elle a ajouté que la grève continuerait.'])).toEqual(['Claire Petit']);
  });
});

describe('Italian and Spanish: "lei", "ella"', () => {
  it('passes over a man named since', () => {
    expect(speakersIn('it', ['Giulia Ferri ha detto che la situazione è grave.', 'Marco Conti, il sindaco, è arrivato in serata.', 'Lei ha aggiunto che le scuole resteranno chiuse.'])).toEqual(['Giulia Ferri']);
    expect(speakersIn('es', ['Ana López dijo que la situación era grave.', 'Pedro Ruiz, el alcalde, llegó por la tarde.', 'Ella añadió que las escuelas seguirán cerradas.'])).toEqual(['Ana López']);
  });
});

describe('Polish: the verb ending says the sex of a left-out subject', () => {
  it('"powiedziała" passes over a man named since', () => {
    expect(speakersIn('pl', ['Ewa Nowak powiedziała, że sytuacja jest poważna.', 'Jan Kowalski, burmistrz, przyjechał wieczorem.', 'Dodała, że szkoły pozostaną zamknięte.'])).toEqual(['Ewa Nowak']);
  });
});

describe('Italian: a participle after "è" agrees with the left-out subject, one after "ha" does not', () => {
  it('"si è detta" passes over a man named since; "ha detto" says nothing of sex', () => {
    expect(speakersIn('it', ['Giulia Ferri ha detto che la situazione è grave.', 'Marco Conti, il sindaco, è arrivato in serata.', 'Si è detta preoccupata per le scuole.'])).toEqual(['Giulia Ferri']);
    expect(speakersIn('it', ['Marco Conti, il sindaco, è arrivato in serata.', 'Si è detta preoccupata per le scuole.'])).toEqual([]);
    expect(speakersIn('it', ['Marco Conti, il sindaco, è arrivato in serata.', 'Ha detto che le scuole resteranno chiuse.'])).toEqual(['Marco Conti']);
  });
});
