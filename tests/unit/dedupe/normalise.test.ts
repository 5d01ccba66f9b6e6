import { describe, expect, it } from 'vitest';
import { foldText, namesIn, normaliseEntry, numbersIn, stripFurniture } from '../../../lib/dedupe/normalise';

describe('foldText', () => {
  it('lower-cases, strips accents and punctuation, squashes spaces', () => {
    expect(foldText('  The Mayor of Zürich   said: “Ça va!”  ')).toBe('the mayor of zurich said ca va');
    expect(foldText('Łódź—Kraków, 3-1')).toBe('łodz krakow 3 1');
  });

  it('drops a possessive and joins a word split by an apostrophe', () => {
    expect(foldText("The council's plan won't work")).toBe('the council plan wont work');
    expect(foldText('Harbour’s edge')).toBe('harbour edge');
  });

  it('gives an empty string for text without letters or digits', () => {
    expect(foldText(' — … ! ')).toBe('');
  });
});

describe('stripFurniture', () => {
  it('removes labels and timestamps at the start of a paragraph', () => {
    expect(stripFurniture('Pinned: Ferry runs aground')).toBe('Ferry runs aground');
    expect(stripFurniture('Key event')).toBe('');
    expect(stripFurniture('12.50 BST The ferry has been refloated.')).toBe('The ferry has been refloated.');
    expect(stripFurniture('19:02 (IST), Oct 02 Wicket! Out for a duck.')).toBe('Wicket! Out for a duck.');
    expect(stripFurniture('11.04 Uhr: Die Fähre ist frei.')).toBe('Die Fähre ist frei.');
    expect(stripFurniture('Breaking news – Pinned | Polls have closed')).toBe('Polls have closed');
    expect(stripFurniture('12.50 BST Police 10 officers were hurt.')).toBe('Police 10 officers were hurt.');
  });

  it('removes "Updated at" phrases, zoned times and cross-link phrases anywhere', () => {
    expect(stripFurniture('Polls closed. Updated at 14.05 BST')).toBe('Polls closed.');
    expect(stripFurniture('Crews arrived at 9.30 GMT to clear the road.')).toBe('Crews arrived at to clear the road.');
    expect(stripFurniture('The road is open again. For the full story click here')).toBe('The road is open again.');
  });

  it('keeps the same words inside a sentence and plain numbers', () => {
    expect(stripFurniture('It was a key event of the week, with 1.5 million watching.')).toBe(
      'It was a key event of the week, with 1.5 million watching.',
    );
    expect(stripFurniture('Live music returns to the square at 7pm.')).toBe('Live music returns to the square at 7pm.');
  });
});

describe('facts', () => {
  it('reads numbers as printed, unifying the decimal comma', () => {
    expect(numbersIn('214 passengers, a 2-1 win, 57:33 overall and 1,5 km')).toEqual(['214', '2', '1', '57:33', '1.5']);
  });

  it('reads capitalised words inside sentences as names, not sentence openers or pronouns', () => {
    expect(namesIn('Police said Maria Okafor met the mayor of Kestrel Bay. She left early.')).toEqual(['maria', 'okafor', 'kestrel', 'bay']);
    expect(namesIn('The rain stopped in Bristol She said it was over')).toEqual(['bristol']);
  });
});

describe('normaliseEntry', () => {
  it('gives words, body word count, numbers (digits and English words) and body names', () => {
    const n = normaliseEntry('Pinned: Ferry Aground', 'Updated at 10.02 BST\n\nFourteen crew and 200 passengers left the Northline ferry.');
    expect(n.text).toBe('ferry aground fourteen crew and 200 passengers left the northline ferry');
    expect(n.words).toHaveLength(11);
    expect(n.bodyWords).toBe(9);
    expect(n.numbers).toEqual(['14', '200']);
    expect(n.names).toEqual(['northline']);
  });

  it('ignores furniture and formatting differences between two copies', () => {
    const a = normaliseEntry('Ferry aground', 'A ferry ran aground at Kestrel Bay, the coastguard said.');
    const b = normaliseEntry('Key event: Ferry aground', '12.31 BST\n\nA FERRY ran aground at Kestrel Bay – the coastguard said!\n\nRead more here');
    expect(b.text).toBe(a.text);
  });

  it('gives nothing for an entry without text', () => {
    expect(normaliseEntry('', '')).toEqual({ text: '', words: [], bodyWords: 0, numbers: [], names: [] });
  });
});
