// The eighth round's English kinds: wrong picks by kind (a name form a scrape doubled, a post that
// passes on a source's news), in entries written for this test.
import { describe, expect, it } from 'vitest';
import { blogSpeakers, entry, speakersOf } from './helpers';

describe('a two-word "name" whose words are the same word is a scrape that ran two sentences together', () => {
  it('the repeated word is the surname, said twice', () => {
    const e = [
      entry('', ['Judge Amara Okafor began reading her ruling at ten.']),
      entry('', ['Reporters in the gallery kept pace: “the evidence points one way,” says Okafor Okafor says the appeal must fail.']),
    ];
    expect(blogSpeakers(e)[1]).toEqual(['Amara Okafor']);
  });

  it.each([
    ['Nkem Nkem-Obi said the board would meet again on Monday.', 'Nkem Nkem-Obi'],
    ['Carla Okafor said the board would meet again on Monday.', 'Carla Okafor'],
  ])('but not two different words: %s', (text, who) => {
    expect(speakersOf('', [text])).toEqual([who]);
  });
});

describe('an embedded post that opens with a label and a colon passes on a source', () => {
  it.each([
    ['Breaking: ministers agree to delay the vote until Thursday'],
    ['Treasury sources: no deal on the budget before Friday.'],
    ['survey by the retailers’ association: 40% of shops plan to cut staff'],
  ])('its author relays news: %s', (post) => {
    expect(speakersOf('', ['Worrying news from the capital: Ines Carvalho (@inescarvalho) ' + post])).toEqual([]);
  });

  it.each([
    ['our new forecast for growth next year is 1.2%, down from 1.5%.'],
    ['we have said it before and we say it again today: no more cuts.'],
    ['our new forecast: growth of 1.2% next year, down from 1.5%.'],
  ])('but a post in the author’s own words keeps its author: %s', (post) => {
    expect(speakersOf('', ['Ines Carvalho (@inescarvalho) ' + post])).toEqual(['Ines Carvalho']);
  });
});

describe('a question opened by an auxiliary ("Does Okafor …?") does not glue the auxiliary to the name', () => {
  it('the surname stays the person the blog names in full', () => {
    const e = [
      entry('', ['The central question: Does Okafor back the trust as it stands, Tom Reyes asks. Okafor says she sees her role as serving licence payers.']),
      entry('', ['Amara Okafor, the new chair, faces the committee this morning.']),
    ];
    const found = blogSpeakers(e)[0]!;
    expect(found).toContain('Amara Okafor');
    expect(found.some((n) => n.startsWith('Does'))).toBe(false);
  });

  it.each([
    ['Will Carling said the side had been poorly prepared.', 'Will Carling'],
    ['Harriet Okoye said the talks would resume on Monday.', 'Harriet Okoye'],
  ])('but a given name that is also a modal stays a name: %s', (text, who) => {
    expect(speakersOf('', [text])).toEqual([who]);
  });
});
