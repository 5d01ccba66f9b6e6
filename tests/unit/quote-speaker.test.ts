import { describe, expect, it } from 'vitest';
import {
  cleanQuoteText,
  cleanSpeaker,
  foldForMatch,
  guessSpeaker,
  isSaveableSelection,
  quoteForSelection,
  speakerChoices,
} from '../../lib/quote-speaker';

const MARSH = { text: 'We will not borrow to pay for day-to-day spending, and we will not raise income tax.', speaker: 'Helen Marsh' };
const OKAFOR = { text: 'This budget does nothing for the towns that need it most.', speaker: 'David Okafor' };

describe('foldForMatch', () => {
  it('ignores case, accents, typographic punctuation and spacing', () => {
    expect(foldForMatch('  “Żółć — café’s  RÉSUMÉ!” ')).toBe('zołc cafe s resume');
    expect(foldForMatch('day-to-day')).toBe(foldForMatch('day–to–day'));
  });
});

describe('cleanQuoteText', () => {
  it('collapses spaces within lines and keeps paragraph breaks', () => {
    expect(cleanQuoteText('  We will\u00a0 not\tborrow.\r\n\r\n\r\n\r\nNot a penny.  ')).toBe('We will not borrow.\n\nNot a penny.');
  });
  it('drops one enclosing pair of quotation marks', () => {
    expect(cleanQuoteText('“We will not borrow.”')).toBe('We will not borrow.');
    expect(cleanQuoteText('"Not a penny"')).toBe('Not a penny');
  });
  it('keeps marks that are not one enclosing pair', () => {
    expect(cleanQuoteText('“Yes,” she said, “we will.”')).toBe('“Yes,” she said, “we will.”');
    expect(cleanQuoteText('“Yes, we will')).toBe('“Yes, we will');
  });
  it('removes control characters and cuts to the protocol limit', () => {
    expect(cleanQuoteText('a\u0007b')).toBe('ab');
    expect(cleanQuoteText('x'.repeat(20_000))).toHaveLength(10_000);
  });
});

describe('isSaveableSelection', () => {
  it('wants at least three letters or digits', () => {
    expect(isSaveableSelection('ok')).toBe(false);
    expect(isSaveableSelection(' — “” ')).toBe(false);
    expect(isSaveableSelection('Yes')).toBe(true);
  });
});

describe('quoteForSelection', () => {
  const quotes = [MARSH, OKAFOR];
  it('finds the quote a selection lies in, whatever its punctuation', () => {
    expect(quoteForSelection('we will NOT raise income tax', quotes)).toBe(MARSH);
    expect(quoteForSelection('“This budget does nothing for the towns', quotes)).toBe(OKAFOR);
  });
  it('finds a quote the selection contains (marks and attribution selected along)', () => {
    expect(quoteForSelection('Okafor replied: “This budget does nothing for the towns that need it most.” He sat down.', quotes)).toBe(OKAFOR);
  });
  it('finds a quote the selection overlaps by a run of words', () => {
    expect(quoteForSelection('that need it most. The Speaker then called', quotes)).toBe(OKAFOR);
  });
  it('prefers the quote sharing more words when the selection spans two', () => {
    const both = 'and we will not raise income tax. Okafor: This budget does';
    expect(quoteForSelection(both, quotes)).toBe(MARSH);
  });
  it('matches whole words only, and not a stray word or two', () => {
    expect(quoteForSelection('tow', quotes)).toBeNull();
    expect(quoteForSelection('The weather will be cold tomorrow in most towns', quotes)).toBeNull();
  });
  it('answers null without quotes or text', () => {
    expect(quoteForSelection('anything', [])).toBeNull();
    expect(quoteForSelection('  ', quotes)).toBeNull();
  });
});

describe('guessSpeaker', () => {
  it("takes the speaker of the quote the selection lies in", () => {
    expect(guessSpeaker('not raise income tax', { quotes: [MARSH, OKAFOR], speakers: ['Helen Marsh', 'David Okafor'] }))
      .toEqual({ speaker: 'Helen Marsh', source: 'quote' });
  });
  it("falls back to the entry's only speaker", () => {
    expect(guessSpeaker('The chancellor sat down to cheers.', { quotes: [MARSH], speakers: ['Helen Marsh'] }))
      .toEqual({ speaker: 'Helen Marsh', source: 'entry' });
  });
  it('asks when the entry has several speakers or none', () => {
    expect(guessSpeaker('The chamber was full.', { quotes: [MARSH, OKAFOR], speakers: ['Helen Marsh', 'David Okafor'] }))
      .toEqual({ speaker: null, source: 'none' });
    expect(guessSpeaker('The chamber was full.', { quotes: [], speakers: [] })).toEqual({ speaker: null, source: 'none' });
  });
});

describe('speakerChoices', () => {
  it("lists the entry's speakers first, then the blog's, without repeats", () => {
    expect(speakerChoices(['David Okafor'], ['Helen Marsh', 'david okafor', 'Ana  Ruiz', ''])).toEqual(['David Okafor', 'Helen Marsh', 'Ana Ruiz']);
  });
  it('stops at the limit', () => {
    expect(speakerChoices([], ['A a', 'B b', 'C c'], 2)).toEqual(['A a', 'B b']);
  });
});

describe('cleanSpeaker', () => {
  it('makes a typed name one bounded line, and empty none', () => {
    expect(cleanSpeaker('  Helen\nMarsh ')).toBe('Helen Marsh');
    expect(cleanSpeaker('   ')).toBeNull();
    expect(cleanSpeaker(null)).toBeNull();
    expect(cleanSpeaker('x'.repeat(300))).toHaveLength(200);
  });
});
