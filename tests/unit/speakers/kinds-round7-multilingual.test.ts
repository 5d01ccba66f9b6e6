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
