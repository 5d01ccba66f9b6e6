// The Translator over the real locale files: plural forms by each language's CLDR rules (Polish
// 1 wpis, 2 wpisy, 5 wpisów, 22 wpisy), numbers and dates as the reader's locale writes them, and
// which locale that is when the browser speaks a language we have no messages for.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTranslator } from '../../../components/i18n';
import { translator } from '../../helpers/i18n';

describe('plural()', () => {
  it('picks Polish one / few / many by the number, not just 1 or more', () => {
    const { plural } = translator('pl');
    const say = (n: number) => plural('panel.reading.fresh', n);
    expect([1, 2, 4, 5, 12, 21, 22, 25, 102, 112].map(say)).toEqual([
      '1 nowy wpis od ostatniej wizyty',
      '2 nowe wpisy od ostatniej wizyty',
      '4 nowe wpisy od ostatniej wizyty',
      '5 nowych wpisów od ostatniej wizyty',
      '12 nowych wpisów od ostatniej wizyty',
      '21 nowych wpisów od ostatniej wizyty',
      '22 nowe wpisy od ostatniej wizyty',
      '25 nowych wpisów od ostatniej wizyty',
      '102 nowe wpisy od ostatniej wizyty',
      '112 nowych wpisów od ostatniej wizyty',
    ]);
  });

  it('follows each language: French counts 0 as singular, English does not', () => {
    expect(translator('fr').plural('panel.repeats.collapsed', 0)).toBe('0 doublon replié.');
    expect(translator('en').plural('panel.repeats.collapsed', 0)).toBe('0 repeated entries collapsed.');
    expect(translator('en').plural('panel.repeats.collapsed', 1)).toBe('1 repeated entry collapsed.');
    expect(translator('de').plural('panel.repeats.collapsed', 3)).toBe('3 wiederholte Einträge eingeklappt.');
  });

  it('fills the other placeholders too, and writes {count} as the language writes numbers', () => {
    expect(translator('en').plural('panel.counts.some', 1234, { shown: 3 })).toBe('Showing 3 of 1,234 entries');
    expect(translator('de').plural('panel.counts.some', 1234, { shown: 3 })).toBe('3 von 1.234 Einträgen angezeigt');
    expect(translator('pl').plural('panel.counts.some', 42, { shown: 3 })).toBe('Pokazano 3 z 42 wpisów');
  });

  it('falls back to "other" for a form only huge numbers take (French "many" for a million)', () => {
    expect(translator('fr').plural('library.status.quotes', 1_000_000)).toBe('1\u202f000\u202f000 citations');
  });
});

describe('t()', () => {
  it('fills named placeholders and leaves page text as given', () => {
    expect(translator('it').t('entry.chips.title', { name: '<b>Meloni</b>' })).toBe('Mostra solo i post che citano <b>Meloni</b>');
    expect(translator('es').t('panel.quotes.savedBy', { name: '$1 & $$' })).toBe('Cita de $1 & $$ guardada.');
  });
});

describe('locale for dates and numbers', () => {
  const read = (lang: string) => (key: string) => (key === 'common.lang' ? lang : key);

  it('is the browser’s own when it speaks the messages’ language (en-GB), else the messages’ language', () => {
    expect(makeTranslator(read('en'), 'en-GB').locale).toBe('en-GB');
    expect(makeTranslator(read('en'), 'en_US').locale).toBe('en-US');
    // A Dutch browser gets English words (no nl.yml), so English dates and plurals, not Dutch ones.
    expect(makeTranslator(read('en'), 'nl').locale).toBe('en');
    expect(makeTranslator(read('pl'), 'pl').lang).toBe('pl');
  });

  it('writes dates in the locale, in the zone asked for', () => {
    const at = Date.UTC(2024, 0, 2, 13, 30);
    expect(translator('de').dateTime(at, 'UTC')).toBe('02.01.2024, 13:30');
    expect(translator('de').dateTime(at, 'Europe/Berlin')).toBe('02.01.2024, 14:30');
    expect(translator('en', 'en-GB').dateTime(at, 'UTC')).toBe('2 Jan 2024, 13:30');
    expect(translator('it').dateTime(at, 'UTC')).toBe('2 gen 2024, 13:30');
  });
});

describe('setting up', () => {
  afterEach(() => vi.unstubAllGlobals());
  // Intl objects cost the reader's start a long task when they were made with the Translator;
  // a page that never shows a count must not make them, and one language makes them once.
  it('makes plural rules and number formats only when a count is first written, once per language', () => {
    const made = { rules: 0, numbers: 0 };
    vi.stubGlobal('Intl', {
      ...Intl,
      PluralRules: class extends Intl.PluralRules {
        constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
          super(...args);
          made.rules++;
        }
      },
      NumberFormat: class extends Intl.NumberFormat {
        constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
          super(...args);
          made.numbers++;
        }
      },
    });
    const read = (key: string, values?: Record<string, string | number>) => (key === 'common.lang' ? 'sv' : `${key} ${values?.count ?? ''}`);
    const first = makeTranslator(read, 'sv-SE');
    first.t('panel.speakers.heading');
    expect(made).toEqual({ rules: 0, numbers: 0 });
    expect(first.plural('panel.repeats.collapsed', 1234)).toBe('panel.repeats.collapsed.other 1\u00a0234');
    const once = { ...made };
    expect(once.rules > 0 && once.numbers > 0).toBe(true);
    makeTranslator(read, 'sv-SE').plural('panel.repeats.collapsed', 2);
    expect(made).toEqual(once);
  });
});
