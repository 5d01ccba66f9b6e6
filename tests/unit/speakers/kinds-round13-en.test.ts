// The thirteenth round's English kind, chosen from an audit of blind blogs by kind: embedded posts
// whose author the entry introduces by what they are (an MP, a campaigner) keep their author even
// when the post passes on others' words; reporters' posts stay relays. Entries written for this test.
import { describe, expect, it } from 'vitest';
import { blogSpeakers, entry } from './helpers';

describe("a post that names others keeps its author when the entry says what the author is", () => {
  it.each([
    ['And Labour MP Priya Rao: Priya Rao (@priyarao) The inspectors told us the wards were safe.', ['Priya Rao']],
    ['So says housing campaigner Leon Marsh. Leon Marsh (@leonmarsh) The council said the flats were sound in 2019.', ['Leon Marsh']],
  ])('%s', (text, want) => {
    expect(blogSpeakers([entry('', [text])])[0]).toEqual(want);
  });

  it.each([
    // No role given: the post passes on what the inspectors said, as a reporter's would.
    'More reaction: Priya Rao (@priyarao) The inspectors told us the wards were safe.',
    // A journalist's role: rule 6.
    'From our health editor Priya Rao: Priya Rao (@priyarao) The inspectors told us the wards were safe.',
  ])('left alone: %s', (text) => {
    expect(blogSpeakers([entry('', [text])])[0]).toEqual([]);
  });
});
