// The tenth round's English recall kinds: right speakers the rules lost, in entries written for
// this test, each with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../../lib/speakers/index';
import { blogSpeakers, entry } from './helpers';

describe('a straight quotation mark after a quote’s last punctuation closes a quote opened above', () => {
  it('"…in the end," says X: the quote began in the paragraph before, so the verb is not quoted', () => {
    const e = [entry('', ['"We are in a difficult place.', 'It failed to reach a deal with the banks in the end," says Tom Hardy, head of the agency.'])];
    expect(blogSpeakers(e)).toEqual([['Tom Hardy']]);
  });

  it('and "…," he says then points to the person the entry named', () => {
    const e = [
      entry('', ['Rhona Baird, deputy leader of the rail union, calls the closure a disaster.', '"There are workers who will not get paid.', 'We are already hearing of it," she says.']),
    ];
    expect(blogSpeakers(e)).toEqual([['Rhona Baird']]);
  });

  it('the words before the mark are the quote, the verb and name after it are not', () => {
    const e = entry('', ['It failed to reach a deal in the end," says Tom Hardy, head of the agency.']);
    const quotes = findSpeakers([e]).perEntry.get(e.id)!.quotes;
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['It failed to reach a deal in the end', 'Tom Hardy']]);
  });
});

describe('an embedded post signed "Name (@handle)" before its words', () => {
  it('a handle printed with a space for its underscore ("@rob tallis") still signs the post', () => {
    const e = [entry('', ['From the guitarist Rob Tallis: Rob Tallis (@rob tallis) very sad news today.', 'He was a kind man.'])];
    expect(blogSpeakers(e)).toEqual([['Rob Tallis']]);
  });

  it.each([
    ['Ann Varga (@AVarga_HU) we will not sign this deal.', 'Ann Varga'],
    ['Tom Reed (@treed_cmc) can kicked again - nobody believes the ministers are serious.', 'Tom Reed'],
  ])('a handle of the name and a short tag (a country, a firm) signs it: %s', (text, who) => {
    expect(blogSpeakers([entry('', [text])])).toEqual([[who]]);
  });

  it.each([
    ['Jo Holt (@jholt_bbc) ministers will not sign this deal tonight.', 'a reporter’s tag: the post relays news'],
    ['Tom Reed (@reedt) can kicked again, it seems.', 'surname first, then an initial: not shown to be his'],
    ['Protección Civil (@proteccivilcol) publica la lista de los heridos.', 'part of a body’s name: no person'],
  ])('leaves alone %s (%s)', (text) => {
    expect(blogSpeakers([entry('', [text])])).toEqual([[]]);
  });
});

describe('thanking or congratulating someone reports words addressed to them', () => {
  it.each([
    ['Dara Quinn thanks jury, legal team and family', 'Dara Quinn'],
    ['The commissioner, Ines Brandt, is more upbeat about Portugal, congratulating Lisbon for the progress it has made.', 'Ines Brandt'],
    ['Judge Helen Marsh thanked counsel for their work and the court staff.', 'Helen Marsh'],
  ])('%s', (text, who) => {
    expect(blogSpeakers([entry('', [text])])).toEqual([[who]]);
  });

  it.each([
    ['Dara Quinn won the seat, thanks to a late swing in the north.', '"thanks to": a cause, not words'],
    ['The minister, Ines Brandt, toured the flooded streets and thanked volunteers for their help.', 'one act among others on a visit'],
  ])('leaves alone %s (%s)', (text) => {
    expect(blogSpeakers([entry('', [text])])).toEqual([[]]);
  });
});

describe('the base form of thanks is the words themselves, not a report of them', () => {
  it('"Another card said: Ruth, thank you for …" gives Ruth no words, whatever "Ruth" the blog knows', () => {
    const e = [
      entry('', ['Another card, which was anonymous, said: Ruth, thank you for your songs and your voice.']),
      entry('', ['From the singer: Leo Marks (@leomarks) I needed more space for this.', 'Goodbye Ruth.', 'Thank you for everything']),
    ];
    expect(blogSpeakers(e)).toEqual([[], ['Leo Marks']]);
  });
});
