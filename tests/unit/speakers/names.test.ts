import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../../lib/speakers/index';
import { foldWord, nameKey } from '../../../lib/speakers/keys';
import { blogSpeakers, entry, speakersOf } from './helpers';

describe('titles and roles are not part of the name', () => {
  it.each([
    ['US defence secretary Pete Hegseth said the exercise would go ahead.', 'Pete Hegseth'],
    ['Sir Keir Starmer said the summit had been constructive.', 'Keir Starmer'],
    ['Councillor Nadia Rahman MBE said the library would reopen.', 'Nadia Rahman'],
    ['Farmer Luis Gomez warned that prices would rise.', 'Luis Gomez'],
    ['Chief constable Ruth Adebayo said officers were on patrol.', 'Ruth Adebayo'],
    ['Arizona Senator Dale Whitaker said the vote was a mistake.', 'Dale Whitaker'],
  ])('%s', (text, name) => {
    expect(speakersOf('', [text])).toEqual([name]);
  });

  it('keeps a single titled surname when the blog never gives more', () => {
    expect(speakersOf('', ['President Zelenskyy said the talks were not over.'])).toEqual(['Zelenskyy']);
  });

  it('keeps particles inside names', () => {
    expect(speakersOf('', ['Ursula van der Berg said the fund would grow.', 'Van der Berg added that more was needed.'])).toEqual([
      'Ursula van der Berg',
    ]);
  });

  it('repairs mis-decoded accents in names', () => {
    expect(speakersOf('', ['Mexican president Enrique PeÃ±a Soto said the border would stay open.'])).toEqual(['Enrique Peña Soto']);
  });
});

describe('one person across the blog', () => {
  it('names a surname by the fullest form the blog uses', () => {
    const blog = [
      entry('', ['Marchetti said the talks would resume on Friday.']),
      entry('', ['Italy’s foreign minister, Paolo Marchetti, arrived in Rome.']),
      entry('', ['“We are close,” Mr Marchetti told reporters.']),
    ];
    expect(blogSpeakers(blog)).toEqual([['Paolo Marchetti'], [], ['Paolo Marchetti']]);
    expect(findSpeakers(blog).speakers).toEqual([{ name: 'Paolo Marchetti', entries: 2 }]);
  });

  it('treats transliteration variants as one person and keeps the blog’s spelling', () => {
    const blog = [
      entry('', ['Volodymyr Zelenskiy said the front line was holding.']),
      entry('', ['Zelensky said he would travel to Brussels.']),
      entry('', ['President Zelenskyy said air defences were needed.']),
      entry('', ['Volodymyr Zelenskiy told parliament the budget was agreed.']),
    ];
    expect(blogSpeakers(blog)).toEqual([['Volodymyr Zelenskiy'], ['Volodymyr Zelenskiy'], ['Volodymyr Zelenskiy'], ['Volodymyr Zelenskiy']]);
  });

  it('keeps different people apart: Zelenska is not Zelensky, Peskova is not Peskov', () => {
    const blog = [
      entry('', ['Volodymyr Zelensky said the talks would continue.']),
      entry('', ['Olena Zelenska said schools needed shelters.']),
      entry('', ['Kremlin spokesman Dmitry Peskov said no meeting was planned.']),
      entry('', ['Yelizaveta Peskova wrote on Telegram that she had left Moscow.']),
    ];
    expect(blogSpeakers(blog)).toEqual([['Volodymyr Zelensky'], ['Olena Zelenska'], ['Dmitry Peskov'], ['Yelizaveta Peskova']]);
    expect(foldWord('Zelenskyy')).toBe(foldWord('Zelenskiy'));
    expect(foldWord('Zelenska')).not.toBe(foldWord('Zelensky'));
    expect(nameKey(['Peskova'])).not.toBe(nameKey(['Peskov']));
  });

  it('does not guess between two people who share a surname', () => {
    const blog = [
      entry('', ['Anna Berg said the port was closed.', 'Erik Berg said the port was open.']),
      entry('', ['Berg said the ships were waiting.']),
    ];
    expect(blogSpeakers(blog)[1]).toEqual([]);
  });
});

describe('who is not a speaker', () => {
  it('a possessive owner of an office or spokesperson', () => {
    expect(speakersOf('', ['Zelenskiy’s office said the call had been productive.'])).toEqual([]);
    expect(speakersOf('', ['Prime minister Tomas Lindqvist’s spokesperson said there were no plans to resign.'])).toEqual([]);
  });

  it.each([
    'Downing Street said the meeting had been cancelled.',
    'A government spokesperson said the figures were being checked.',
    'Officials said the road would stay closed.',
    'The Foreign Office said it was aware of the reports.',
    'Harbour Police said two men had been arrested.',
    'The army said it had repelled the attack.',
  ])('organisations and anonymous roles: %s', (text) => {
    expect(speakersOf('', [text])).toEqual([]);
  });

  it('the entry’s author', () => {
    const text = ['Lucy Bannerman said the city was quiet after the storm.'];
    expect(speakersOf('', text, 'Lucy Bannerman')).toEqual([]);
    expect(speakersOf('', text)).toEqual(['Lucy Bannerman']);
  });

  it('journalists reporting', () => {
    expect(speakersOf('', ['Sky correspondent Jane Holt said: “The crowd is growing here.”'])).toEqual([]);
    expect(speakersOf('', ['In the Evening Herald, Tom Ellery writes that the plan has failed.'])).toEqual([]);
  });

  it('people merely mentioned, met or criticised', () => {
    expect(speakersOf('', ['Priya Nair met Karl Weber in Geneva.', 'Weber has been criticised by unions.'])).toEqual([]);
  });
});
