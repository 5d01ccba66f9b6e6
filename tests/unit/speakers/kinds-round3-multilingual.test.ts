// The third round's kinds in German, French, Italian, Spanish and Polish, in sentences written for
// this test in the style of each language's live blogs and tickers.
import { describe, expect, it } from 'vitest';
import { entry, speakersIn } from './helpers';

const speakers = speakersIn;

describe('a person described by an employer or a place speaks, not the employer', () => {
  it.each([
    ['de', 'Lena Vogt vom Roten Kreuz in Passau sagte, die Lage sei ernst.', ['Lena Vogt']],
    ['de', 'Anna Berg von der Caritas sagte, die Helfer seien erschöpft.', ['Anna Berg']],
    ['fr', 'Sophie Martin de la CGT a affirmé que la grève continuerait.', ['Sophie Martin']],
    ['fr', 'Jean Dupont, directeur de la SNCF à Lyon, a déclaré que le trafic reprendrait.', ['Jean Dupont']],
    ['it', 'Maurizio Landi della Cgil ha detto che lo sciopero è confermato.', ['Maurizio Landi']],
    ['es', 'Pedro Gómez de la UME afirmó que el agua baja.', ['Pedro Gómez']],
    ['es', 'Ana García, portavoz de la Cruz Roja en Valencia, dijo que la situación es grave.', ['Ana García']],
    ['pl', 'Jan Kowalski z PZU powiedział, że szkody są ogromne.', ['Jan Kowalski']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('a particle after a whole name still joins a name begun by a first name', () => {
    expect(speakers('de', ['Ursula von der Leyen sagte, die Lage sei ernst.'])).toEqual(['Ursula von der Leyen']);
    expect(speakers('fr', ['Charles de Villiers a déclaré que la réforme était nécessaire.'])).toEqual(['Charles de Villiers']);
  });
});

describe('the owner named across a description is not the speaker', () => {
  it.each([
    ['it', 'La vedova del pilota Marco Neri ha detto che tornerà in montagna.'],
    ['it', 'Il portavoce del premier Marco Galli ha detto che il vertice è confermato.'],
    ['fr', 'La veuve du pilote Marc Leroy a déclaré qu’elle reviendrait.'],
    ['es', 'La viuda del piloto Pablo Ruiz dijo que volverá.'],
    ['de', 'Ein Sprecher von Jonas Keller sagte, der Termin stehe.'],
  ])('[%s] %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it('a title’s domain is no owner', () => {
    expect(speakers('it', ['Il capo della diplomazia turca Hakan Demir ha detto che la tregua regge.'])).toEqual(['Hakan Demir']);
    expect(speakers('it', ['Il ministro degli Esteri Antonio Rinaldi ha detto che la tregua regge.'])).toEqual(['Antonio Rinaldi']);
  });
});

describe('"Name, role:" leads into the quotation', () => {
  it.each([
    ['es', 'Lucía Torres, portavoz de la Cruz Roja: «Estamos preparados».', ['Lucía Torres']],
    ['it', 'Giulia Conti, portavoce della Protezione civile: «Siamo pronti».', ['Giulia Conti']],
    ['fr', 'Claire Dubois, directrice de l’hôpital de Lille : « Nous sommes prêts. »', ['Claire Dubois']],
    ['pl', 'Anna Nowak, rzeczniczka straży pożarnej: „Jesteśmy gotowi”.', ['Anna Nowak']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('a list of three names before the verb gives all three', () => {
  it.each([
    ['de', 'Jonas Keller, Lena Vogt und Anna Berg sagten, die Koalition stehe.', ['Jonas Keller', 'Lena Vogt', 'Anna Berg']],
    ['fr', 'Claire Dubois, Julien Morel et Sophie Martin ont déclaré que l’union tenait.', ['Claire Dubois', 'Julien Morel', 'Sophie Martin']],
    ['it', 'Marco Galli, Anna Riva e Giulia Conti hanno detto che il governo è unito.', ['Marco Galli', 'Anna Riva', 'Giulia Conti']],
    ['es', 'Pablo Ortega, Lucía Torres y Ana García dijeron que el plan sigue.', ['Pablo Ortega', 'Lucía Torres', 'Ana García']],
    ['pl', 'Adam Nowicki, Anna Nowak i Jan Kowalski powiedzieli, że koalicja przetrwa.', ['Adam Nowicki', 'Anna Nowak', 'Jan Kowalski']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

