// The seventh round's English kinds: general reporting constructions (not one blog's sentences),
// in sentences written for this test in the style of hearings, courts, markets and match reports.
import { describe, expect, it } from 'vitest';
import { blogSpeakers, entry, speakersOf } from './helpers';

describe('a verb that also names an act reports words only with a clause, a colon or a quotation', () => {
  it.each([
    ['Harriet Okoye confirmed the talks would resume on Monday.'],
    ['Harriet Okoye admitted the council had been too slow.'],
    ['Harriet Okoye disclosed that the firm had lost £3m.'],
    ['Harriet Okoye welcomed the ruling, saying it was overdue.'],
    ['Harriet Okoye rejected that claim: “It is simply untrue.”'],
    ['Harriet Okoye defended the decision: “We had no choice.”'],
    ['Harriet Okoye assured MPs that the scheme was safe.'],
    ['Harriet Okoye reminded the court that the defendant had no previous convictions.'],
    ['Harriet Okoye accepts that the warnings were missed.'],
    ['Harriet Okoye agrees the warnings were missed.'],
    ['Harriet Okoye apologised: “I got this badly wrong.”'],
  ])('%s', (text) => {
    expect(speakersOf('', [text])).toEqual(['Harriet Okoye']);
  });

  it.each([
    'Tom Reyes defended his title in Paris last year.',
    'Tom Reyes welcomed guests to the palace on Friday.',
    'Tom Reyes rejected the bill in the second vote.',
    'Tom Reyes confirmed his place in the side with a hat-trick.',
    'Tom Reyes thanked the crowd with a wave.',
    'Tom Reyes accepted the award on behalf of the crew.',
    'Tom Reyes expects the vote to be close.',
  ])('but not a plain act: %s', (text) => {
    expect(speakersOf('', [text])).toEqual([]);
  });
});

describe('a possessive speech noun as the subject of a reporting verb', () => {
  it.each([
    ['Dana Whitlow’s statement said the company regretted the delay.'],
    ['Dana Whitlow’s letter warns that the ward will close.'],
  ])('%s', (text) => {
    expect(speakersOf('', [text])).toEqual(['Dana Whitlow']);
  });

  it('but not a noun that others talk about', () => {
    expect(speakersOf('', ['Dana Whitlow’s remarks were condemned across the chamber.'])).toEqual([]);
  });
});

describe('a colon lead after an appositive and a short predicate', () => {
  it.each([
    ['Mira Dhanjal, chief executive and founder of Harbour Capital, has a useful take:'],
    ['Mira Dhanjal, the party’s campaign chief, was upbeat:'],
  ])('%s', (lead) => {
    expect(speakersOf('', [lead, ['blockquote', 'The market has priced in two cuts and it will not get them this year.']])).toEqual(['Mira Dhanjal']);
  });

  it('but not a list of people before a colon', () => {
    expect(speakersOf('', ['Mira Dhanjal, Tom Reyes and Ana Bell, all of Harbour Capital, joined the board:', ['blockquote', 'Board members from today: three new names.']])).toEqual([]);
  });
});

describe('a pronoun after the writer turns to someone named in full', () => {
  it('is the newcomer, not the person quoted before (“… she said. Andrei Vasko, the MP, dismissed it. He said: …”)', () => {
    expect(
      speakersOf('', [
        'Nadia Roth welcomed the findings. “It is a good day,” she said.',
        'Andrei Vasko, a former officer turned MP, dismissed the report as absurd.',
        'He said: “It only shows their bias once again.”',
      ]),
    ).toEqual(['Nadia Roth', 'Andrei Vasko']);
    expect(speakersOf('', ['Lena Brandt said the vote was close.', 'Later, Karl Weber arrived at the parliament.', 'He said nothing had been decided.'])).toEqual(['Lena Brandt', 'Karl Weber']);
  });

  it('but not when the pronoun is the one the entry already uses for the person quoted', () => {
    expect(
      speakersOf('', ['Lena Brandt said the vote was close. She added that the count would take hours.', 'Later, Karl Weber arrived at the parliament.', 'She said nothing had been decided.']),
    ).toEqual(['Lena Brandt']);
  });

  it('nor when the newcomer is named by surname only', () => {
    expect(speakersOf('', ['Lena Brandt said the vote was close.', 'Later, Weber arrived at the parliament.', 'He said nothing had been decided.'])).toEqual(['Lena Brandt']);
  });
});

