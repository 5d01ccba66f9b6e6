import type { Paragraph } from '../../../lib/types';
import { findSpeakers, type SpeakerEntryInput } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';

/** A paragraph: plain strings are `p`; `['blockquote', text]` gives another kind. */
export type Para = string | [Paragraph['kind'], string];

let counter = 0;

/** Builds an entry from a title and paragraphs (ids are unique unless given). */
export function entry(title: string, paras: Para[], opts: { id?: string; author?: string | null } = {}): SpeakerEntryInput {
  return {
    id: opts.id ?? `e${++counter}`,
    title,
    author: opts.author ?? null,
    paragraphs: paras.map((p) => (typeof p === 'string' ? { kind: 'p', text: p } : { kind: p[0], text: p[1] })),
  };
}

/** Speakers of one entry read alone (a blog of one entry). */
export function speakersOf(title: string, paras: Para[], author: string | null = null): string[] {
  const e = entry(title, paras, { author });
  return findSpeakers([e]).perEntry.get(e.id)!.speakers;
}

/** Speakers of every entry of a blog, in order. */
export function blogSpeakers(entries: SpeakerEntryInput[]): string[][] {
  const r = findSpeakers(entries);
  return entries.map((e) => r.perEntry.get(e.id)!.speakers);
}

/** Speakers of one entry read alone in a language's blog. */
export function speakersIn(lang: string, paras: Para[], title = ''): string[] {
  const e = entry(title, paras);
  return findSpeakers([e], LEXICONS[lang]).perEntry.get(e.id)!.speakers;
}
