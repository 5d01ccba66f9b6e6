// The twelfth round's kinds in de/es/fr/it/pl, in sentences written for this test (no data text),
// each with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { speakersIn, type Para } from './helpers';

const speakers = speakersIn;

describe('a quotation, then a verb of manner ("sourit", "sorride", "strahlt") and the name: the name speaks', () => {
  it.each([
    ['fr', '« On a eu de la chance », sourit Léa Morin, la capitaine.', ['Léa Morin']],
    ['fr', '« Pas cette fois », soupire Hugo Lenoir.', ['Hugo Lenoir']],
    ['it', '«Siamo pronti», sorride Marco Testa, l\'allenatore.', ['Marco Testa']],
    ['it', '«Ci mancava solo questa», scherza Dario Melis.', ['Dario Melis']],
    ['es', '«Estamos muy felices», sonríe Laura Gil.', ['Laura Gil']],
    ['de', '„Wir sind glücklich“, strahlt Lena Vogt.', ['Lena Vogt']],
    ['de', '„Das hätte ich nie gedacht“, lacht Timo Berg.', ['Timo Berg']],
    ['pl', '„Jesteśmy szczęśliwi” – uśmiecha się Anna Pawlak.', ['Anna Pawlak']],
    ['pl', '„Nareszcie w domu” – cieszy się trener Adam Lis.', ['Adam Lis']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['fr', 'Léa Morin sourit aux supporters après la victoire.'],
    ['it', 'Marco Testa sorride ai tifosi dopo la partita.'],
    ['es', 'Laura Gil sonríe a los aficionados tras la final.'],
    ['de', 'Lena Vogt strahlt nach dem Sieg in die Kameras.'],
    ['pl', 'Anna Pawlak uśmiecha się do kibiców po meczu.'],
    ['pl', 'Po meczu cieszy się cała drużyna Adama Lisa.'],
  ])('no quotation, no words: %s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});

describe('the blog\'s own critic or analyst ("il nostro critico X", "nasz analityk X") narrates: no speaker', () => {
  it.each([
    ['it', 'Il nostro critico Andrea Bassi scrive che il film è «un capolavoro».', []],
    ['it', 'Secondo il nostro analista Gianni Viola, il governo «è in difficoltà».', []],
    ['pl', 'Jak tłumaczy nasz analityk Marek Kruk, rząd „nie ma większości”.', []],
    ['de', 'Unsere Analystin Jana Rehm schreibt, die Koalition sei „am Ende“.', []],
    ['fr', 'Notre analyste Anne Roux écrit que le budget est « intenable ».', []],
    ['es', 'Nuestro analista Diego Ruiz explica que el Gobierno está «en apuros».', []],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['it', 'Il critico Andrea Bassi ha detto che il film è «un capolavoro».', ['Andrea Bassi']],
    ['pl', 'Analityk banku Marek Kruk powiedział, że rząd „nie ma większości”.', ['Marek Kruk']],
    ['de', 'Die Analystin Jana Rehm sagte, die Koalition sei „am Ende“.', ['Jana Rehm']],
  ])('someone else\'s critic or analyst still speaks: %s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('a quotation, then "wrote on <platform>" and the name: the name speaks, the platform is no part of it', () => {
  it.each([
    ['fr', '« Quelle journée ! », a écrit sur X Hugo Brun.', ['Hugo Brun']],
    ['it', '«Una giornata storica», ha scritto su Instagram Carla Riva.', ['Carla Riva']],
    ['es', '«Ha sido increíble», ha escrito en X Pedro Luna.', ['Pedro Luna']],
    ['it', '«Grazie a tutti», ha scritto su LinkedIn Ugo Sala.', ['Ugo Sala']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['fr', '« Quelle journée ! », a écrit sur Facebook la mairie.'],
    ['it', '«Chiuso per lutto», si legge su Instagram.'],
  ])('no person after the platform: %s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});

describe('"For the <role>, X, «…»": a role first, its holder between commas, then the quotation', () => {
  it.each([
    ['es', 'Para el alcalde, Juan Ortiz, «es un día muy triste».', ['Juan Ortiz']],
    ['it', 'Per il presidente della Regione, Luca Fabbri, «serve uno stato di calamità».', ['Luca Fabbri']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['es', 'Para el alcalde, la situación es «muy grave».'],
    ['it', 'Per il governo, Luca Fabbri ha sbagliato «tutto».'],
  ])('no holder named, or no role: %s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});

describe('a social post introduced by its author ("posted on <platform> …:", "entrusted <platform> with a message:"): the author speaks', () => {
  it.each([
    ['de', ['Mira Kessel meldete sich auf Instagram zu Wort:', ['blockquote', 'Wir stehen an der Seite der Helfer.']], ['Mira Kessel']],
    ['fr', ['Le maire Paul Ferrand a posté sur Facebook une photo de la digue, avec ces mots : « Nous tiendrons. »'], ['Paul Ferrand']],
    ['it', ['La sorella della vittima, Marta Belli, ha affidato a Facebook un messaggio:', ['blockquote', 'Non ci fermeremo.']], ['Marta Belli']],
  ] as [string, Para[], string[]][])('%s: %j', (lang, paras, want) => {
    expect(speakers(lang, paras)).toEqual(want);
  });

  it.each([
    ['it', ['Gino Vitali ha affidato al figlio la gestione della ditta.']],
    ['it', ['Gino Vitali ha postato su Instagram una foto del figlio.']],
    ['de', ['Der Instagram-Account der Stadt meldete sich am Abend zu Wort.']],
  ] as [string, Para[]][])('no words posted: %s: %j', (lang, paras) => {
    expect(speakers(lang, paras)).toEqual([]);
  });
});
