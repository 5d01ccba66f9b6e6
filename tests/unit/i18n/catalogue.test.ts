// The reader's interface reads its words from a catalogue the background hands it with its script
// (entrypoints/background/words.ts), not from the browser's message bundle: the reader must see the
// same words either way, in every language, and a word the catalogue lacks must still come out.
import { describe, expect, it } from 'vitest';
import { catalogueReader, makeTranslator, type MessageReader } from '../../../components/i18n';
import { browserMessages, LANGS, translator } from '../../helpers/i18n';

/** The catalogue as the background makes it: the browser's keys (lower case) to their text. */
const catalogue = (lang: string) => Object.fromEntries(browserMessages(lang));
const refuse: MessageReader = (key) => {
  throw new Error(`asked the browser for ${key}`);
};

describe('catalogueReader', () => {
  it.each(LANGS)('gives the words the browser gives, placeholders and plural forms included (%s)', (lang) => {
    const fromCatalogue = makeTranslator(catalogueReader(catalogue(lang), refuse), lang);
    const fromBrowser = translator(lang);
    expect(fromCatalogue.lang).toBe(lang);
    expect(fromCatalogue.t('panel.tabText')).toBe(fromBrowser.t('panel.tabText'));
    expect(fromCatalogue.t('entry.chips.title', { name: 'Ana Nowak' })).toBe(fromBrowser.t('entry.chips.title', { name: 'Ana Nowak' }));
    for (const n of [0, 1, 2, 5, 22, 1234]) {
      expect(fromCatalogue.plural('panel.repeats.collapsed', n)).toBe(fromBrowser.plural('panel.repeats.collapsed', n));
    }
  });

  it('leaves a placeholder it has no value for as written, as the browser does', () => {
    const read = catalogueReader({ panel_x: 'Said by {name} at {time}' }, refuse);
    expect(read('panel.x', { name: 'Ana' })).toBe('Said by Ana at {time}');
  });

  it('asks the browser for a word the catalogue does not have', () => {
    const read = catalogueReader({ panel_tabtext: 'Speakers' }, (key) => `browser: ${key}`);
    expect(read('panel.tabText')).toBe('Speakers');
    expect(read('library.title')).toBe('browser: library.title');
  });
});
