// The same kinds in German, French, Italian, Spanish and Polish, in sentences written for this test
// in the style of each language's live blogs: constructions, subjects after the verb, roles and
// organisations, journalists, inflected names.
import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';
import { entry, type Para } from './helpers';

function speakers(lang: string, paras: Para[], title = ''): string[] {
  const e = entry(title, paras);
  return findSpeakers([e], LEXICONS[lang]).perEntry.get(e.id)!.speakers;
}
function blog(lang: string, entries: Para[][]): string[][] {
  const es = entries.map((p) => entry('', p));
  const r = findSpeakers(es, LEXICONS[lang]);
  return es.map((e) => r.perEntry.get(e.id)!.speakers);
}

describe('Italian', () => {
  it.each([
    ['«Siamo pronti a trattare». Lo ha detto il ministro degli Esteri, Marco Galli, durante una conferenza.', ['Marco Galli']],
    ['Secondo il sindaco Laura Benedetti, la scuola riaprirà lunedì.', ['Laura Benedetti']],
    ['«La situazione è grave - sottolinea il presidente Carlo Ferri - ma stabile».', ['Carlo Ferri']],
    ['Lo ha detto a Rainews l’ambasciatore d’Italia in Francia, Paolo Greco, nel pomeriggio.', ['Paolo Greco']],
    ['Come annunciato dal capo della protezione civile Anna Riva, le scuole resteranno chiuse.', ['Anna Riva']],
    ['L’ufficio di Marco Galli ha precisato che nessun incontro è previsto.', []],
    ['Lo ha riferito il Comitato Difesa Civica in una nota.', []],
    ['Il corrispondente Luca Sarti ha detto che la piazza è piena.', []],
    ['Il ministro Marco Galli non ha detto nulla sulla data.', []],
  ])('%s', (text, want) => {
    expect(speakers('it', [text])).toEqual(want);
  });

  it('reads two people joined by "e" and a spelling variant as one person', () => {
    expect(speakers('it', ['I senatori Anna Riva e Carlo Ferri hanno riferito che l’accordo è vicino.'])).toEqual(['Anna Riva', 'Carlo Ferri']);
    expect(blog('it', [['Lo ha detto il generale Herzi Dalal.'], ['Lo ha ribadito il generale Herzl Dalal.'], ['Herzi Dalal ha aggiunto che la tregua regge.']])).toEqual([
      ['Herzi Dalal'], ['Herzi Dalal'], ['Herzi Dalal'],
    ]);
  });
});

describe('German', () => {
  it.each([
    ['Die Lage sei ernst, sagte Bundeskanzler Jonas Keller am Montag in Berlin.', ['Jonas Keller']],
    ['Laut Aussenministerin Petra Hahn sind die Gespräche weit fortgeschritten.', ['Petra Hahn']],
    ['Die Waffenruhe halte, so Hahn.', []],
    ['Regierungssprecher Tobias Lenz zufolge ist ein Treffen geplant.', ['Tobias Lenz']],
    ['Das habe der Direktor Max Brandt auf einer Konferenz in Bern gesagt.', ['Max Brandt']],
    ['Die Armee teilte am Abend mit, die Berichte würden geprüft.', []],
    ['Medizinisches Personal vor Ort teilte mit, die Lage sei unklar.', []],
    ['Die Hälfte der Führungsriege sei getötet worden, sagte die Armee.', []],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it('reads "…, so X" with the full name from the blog', () => {
    expect(blog('de', [['Aussenministerin Petra Hahn reiste nach Kairo.'], ['Die Waffenruhe halte, so Hahn.']])).toEqual([[], ['Petra Hahn']]);
  });
});

describe('French', () => {
  it.each([
    ['« Nous ne céderons pas », a déclaré le Premier ministre Julien Morel.', ['Julien Morel']],
    ['Selon la ministre Claire Dubois, les écoles rouvriront jeudi.', ['Claire Dubois']],
    ['Claire Dubois estime que la réforme est nécessaire.', ['Claire Dubois']],
    ['Claire Dubois estime la facture à deux milliards.', []],
    ['Le correspondant Marc Petit a dit que la foule grossissait.', []],
  ])('%s', (text, want) => {
    expect(speakers('fr', [text])).toEqual(want);
  });
});

describe('Spanish', () => {
  it.each([
    ['«No habrá recortes», dijo el presidente del Gobierno, Pablo Ortega, en Madrid.', ['Pablo Ortega']],
    ['Según la alcaldesa Lucía Romero, el metro funcionará con normalidad.', ['Lucía Romero']],
    ['Lucía Romero afirmó que la huelga terminará el lunes.', ['Lucía Romero']],
    ['El Ministerio de Sanidad afirmó que los datos mejoran.', []],
  ])('%s', (text, want) => {
    expect(speakers('es', [text])).toEqual(want);
  });
});

describe('Polish', () => {
  it.each([
    ['„Nie ma zgody na takie rozwiązanie” – powiedział premier Adam Nowicki.', ['Adam Nowicki']],
    ['Minister Ewa Zielińska podkreśliła, że decyzja zapadnie w piątek.', ['Ewa Zielińska']],
    ['Dziennikarz Piotr Wójcik powiedział, że trybuny są pełne.', []],
  ])('%s', (text, want) => {
    expect(speakers('pl', [text])).toEqual(want);
  });

  it('names a person met only in the genitive ("według X") in the nominative, and joins the forms', () => {
    expect(speakers('pl', ['Według Jarosława Kowalczyka rozmowy potrwają do piątku.'])).toEqual(['Jarosław Kowalczyk']);
    expect(blog('pl', [['Według Tomasza Lisa decyzja jest błędna.'], ['Tomasz Lis powiedział, że nie zmieni zdania.']])).toEqual([
      ['Tomasz Lis'], ['Tomasz Lis'],
    ]);
  });
});

describe('entries in another language than the blog’s', () => {
  it('leaves an English entry alone on an Italian blog and the other way round', () => {
    expect(speakers('it', ['Prime minister Tom Hale said the ferry would run again on Monday, and he told reporters that the port was open and that nobody had been hurt in the storm last night.'])).toEqual([]);
    expect(speakers('en', ['Lo ha detto il ministro degli Esteri, Marco Galli, durante una conferenza stampa a Roma con il collega francese e con i giornalisti presenti in sala.'])).toEqual([]);
  });
});
