// pluralForms tries 0 to 199 instead of all 10,001 numbers up to 10,000 (it runs at the reader's
// start on every live blog): the forms must be the same, for our languages and for languages whose
// rules are the most involved (Arabic, Welsh, Maltese, Irish, Slavic and Baltic ones, Breton).
import { describe, expect, it } from 'vitest';
import { pluralForms } from '../../../components/i18n';

function slowly(lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  const forms = new Set<string>(['other']);
  for (let n = 0; n <= 10_000; n++) forms.add(rules.select(n));
  return rules.resolvedOptions().pluralCategories.filter((f) => forms.has(f));
}

describe('pluralForms', () => {
  it.each(['en', 'de', 'fr', 'it', 'es', 'pl', 'ar', 'cy', 'mt', 'ga', 'ru', 'uk', 'cs', 'sl', 'lt', 'lv', 'br', 'he', 'pt', 'ca', 'gd', 'kw'])(
    '%s: the forms 0 to 10,000 reach', (lang) => {
      expect(pluralForms(lang)).toEqual(slowly(lang));
    });

  it("leaves out forms only far larger numbers take (French 'many' is for millions)", () => {
    expect(new Intl.PluralRules('fr').resolvedOptions().pluralCategories).toContain('many');
    expect(pluralForms('fr')).not.toContain('many');
    expect(pluralForms('pl')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
  });
});
