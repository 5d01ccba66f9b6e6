import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../../lib/speakers/index';
import { blogSpeakers, entry, speakersOf } from './helpers';

describe('headlines', () => {
  it('reads "…, Surname says" with the fullest form from the body', () => {
    const got = speakersOf('‘Real progress’ on the ferry strike, Okonjo says', [
      'Transport minister Adaeze Okonjo met union leaders in Lagos on Tuesday.',
    ]);
    expect(got).toEqual(['Adaeze Okonjo']);
  });

  it('reads "Surname: …" headlines', () => {
    expect(speakersOf('Lindqvist: farmers will not be left behind', ['Tomas Lindqvist visited Uppsala on Monday.'])).toEqual([
      'Tomas Lindqvist',
    ]);
  });

  it('reads a Title Case headline', () => {
    expect(speakersOf('Okafor Says Bridge Will Reopen Next Week', ['Mayor Grace Okafor toured the site.'])).toEqual(['Grace Okafor']);
  });

  it('takes a lone surname from another entry of the same blog', () => {
    const blog = [
      entry('Marchetti: we need more time', ['The talks resumed in Rome.']),
      entry('', ['Italy’s foreign minister, Paolo Marchetti, arrived in Rome on Monday.']),
    ];
    expect(blogSpeakers(blog)[0]).toEqual(['Paolo Marchetti']);
  });
});

