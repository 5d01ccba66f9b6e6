// The kinds of error measured on English blogs nobody had tuned to (issue 10), one general case
// each, in sentences written for this test in the style of live blogs.
import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../../lib/speakers/index';
import { blogSpeakers, entry, speakersOf } from './helpers';

describe('not people', () => {
  it.each([
    ['Cardiff West said no to the plan, according to the count.', []],
    ['Scottish Labour said the vote was a disgrace.', []],
    ['Welsh Labour said it would not stand aside.', []],
    ['Scotland said no in 2014, the minister recalled.', []],
    ['Madame Brexit said the deal was done.', []],
    ['The Red Lion Inn said on Facebook that it would close early.', []],
    ['Harbour Bakery wrote on Instagram: “We are open as usual.”', []],
  ])('%s', (text, want) => {
    expect(speakersOf('', [text])).toEqual(want);
  });

  it('keeps the person after a place, party or nationality word', () => {
    expect(speakersOf('', ['Cardiff West MP Kevin Brennan said the count was fair.'])).toEqual(['Kevin Brennan']);
    expect(speakersOf('', ['Welsh Labour leader Vaughan Gething said the budget was fair.'])).toEqual(['Vaughan Gething']);
  });
});

describe('roles glued to names, and fuller forms', () => {
  it.each([
    ['Taoiseach Micheal Martin said the border would stay open.', 'Micheal Martin'],
    ['Tanaiste Leo Varadkar said talks would continue.', 'Leo Varadkar'],
    ['Conservative Mary Robinson said the bill was rushed.', 'Mary Robinson'],
    ['Minister of International Relations Maite Nkoana-Mashabane said the talks were useful.', 'Maite Nkoana-Mashabane'],
    ['First Minister of Scotland Nicola Sturgeon said the result was clear.', 'Nicola Sturgeon'],
    ['Lord Jay of Ewelme said the committee had not been consulted.', 'Lord Jay of Ewelme'],
  ])('%s', (text, name) => {
    expect(speakersOf('', [text])).toEqual([name]);
  });

  it('joins a short form that leaves out a middle initial to the fuller one', () => {
    const blog = [entry('', ['George W Bush said the ceremony was moving.']), entry('', ['George Bush added that he would attend.'])];
    expect(blogSpeakers(blog)).toEqual([['George W Bush'], ['George W Bush']]);
  });
});

describe('journalists are not speakers', () => {
  it.each([
    'Our political editor Laura Kuenssberg said the mood in the room had changed.',
    'BBC correspondent Tom Hale said: “The crowd is growing here.”',
    'Writing in the Evening Herald, columnist Ruth Dunne argues that the plan has failed.',
  ])('%s', (text) => {
    expect(speakersOf('', [text])).toEqual([]);
  });

  it('keeps the interviewee and drops the presenter asking', () => {
    expect(speakersOf('', ['Asked by presenter Kay Burley whether he would resign, Grant Shapps said: “No.”'])).toEqual(['Grant Shapps']);
  });

  it('drops a reporter named in a "reports from" line, in every entry of the blog', () => {
    const blog = [
      entry('', ['Jennifer Rankin reports from Brussels', 'The commission is ready to act, its president said.']),
      entry('', ['Jennifer Rankin said the vote would be close.']),
    ];
    expect(blogSpeakers(blog)).toEqual([[], []]);
  });
});

describe('second and third speakers of one entry', () => {
  it('finds every person of a Commons exchange and a reaction round-up', () => {
    expect(
      speakersOf('', [
        'Labour’s Angela Rayner asked the prime minister whether the money would arrive before winter.',
        'Rishi Sunak replied that it would, and accused her of scaremongering.',
        'The SNP’s Stephen Flynn then told MPs the plan came too late.',
      ]),
    ).toEqual(['Angela Rayner', 'Rishi Sunak', 'Stephen Flynn']);
    expect(
      speakersOf('Reaction to the verdict', [
        ['li', 'Ed Davey: “A dark day for the rule of law.”'],
        ['li', 'Carla Denyer: “We will keep campaigning.”'],
        ['li', 'Nigel Farage: “The public will decide.”'],
      ]),
    ).toEqual(['Ed Davey', 'Carla Denyer', 'Nigel Farage']);
  });
});

