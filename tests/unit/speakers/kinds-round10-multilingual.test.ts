// The tenth round's kinds in Polish, German, Italian, French and Spanish (issue 10: wrong pairs
// first), in sentences written for this test in the style of each language's live blogs, with
// cases to leave alone.
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

const speakers = speakersIn;

describe('a reporter whose role is glued to the outlet ("ARD-Korrespondentin") is a journalist at work', () => {
  it.each([
    ['de', 'ARD-Korrespondentin Sabine Roth: „Die Lage an der Grenze ist angespannt.“'],
    ['de', 'ZDF-Reporter Max Bauer sagte, die Stimmung vor dem Stadion sei ruhig.'],
  ])('%s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });

  it('left alone: a politician glued to a party ("SPD-Politikerin") speaks', () => {
    expect(speakers('de', ['SPD-Politikerin Carla Wendt sagte, die Reform komme zu spät.'])).toEqual(['Carla Wendt']);
  });
});

describe('Polish: a role with no article opening the clause is its subject, not the person met', () => {
  it.each([
    ['Premier spotkał się z Janem Kowalskim. – Rozmawialiśmy o rolnictwie – powiedział po spotkaniu.'],
    ['Prezydent rozmawiał z Ursulą Kowalską. Powiedział, że rozmowa była dobra.'],
    ['Minister zadzwonił do Andrzeja Mazura. – To była dobra rozmowa – przekazał.'],
  ])('%s', (text) => {
    expect(speakers('pl', [text])).toEqual([]);
  });

  it.each([
    ['Rozmawialiśmy z Anną Kowalczyk, mieszkanką Kłodzka. – Woda przyszła w nocy – mówi.', ['Anna Kowalczyk']],
    ['Nasz reporter rozmawiał z Tomaszem Lisem, sołtysem wsi. – Nie mamy prądu od rana – powiedział.', ['Tomasz Lis']],
  ])('left alone: a reporter talking to someone relays them: %s', (text, want) => {
    expect(speakers('pl', [text])).toEqual(want);
  });
});
