import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../lib/speakers/lang';
import { en } from '../../../lib/speakers/lexicons/en';
import { speakersOf } from './helpers';
import { findSpeakers } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';

describe('reporting verbs', () => {
  it.each([
    'Anika Roy insisted the plan was safe.',
    'Anika Roy warned that the river could flood.',
    'Anika Roy urged residents to stay indoors.',
    'Anika Roy stressed the need for calm.',
    'Anika Roy tweeted: “Stay safe tonight.”',
    'Anika Roy has criticised the decision.',
    'Anika Roy criticized the decision.',
    'Anika Roy emphasized that nobody was hurt.',
    'Anika Roy denied that she had been told.',
    'Anika Roy confirmed that the school would close.',
    'Anika Roy announced that she would stand down.',
    'Anika Roy says the ferry is running again.',
    'Anika Roy, speaking in Dover, added that the queues were shorter.',
    'Anika Roy was quoted as saying the border was open.',
  ])('%s', (text) => {
    expect(speakersOf('', [text])).toEqual(['Anika Roy']);
  });

  it('knows British and American spellings and all tenses', () => {
    for (const w of ['criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticized', 'says', 'said', 'saying', 'told', 'wrote', 'written']) {
      expect(compileLexicon(en).verb(w), w).toBeDefined();
    }
  });

  it.each([
    'Anika Roy believes the plan will fail.',
    'Anika Roy hopes for a quick deal.',
    'Anika Roy thinks the roads are safer now.',
  ])('weak verb without quote, "that" or colon: %s', (text) => {
    expect(speakersOf('', [text])).toEqual([]);
  });

  it.each([
    'Anika Roy believes that the plan will fail.',
    'Anika Roy thinks: “The roads are safer now.”',
    'Anika Roy hopes “a deal comes soon”.',
  ])('weak verb with quote, "that" or colon: %s', (text) => {
    expect(speakersOf('', [text])).toEqual(['Anika Roy']);
  });

  it.each([
    'Anika Roy will announce the budget on Wednesday.',
    'Anika Roy is expected to warn that the deficit is growing.',
    'Anika Roy is due to speak at 3pm.',
    'Anika Roy is speaking to reporters now.',
    'Anika Roy did not say whether she would stand.',
    'Anika Roy refused to comment on the report.',
    'Anika Roy was told to leave the building.',
    'Anika Roy admitted a charge of dangerous driving.',
    'Anika Roy denied the charges.',
    'Anika Roy confirmed her appointment of a new deputy.',
  ])('not speech: %s', (text) => {
    expect(speakersOf('', [text])).toEqual([]);
  });
});

describe('participles hang on the clause they end', () => {
  // These fail when the participle flag of speech verbs is lost: ", adding that" would then be read
  // as an inverted verb looking for its subject after it, and find none.
  it.each([
    ['en', 'Priya Nair met the families in Leeds, adding that more help was coming.', ['Priya Nair']],
    ['en', 'Tomas Lindqvist visited the port on Monday, saying the ferries would run again.', ['Tomas Lindqvist']],
    ['it', 'Il ministro Marco Galli ha visitato il porto, aggiungendo che i traghetti ripartiranno.', ['Marco Galli']],
  ])('%s: %s', (lang, text, want) => {
    const e = { id: 'p', title: '', author: null, paragraphs: [{ kind: 'p' as const, text }] };
    expect(findSpeakers([e], LEXICONS[lang]).perEntry.get('p')!.speakers).toEqual(want);
  });

  it('marks -ing forms and gerunds as participles', () => {
    expect(compileLexicon(en).verb('adding')?.participle).toBe(true);
    expect(compileLexicon(en).verb('added')?.participle).toBe(false);
    expect(compileLexicon(LEXICONS.it!).verb('aggiungendo')?.participle).toBe(true);
  });
});
