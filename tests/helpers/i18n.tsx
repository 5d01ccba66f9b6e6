// The interface's words in tests, read from locales/<lang>.yml through @wxt-dev/i18n's own build
// step (the messages.json the browser gets), looked up as browser.i18n.getMessage looks them up
// (the dotted key with "_", case ignored), placeholders filled as `i18n.t` fills them. English by
// default: `renderT(<Panel …/>, 'pl')` draws a component in Polish.
import { render, type RenderResult } from '@testing-library/preact';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { ComponentChildren } from 'preact';
import { I18nProvider, makeTranslator, type Translator } from '../../components/i18n';

/** The interface languages, English first. */
export const LANGS = ['en', 'de', 'fr', 'it', 'es', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

// Imported as text by Vite, so it works in every test environment (happy-dom has no file: URLs).
import deText from '../../locales/de.yml?raw';
import enText from '../../locales/en.yml?raw';
import esText from '../../locales/es.yml?raw';
import frText from '../../locales/fr.yml?raw';
import itText from '../../locales/it.yml?raw';
import plText from '../../locales/pl.yml?raw';

const TEXTS: Record<string, string> = { en: enText, de: deText, fr: frText, it: itText, es: esText, pl: plText };

/** A locale file's text. */
export function localeText(lang: string): string {
  const text = TEXTS[lang];
  if (text === undefined) throw new Error(`No locales/${lang}.yml`);
  return text;
}

/** The messages.json the build makes for `lang`, keyed as the browser keys it (lower case). */
export function browserMessages(lang: string): Map<string, string> {
  const messages = generateChromeMessages(parseMessagesText(localeText(lang), 'YAML'));
  return new Map(Object.entries(messages).map(([key, m]) => [key.toLowerCase(), (m as { message: string }).message]));
}

const NAMED = /\{([A-Za-z0-9_]+)\}/g;
const cache = new Map<string, Translator>();

/** A Translator for `lang`, as the extension makes one in a browser set to that language. */
export function translator(lang: Lang = 'en', uiLocale: string = lang): Translator {
  const id = `${lang}/${uiLocale}`;
  let made = cache.get(id);
  if (!made) {
    const messages = browserMessages(lang);
    made = makeTranslator((key, values) => {
      const message = messages.get(key.replaceAll('.', '_').toLowerCase());
      // A missing key fails loudly here; in the browser it would show as an empty string.
      if (message === undefined) throw new Error(`No message "${key}" in locales/${lang}.yml`);
      return values ? message.replace(NAMED, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m)) : message;
    }, uiLocale);
    cache.set(id, made);
  }
  return made;
}

/** English words for code that takes a Translator (features, containers). */
export const en = (): Translator => translator('en');

/** `ui` inside an I18nProvider for `lang`. */
export function withT(ui: ComponentChildren, lang: Lang = 'en') {
  return <I18nProvider value={translator(lang)}>{ui}</I18nProvider>;
}

/** testing-library's render inside an I18nProvider for `lang` (English by default); `rerender` keeps it. */
export function renderT(ui: ComponentChildren, lang: Lang = 'en'): RenderResult {
  const value = translator(lang);
  return render(ui as never, { wrapper: ({ children }: { children?: ComponentChildren }) => <I18nProvider value={value}>{children}</I18nProvider> });
}