describe('colon leads and quotation blocks', () => {
  it('attributes a blockquote after "X said:" and quote-only paragraphs after it', () => {
    const e = entry('', [
      'Canada’s defence minister Anita Moreau said:',
      ['blockquote', 'We will send two more frigates to the Baltic this year.'],
      ['blockquote', 'Our allies can count on us.'],
      '“And we will keep our word,” she added.',
    ]);
    const r = findSpeakers([e]).perEntry.get(e.id)!;
    expect(r.speakers).toEqual(['Anita Moreau']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Anita Moreau', 'Anita Moreau', 'Anita Moreau']);
    expect(r.quotes[0]!.text).toBe('We will send two more frigates to the Baltic this year.');
  });

  it('resolves "This is what he said:" to the person named before', () => {
    const e = entry('', [
      'Prime minister Tomas Lindqvist met farmers in Uppsala on Monday.',
      'This is what he said:',
      ['blockquote', 'Nobody will be left behind, whatever the harvest brings.'],
    ]);
    const r = findSpeakers([e]).perEntry.get(e.id)!;
    expect(r.speakers).toEqual(['Tomas Lindqvist']);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBe('Tomas Lindqvist');
  });

  it('continues a multi-paragraph quotation with the last speaker', () => {
    const e = entry('', ['Farmer Luis Gomez said: “The harvest was poor this year.', '“Prices will rise before the winter.”']);
    const r = findSpeakers([e]).perEntry.get(e.id)!;
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Luis Gomez', 'The harvest was poor this year.'],
      ['Luis Gomez', 'Prices will rise before the winter.'],
    ]);
  });

  it('gives quotation offsets into the paragraph text', () => {
    const e = entry('', ['Bo Lindgren told reporters: “The bridge is safe.”']);
    const q = findSpeakers([e]).perEntry.get(e.id)!.quotes[0]!;
    expect(e.paragraphs[q.paragraph]!.text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('name and verb in either order', () => {
  it('skips an appositive between name and verb', () => {
    expect(speakersOf('', ['Helena Markovic, the alliance’s deputy secretary general, said the members were united.'])).toEqual([
      'Helena Markovic',
    ]);
  });

  it('reads verb-first attribution after a quotation', () => {
    expect(speakersOf('', ['“We will not back down,” said Senator Ruth Oyelaran.'])).toEqual(['Ruth Oyelaran']);
    expect(speakersOf('', ['“It is a sad day for the city,” said the mayor, Karim Benali.'])).toEqual(['Karim Benali']);
  });

  it('does not take the person a clause is about as the one speaking', () => {
    expect(speakersOf('', ['Lena Brandt, the party’s leader, says Karl Weber has lost the room.'])).toEqual(['Lena Brandt']);
  });

  it('reads "according to X"', () => {
    expect(speakersOf('', ['The talks will resume on Friday, according to Yusuf Demir.'])).toEqual(['Yusuf Demir']);
    expect(speakersOf('', ['The talks will resume on Friday, according to officials.'])).toEqual([]);
  });

  it('reads "X told reporters", "X wrote on X" and "in a statement, X said"', () => {
    expect(speakersOf('', ['Ines Carvalho told reporters the road would reopen on Monday.'])).toEqual(['Ines Carvalho']);
    expect(speakersOf('', ['Daniel Okoye wrote on X: “A shameful decision.”'])).toEqual(['Daniel Okoye']);
    expect(speakersOf('', ['Sara Lindholm posted on Facebook that the shelter was full.'])).toEqual(['Sara Lindholm']);
    expect(speakersOf('', ['In a statement, Margaret Ellison said the company regretted the delay.'])).toEqual(['Margaret Ellison']);
  });

  it('reads an embedded post by its byline when the handle spells the name', () => {
    const got = speakersOf('', [
      ['blockquote', 'We stand with every family affected tonight.'],
      ['blockquote', '— Amira Haddad MP (@AmiraHaddadMP) May 3, 2025'],
    ]);
    expect(got).toEqual(['Amira Haddad']);
    const org = speakersOf('', [['blockquote', 'No buses will run on the high street tonight.'], ['blockquote', '— Harbour Buses (@harbourbus) May 3, 2025']]);
    expect(org).toEqual([]);
  });
});

describe('pronouns', () => {
  it('resolves to the person last cued', () => {
    expect(speakersOf('', ['Priya Nair said the bill would pass.', 'She added that talks would continue.'])).toEqual(['Priya Nair']);
  });

  it('falls back to the last person in subject position', () => {
    expect(speakersOf('', ['Viktor Hale visited the flooded town on Sunday.', '“We will rebuild every house,” he said.'])).toEqual([
      'Viktor Hale',
    ]);
  });

  it('gives no speaker when the antecedent is ambiguous', () => {
    expect(speakersOf('', ['Viktor Hale and Omar Haddad met in Geneva.', 'He said the meeting had been useful.'])).toEqual([]);
    expect(
      speakersOf('', ['Lena Brandt said the vote was close. She added that the count would take hours.', 'Later, Karl Weber arrived at the parliament.', 'She said nothing had been decided.']),
    ).toEqual(['Lena Brandt']);
    expect(speakersOf('', ['Lena Brandt said the vote was close.', 'Later, Weber arrived at the parliament.', 'He said nothing had been decided.'])).toEqual(['Lena Brandt']);
  });

  it('does not hand a pronoun to anyone after an anonymous speaker', () => {
    expect(speakersOf('', ['Mia Svensson visited the ward.', 'A hospital spokesperson said two patients were critical.', 'She added that visits were suspended.'])).toEqual([]);
  });

  it('resolves a role description to the person given that role', () => {
    expect(
      speakersOf('', ['The UK’s chancellor, Rachel Reeves, met Olaf Brandt in Berlin.', '“We agreed on a plan,” the chancellor said.']),
    ).toEqual(['Rachel Reeves']);
  });
});

describe('more attribution forms', () => {
  it('reads quote-first attribution with a dash', () => {
    expect(speakersOf('', ['“We will rebuild the harbour.” – Grace Okafor'])).toEqual(['Grace Okafor']);
  });

  it('gives both people of "Anna and Erik Berg said" and only the named one of "X and her husband"', () => {
    expect(speakersOf('', ['Anna and Erik Berg said they had lost everything in the fire.'])).toEqual(['Anna Berg', 'Erik Berg']);
    expect(speakersOf('', ['Prime minister Hana Sato and her husband Kenji expressed their sorrow.'])).toEqual(['Hana Sato']);
  });

  it('names a relative by the family name: "His daughter Camila said"', () => {
    expect(speakersOf('', ['Former president Arturo Vidal died on Monday aged 88.', 'His daughter Camila said: “He was a gentle man.”'])).toEqual([
      'Camila Vidal',
    ]);
  });

  it('reads "Here’s X:" and "X’s statement:" leads into a quotation', () => {
    expect(speakersOf('', ['Here’s Senator Ruth Oyelaran, who chairs the committee:', '“This nomination deserves a full hearing.”'])).toEqual([
      'Ruth Oyelaran',
    ]);
    expect(speakersOf('', ['Here is Grace Okafor’s statement on the bridge: “It will reopen in May.”'])).toEqual(['Grace Okafor']);
  });

  it('keeps nested speech: both the speaker and the person they report', () => {
    expect(
      speakersOf('', ['Foreign minister Ana Ruiz said: “As President Lindqvist has said many times, we are ready to talk.”']),
    ).toEqual(['Ana Ruiz', 'Lindqvist']);
  });
});