describe('people named earlier', () => {
  it('takes a surname from the headline and a pronoun from the one person named', () => {
    expect(speakersOf('Rishi Sunak visits Teesside', ['Sunak told workers the plant would stay open.'])).toEqual(['Rishi Sunak']);
    expect(speakersOf('Rishi Sunak visits Teesside', ['He said the plant would stay open.'])).toEqual(['Rishi Sunak']);
  });

  it('takes a surname from an earlier entry of the blog', () => {
    const blog = [entry('', ['Health secretary Wes Streeting visited the hospital.']), entry('', ['Streeting said waiting lists were falling.'])];
    expect(blogSpeakers(blog)[1]).toEqual(['Wes Streeting']);
  });
});

describe('forms of speech', () => {
  it.each([
    ['Daisy Cooper tweeted that the decision was wrong.', ['Daisy Cooper']],
    ['In a statement, Ahmed Karim said the club was shocked.', ['Ahmed Karim']],
    ['The policy was criticised by Ana Duarte, who called it cruel.', ['Ana Duarte']],
  ])('%s', (text, want) => {
    expect(speakersOf('', [text])).toEqual(want);
  });

  it('reads a colon lead into a quote block, and "X in his own words"', () => {
    expect(speakersOf('', ['Speaking to reporters, Rishi Sunak said:', ['blockquote', 'We will not be changing course.']])).toEqual(['Rishi Sunak']);
    expect(speakersOf('Keir Starmer in his own words', [['blockquote', 'This is a government of service.']])).toEqual(['Keir Starmer']);
  });

  it('reads an embedded post signed with a name and handle', () => {
    expect(speakersOf('', [['blockquote', 'Proud of every volunteer tonight.'], ['blockquote', '— Jo Stevens MP (@JoStevensLabour) June 3, 2024']])).toEqual([
      'Jo Stevens',
    ]);
  });
});

describe('a new entry never takes a speaker away from other entries', () => {
  it('"Speaking to reporters, Rishi Sunak said:" keeps Sunak everywhere and gets him too', () => {
    const earlier = [
      entry('', ['Rishi Sunak said the economy was turning a corner.'], { id: 'a' }),
      entry('', ['Rishi Sunak told MPs the plan would work.'], { id: 'b' }),
      entry('', ['Asked about strikes, Rishi Sunak said talks were open.'], { id: 'c' }),
    ];
    const live = entry('', ['Speaking to reporters, Rishi Sunak said:', ['blockquote', 'We are getting on with the job.']], { id: 'd' });
    const before = findSpeakers(earlier);
    const after = findSpeakers([live, ...earlier]);
    for (const id of ['a', 'b', 'c']) {
      expect(before.perEntry.get(id)!.speakers).toEqual(['Rishi Sunak']);
      expect(after.perEntry.get(id)!.speakers).toEqual(before.perEntry.get(id)!.speakers);
    }
    expect(after.perEntry.get('d')!.speakers).toEqual(['Rishi Sunak']);
    expect(after.speakers).toEqual([{ name: 'Rishi Sunak', entries: 4 }]);
  });
});

describe('quotes are the speaker’s words', () => {
  it('keeps a scare-quoted phrase of two or three words out of the found quotes', () => {
    const e = entry('', [
      'The minister called the package “important and powerful” before leaving for Brussels.',
      'Defence secretary John Healey said: “We will send a coalition of jets to the region this week.”',
    ]);
    const quotes = findSpeakers([e]).perEntry.get(e.id)!.quotes.map((q) => q.text);
    expect(quotes).toEqual(['We will send a coalition of jets to the region this week.']);
    const scare = entry('', ['John Healey described it as “a coalition of jets” in his speech.']);
    expect(findSpeakers([scare]).perEntry.get(scare.id)!.quotes).toEqual([]);
  });
});

describe('a host is not a journalist', () => {
  it('keeps "the host prime minister, X, said"', () => {
    expect(speakersOf('', ['Closing the summit, the host prime minister, Elena Marsh, said the states had agreed a timetable.'])).toEqual(['Elena Marsh']);
  });
});
