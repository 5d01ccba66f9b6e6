// The reader's language in the browser: @wxt-dev/i18n's `i18n.t` reads the messages the build
// made from locales/<lang>.yml (browser.i18n: the browser's own language, English when we have
// none of its), wrapped once as the Translator every entrypoint hands its components and uses
// for the words it makes itself (announcements, menus, titles).
import { i18n } from '#i18n';
import { catalogueReader, makeTranslator, type MessageReader, type Translator } from '@/components/i18n';

// Loosely typed here: the Translator's own signature is the typed one.
const read: MessageReader = (key, values) => (i18n.t as (key: string, values?: object) => string)(key, values);

let translator: Translator | undefined;

/** Where a catalogue of words (catalogueTranslator) keeps the browser's language, as `getUILanguage` gives it. */
export const UI_LOCALE_KEY = '@@ui_locale';

/** The Translator for this browser's language (made on first use: content scripts load it only when they draw). */
export function browserTranslator(): Translator {
  translator ??= makeTranslator(read, browser.i18n.getUILanguage());
  return translator;
}

/**
 * The browser's Translator over words the background read for us (entrypoints/background/words.ts),
 * the browser's own for any word not among them: the same words, without a content script's
 * first `getMessage`, which fetches the extension's whole message bundle from the browser.
 */
export function catalogueTranslator(words: Readonly<Record<string, string>>): Translator {
  return makeTranslator(catalogueReader(words, read), words[UI_LOCALE_KEY] ?? browser.i18n.getUILanguage());
}
