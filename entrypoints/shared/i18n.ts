// The reader's language in the browser: @wxt-dev/i18n's `i18n.t` reads the messages the build
// made from locales/<lang>.yml (browser.i18n: the browser's own language, English when we have
// none of its), wrapped once as the Translator every entrypoint hands its components and uses
// for the words it makes itself (announcements, menus, titles).
import { i18n } from '#i18n';
import { cachedReader, makeTranslator, type Translator } from '@/components/i18n';

// Each key's text is asked of the browser once (`cachedReader`); `i18n.t` without values gives it
// with its placeholders unfilled.
const read = cachedReader(i18n.t as (key: string) => string);

let translator: Translator | undefined;

/** The Translator for this browser's language (made on first use: content scripts load it only when they draw). */
export function browserTranslator(): Translator {
  translator ??= makeTranslator(read, browser.i18n.getUILanguage());
  return translator;
}