describe('one person spelt two ways in a blog', () => {
  it('a short given name joins the full one, shown in full (“Alex Stubbe” / “Alexander Stubbe”)', () => {
    const entries = [
      entry('', ['Alex Stubbe, the former finance minister, says the union is in its chaos phase.']),
      entry('', ['Alexander Stubbe said the next step would take a while.']),
    ];
    expect(blogSpeakers(entries)).toEqual([['Alexander Stubbe'], ['Alexander Stubbe']]);
  });

  it('two swapped letters in a given name are one spelling slip (“Kirsten” / “Kristen”)', () => {
    const entries = [
      entry('', ['Kristen Forde said rates may need to rise soon.']),
      entry('', ['Kristen Forde told the audience in Leeds that the economy had held up.']),
      entry('', ['Kirsten Forde warned that inflation would overshoot.']),
    ];
    expect(blogSpeakers(entries)).toEqual([['Kristen Forde'], ['Kristen Forde'], ['Kristen Forde']]);
  });

  it('but two different given names stay two people', () => {
    const entries = [entry('', ['Mark Hollis said the plan was dead.']), entry('', ['Marta Hollis said the plan was alive.'])];
    expect(blogSpeakers(entries)).toEqual([['Mark Hollis'], ['Marta Hollis']]);
  });
});

describe('a name that takes a plural verb is a body, not a person', () => {
  it.each([
    ['Hartwell Lyons have also responded: “We have made no change to our plans.”'],
    ['Carrow Stanton have denied the report, saying their offices are unchanged.'],
    ['Bexley Grant warn that investment will fall by 5% next year.'],
  ])('%s', (text) => {
    expect(speakersOf('', [text])).toEqual([]);
  });

  it('across the blog: the same name is no speaker in a later entry', () => {
    const entries = [entry('', ['Hartwell Lyons have issued a note on the vote.']), entry('', ['Hartwell Lyons said the pound would fall further.'])];
    expect(blogSpeakers(entries)).toEqual([[], []]);
  });

  it.each([
    ['Prime minister Dov Adler and his wife Sara express deep sorrow at the news.', ['Dov Adler']],
    ['Friends of Tom Reyes have said he will stand again.', []],
    ['“Could Tom Reyes have known?” asked Ana Bell.', ['Ana Bell']],
    ['Tom Reyes said the pound would fall further.', ['Tom Reyes']],
  ])('but not a person in a coordinated subject, after a preposition or a modal: %s', (text, want) => {
    expect(speakersOf('', [text])).toEqual(want);
  });
});

describe('an embedded post signed by one word alone', () => {
  it('is an account (a city, a desk, a ministry), not a person', () => {
    expect(speakersOf('', ['City officials have set up collection points.', 'Lucca (@Lucca) elenco aggiornato dei punti di raccolta per donare beni']).length).toBe(0);
    expect(speakersOf('', ['Confidence in the eurozone has dipped.', 'Marketdesk (@MarketDesk) eurozone growth to slow as confidence falters']).length).toBe(0);
  });

  it('but a post signed with a full name is the person’s', () => {
    expect(speakersOf('', ['The former minister has a view on the crisis.', 'Alina Stubbe (@AlinaStubbe) we are now in phase two of the crisis.'])).toEqual(['Alina Stubbe']);
  });
});

describe('the act verbs and plural names leave alone', () => {
  it('an object with a relative clause is no listener', () => {
    expect(speakersOf('', ['Tom Reyes accepted the award that the committee had given him.'])).toEqual([]);
  });

  it('a person heard speaking (“heard Tom Reyes say”) stays a person elsewhere in the blog', () => {
    const entries = [entry('', ['Crowds heard Tom Reyes say a few words.']), entry('', ['Tom Reyes said the result was historic.'])];
    expect(blogSpeakers(entries)[1]).toEqual(['Tom Reyes']);
  });
});
