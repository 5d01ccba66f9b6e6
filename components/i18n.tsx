// The interface's words, for presentational components: a `Translator` comes down through a Preact
// context, so components never call the browser themselves. Each entrypoint makes one from
// @wxt-dev/i18n's `i18n.t` (entrypoints/shared/i18n.ts); tests make one from locales/*.yml
// (tests/helpers/i18n.tsx). Keys are typed from locales/en.yml (WXT generates the structure).
//
// Plurals: @wxt-dev/i18n knows only "1 | n" forms, which Polish (one/few/many) cannot live with, so
// a plural is a group of keys `<key>.one|few|many|other` and `plural()` picks one by the CLDR rules
// of the messages' language (Intl.PluralRules), then fills {count} as that language writes numbers.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { GeneratedI18nStructure } from '#i18n';

type Structure = GeneratedI18nStructure;
/** Every message key of locales/en.yml, dotted ("panel.speakers.heading"). */
export type MessageKey = Extract<keyof Structure, string>;
/** A plural's key without its form: "panel.repeats.collapsed" for "panel.repeats.collapsed.one|other". */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
type Value = string | number;
type NamesOf<K> = K extends MessageKey
  ? Structure[K] extends { namedSubstitutions: readonly (infer N extends string)[] }
    ? N
    : never
  : never;
/** Keys without {placeholders}: what a table of words (status -> key) holds. */
export type PlainKey = { [K in MessageKey]: [NamesOf<K>] extends [never] ? K : never }[MessageKey];
/** The {placeholders} a key needs, as one object (none: no argument). */
export type Subs<K> = [NamesOf<K>] extends [never] ? [] : [values: Record<NamesOf<K>, Value>];
/** A plural's placeholders besides {count}, which `plural()` fills. */
export type PluralSubs<B extends string> = [Exclude<NamesOf<`${B}.other`>, 'count'>] extends [never]
  ? []
  : [values: Record<Exclude<NamesOf<`${B}.other`>, 'count'>, Value>];

/** The interface's words and formats in the reader's language. */
export interface Translator {
  t<K extends MessageKey>(key: K, ...subs: Subs<K>): string;
  /** The form of `key` for `count` ("1 entry", "2 wpisy", "5 wpisów"), {count} filled in. */
  plural<B extends PluralKey>(key: B, count: number, ...subs: PluralSubs<B>): string;
  /** The language of the messages in use ("pl"). */
  lang: string;
  /** The locale for dates and numbers: the browser's ("en-GB") when it speaks `lang`, else `lang`. */
  locale: string;
  /** A number as the locale writes it ("1,234", "1 234"). */
  number(n: number): string;
  /** A date and time as the locale writes them, in `timeZone` (the runtime's own when undefined). */
  dateTime(ms: number, timeZone?: string): string;
}

/** Reads one message with its {placeholders} filled: @wxt-dev/i18n's `i18n.t`, or the tests' stand-in. */
export type MessageReader = (key: string, values?: Record<string, Value>) => string;

/**
 * The plural forms a language uses for whole numbers people meet in an interface (0 to 10,000):
 * each of these must be in its locale file. Forms only far larger numbers take (French "many" for
 * a million) fall back to "other".
 */
export function pluralForms(lang: string): Intl.LDMLPluralRule[] {
  const rules = new Intl.PluralRules(lang);
  const forms = new Set<Intl.LDMLPluralRule>();
  // 0 to 199 reach every form 0 to 10,000 do: CLDR's rules for whole numbers read the last one or
  // two digits, or small exact values; only multiples of a million differ. Trying all 10,001 took
  // 20-30 ms of the reader's start on every live blog (a unit test checks the two agree).
  for (let n = 0; n < 200; n++) forms.add(rules.select(n));
  forms.add('other');
  return rules.resolvedOptions().pluralCategories.filter((f) => forms.has(f));
}

/** `en_US` (the browser's spelling) as a BCP 47 tag, `en-US`. */
const bcp47 = (locale: string) => locale.replace(/_/g, '-');

/**
 * Plural rules with the forms the locale files hold, and number formats, made once per language
 * and locale on first use: setting up an Intl object in a content script's fresh world costs
 * 10-25 ms, which made the reader's start a long task when the Translator built both eagerly; most
 * pages of ours never format a count, and those that do pay it in the task that draws it.
 */
const pluralsByLang = new Map<string, { rules: Intl.PluralRules; forms: Set<Intl.LDMLPluralRule> }>();
const numbersByLocale = new Map<string, Intl.NumberFormat>();
function pluralsOf(lang: string) {
  let made = pluralsByLang.get(lang);
  if (!made) pluralsByLang.set(lang, (made = { rules: new Intl.PluralRules(lang), forms: new Set(pluralForms(lang)) }));
  return made;
}
function numbersOf(locale: string) {
  let made = numbersByLocale.get(locale);
  if (!made) numbersByLocale.set(locale, (made = new Intl.NumberFormat(locale)));
  return made;
}

/** @wxt-dev/i18n's named placeholders, "{name}". */
const NAMED = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Reads messages from a catalogue (the browser's key, lower case, to its text in the interface's
 * language) and fills placeholders as `i18n.t` does; `fallback` for a key the catalogue lacks.
 */
export function catalogueReader(words: Readonly<Record<string, string>>, fallback: MessageReader): MessageReader {
  return (key, values) => {
    const message = words[key.replaceAll('.', '_').toLowerCase()];
    if (message === undefined) return fallback(key, values);
    return values ? message.replace(NAMED, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m)) : message;
  };
}

/** A Translator over `read`, for a browser whose interface language is `uiLocale`. */
export function makeTranslator(read: MessageReader, uiLocale: string): Translator {
  const lang = read('common.lang') || 'en';
  const ui = bcp47(uiLocale || lang);
  const locale = ui.split('-')[0]!.toLowerCase() === lang ? ui : lang;
  const dates = new Map<string, Intl.DateTimeFormat>();
  const number = (n: number) => numbersOf(locale).format(n);
  const t = ((key: string, values?: Record<string, Value>) => read(key, values)) as Translator['t'];
  const plural = ((key: string, count: number, values?: Record<string, Value>) => {
    const { rules, forms } = pluralsOf(lang);
    const form = rules.select(count);
    return read(`${key}.${forms.has(form) ? form : 'other'}`, { ...values, count: number(count) });
  }) as Translator['plural'];
  const dateTime = (ms: number, timeZone?: string) => {
    const zone = timeZone ?? '';
    let f = dates.get(zone);
    if (!f) {
      // The locale's own medium date and short time ("2 Jan 2024, 14:05", "Jan 2, 2024, 2:05 PM",
      // "02.01.2024, 14:05"): what its readers see everywhere else.
      f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
      dates.set(zone, f);
    }
    return f.format(ms);
  };
  return { t, plural, lang, locale, number, dateTime };
}

const I18nContext = createContext<Translator | null>(null);

/** Gives the components below it the reader's language. */
export function I18nProvider({ value, children }: { value: Translator; children?: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The Translator of the nearest I18nProvider (a component drawn without one is a wiring mistake). */
export function useT(): Translator {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT: no I18nProvider above this component (entrypoints provide one; tests use tests/helpers/i18n)');
  return value;
}
