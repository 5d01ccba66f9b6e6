// The eighth round's English kinds: wrong picks by kind (a name form a scrape doubled), in entries
// written for this test.
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
