// The ninth round's English recall kinds: right speakers the rules lost, in entries written for
// this test, each with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { blogSpeakers, entry } from './helpers';

describe('a reporting verb opening a sentence ("Asks Marsh: …") joins no name', () => {
  const hearing = (line: string) => [
    entry('', ['Tory MP Ian Pole questions the regulator chair, Helen Marsh.', line]),
    entry('', ['Funding should be settled for a decade, says Marsh.']),
    entry('', ['Marsh says the review will report in the spring.']),
  ];

  it.each([['Asks Marsh: Have you changed your mind?'], ['Adds Marsh, to laughter: “Not yet.”'], ['Insists Marsh: “We are independent.”']])(
    'so the blog still knows one Marsh, and her later lines are hers: %s',
    (line) => {
      const [, ...later] = blogSpeakers(hearing(line));
      expect(later).toEqual([['Helen Marsh'], ['Helen Marsh']]);
    },
  );

  it('nor does its colon lead into the name’s words: "Asks X:" may put the question to X', () => {
    const e = [entry('', ['The ombudsman, Gareth Penhale, faces the committee.', 'Asks Penhale: “Why has nothing changed?”'])];
    expect(blogSpeakers(e)).toEqual([[]]);
  });

  it('a given name that is a verb form keeps opening its name ("Said Rahimi said …")', () => {
    const e = [entry('', ['Said Rahimi, the camp’s doctor, said supplies had run out.']), entry('', ['Rahimi says more tents are needed.'])];
    expect(blogSpeakers(e)).toEqual([['Said Rahimi'], ['Said Rahimi']]);
  });

  it('a surname alone, never given in full in the blog, still gets no speaker', () => {
    const e = [entry('', ['Funding should be settled for a decade, says Quill.']), entry('', ['Asks Quill: Is that realistic?'])];
    expect(blogSpeakers(e)).toEqual([[], []]);
  });
});

describe('British police ranks in short ("Det Ch Insp", "Chief Con", "Insp") are titles, not names', () => {
  it.each([
    ['Det Ch Insp Ruth Calder said the force would review the case.', 'Ruth Calder'],
    ['Chief Con Alan Brede says: “We accept the findings in full.”', 'Alan Brede'],
    ['Insp Gary Holt said two men had been arrested overnight.', 'Gary Holt'],
  ])('%s', (text, who) => {
    expect(blogSpeakers([entry('', [text])])).toEqual([[who]]);
  });

  it('and the officer is found again by her surname', () => {
    const e = [entry('', ['Det Ch Insp Ruth Calder said the force would review the case.']), entry('', ['Calder said no arrests were expected today.'])];
    expect(blogSpeakers(e)).toEqual([['Ruth Calder'], ['Ruth Calder']]);
  });
});

describe('"dela", as in Philippine surnames ("dela Cruz"), joins the name it opens', () => {
  it('so "dela Pena said" is the police chief the blog named in full', () => {
    const e = [
      entry('', ['Police chief Oscar dela Pena said the raids would continue.']),
      entry('', ['dela Pena told reporters the gang had fled north.']),
    ];
    expect(blogSpeakers(e)).toEqual([['Oscar dela Pena'], ['Oscar dela Pena']]);
  });

  it('a lower-case "dela" with no capitalised name after it opens none', () => {
    expect(blogSpeakers([entry('', ['The mayor said the dela road would stay shut.'])])).toEqual([[]]);
  });
});

describe('a feast day ("Christmas Eve", "Easter Monday") is a date, not a woman a pronoun can point to', () => {
  it('so "she said" stays with the neighbour named before', () => {
    const e = [entry('', ['Outside the house, neighbour Marta Quill laid flowers.', 'She had seen him on Christmas Eve, she said, adding: “He looked well.”'])];
    expect(blogSpeakers(e)).toEqual([['Marta Quill']]);
  });

  it('a woman called Eve still speaks', () => {
    expect(blogSpeakers([entry('', ['Eve Darrow, who runs the cafe, said trade had halved.'])])).toEqual([['Eve Darrow']]);
  });
});

describe('a preposition opening a sentence ("Outside X’s home, …") joins no name', () => {
  it.each([['Outside'], ['Near'], ['Inside']])('"%s Okafor’s flat, Ines Marrow …": "she said" after it is Ines Marrow', (prep) => {
    const e = [entry('', [`${prep} Okafor’s flat, Ines Marrow was leaving flowers.`, 'She said everyone on the street had loved him.'])];
    expect(blogSpeakers(e)).toEqual([['Ines Marrow']]);
  });

  it('and the man whose home it is stays a person of his own name', () => {
    const e = [
      entry('', ['Outside Okafor’s flat, Ines Marrow was leaving flowers.']),
      entry('', ['Ben Okafor said in 2019 that he would never leave the street.']),
    ];
    expect(blogSpeakers(e)).toEqual([[], ['Ben Okafor']]);
  });
});

describe('"Federation of Rural Shops chief X says": the "of" is the body’s own name, the role opens X’s phrase', () => {
  it.each([
    ['Federation of Rural Shops chief Ava Lindqvist says the collapse will hit suppliers hard.', ['Ava Lindqvist']],
    ['Institute of Harbour Pilots president Tomas Ek says the channel is unsafe.', ['Tomas Ek']],
    // Left alone: an "of" after a common noun still makes the name its owner.
    ['The wife of rally driver Ben Ostrow says he is recovering.', []],
    ['A spokesman for Kestrel Bank chief Ana Ruiz said she would not comment.', []],
  ])('%s', (text, who) => {
    expect(blogSpeakers([entry('', [text as string])])).toEqual([who]);
  });
});
