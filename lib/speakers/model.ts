/** The data the speaker finder passes between its stages (types only: no stage imports another's). */
import type { Paragraph } from '../types';

/** What the speaker finder needs of an entry. */
export interface SpeakerEntryInput {
  id: string;
  title: string;
  paragraphs: Paragraph[];
  author: string | null;
  /** ISO time when the page gives one: which entry came before which (see `SpeakerIndex`). */
  time?: string | null;
  /** A pinned copy above the stream: never the entry before a live one. */
  pinned?: boolean;
}

/** A name as found in one entry, before blog-level canonicalisation. */
export interface RawName {
  tokens: string[];
  /** Introduced with a title or role, so a single word is still a person ("President Putin"). */
  titled: boolean;
  /** A lone given name after "Sir"/"Dame": the blog's fuller name that begins with it. */
  given?: boolean;
  /** Seen only in an oblique case ("według Jarosława Kaczyńskiego"): not the form to display. */
  oblique?: boolean;
  /** "X's father, Y": a word of X's name, which Y's fuller form cannot contain. */
  notOf?: string;
  /** Role words the entry gives the person ("minister", "premier"), for the blog's role table. */
  roles?: string[];
  /**
   * A role description the entry could not tie to a name ("the prime minister" in an entry that
   * names "Starmer" only): the role and the people the entry names (`among`); `tokens` is empty.
   * The blog's role table decides.
   */
  role?: { head: string; words: string[]; among: string[][]; blog?: boolean };
  /**
   * "He added that ..." in an entry that names nobody: the one speaker of the entry before it in
   * time, if that entry has exactly one (`tokens` is empty). The blog's index decides.
   */
  previous?: boolean;
  /** With `previous`: the sex its pronoun says ("she"): a speaker of the other sex is nobody. */
  sex?: 'f' | 'm';
}

/** A quotation found in an entry: its text and where it is. */
export interface QuoteSpan {
  text: string;
  /** Index into the entry's `paragraphs`, or -1 for the title. */
  paragraph: number;
  /** Character offsets of `text` in that paragraph's text. */
  start: number;
  end: number;
}

/** The raw reading of one entry. */
export interface EntryAnalysis {
  id: string;
  author: string | null;
  speakers: RawName[];
  quotes: Array<QuoteSpan & { speaker: RawName }>;
  /** Every multi-word person name mentioned, and one-word names given a title ("president Trump"), for the blog's table of fullest forms. */
  names: RawName[];
  journalists: RawName[];
  /** Folded words seen as places ("in Dover"), which are not first names. */
  places: string[];
  /** Name-shaped runs the entry puts an article before ("lo Yad Vashem"): not people, blog-wide. */
  things: string[][];
}
