import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../lib/speakers/lang';
import { en } from '../../../lib/speakers/lexicons/en';
import { speakersOf } from './helpers';

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
