// Every extension page (library, reader view, popup, options) opens the same way: its words in the
// browser's language, the page's lang and title following them (screen readers pick their voice by
// lang), and its container drawn inside the I18nProvider.
import { render, type ComponentChild } from 'preact';
import { I18nProvider, type PlainKey } from '@/components/i18n';
import { browserTranslator } from './i18n';

/** Draws `app` into the page's `#app` element, titled by `titleKey`, in the browser's language. */
export function mountPage(titleKey: PlainKey, app: ComponentChild): void {
  const i18n = browserTranslator();
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t(titleKey);
  render(<I18nProvider value={i18n}>{app}</I18nProvider>, document.getElementById('app')!);
}
