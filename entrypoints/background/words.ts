// The reader interface's words, read here and handed to the interface with its script. A content
// script's first `browser.i18n.getMessage` fetches the extension's message bundle from the browser
// (a synchronous round trip that also loads and parses the locale files: 7-12 ms of the page's main
// thread in the reader's profile), on every page, since every tab starts a renderer without it. The
// worker reads the bundle once in its life; a plain object crosses with the injection instead.
// Only the sections the reader draws from: any other key still comes from the browser.
import { UI_LOCALE_KEY } from '../shared/i18n';

/** The locales/<lang>.yml sections the reader's interface uses. */
const READER_SECTIONS = ['common', 'entry', 'panel', 'saveQuote', 'readerView'];

let words: Promise<Record<string, string>> | undefined;

/** The interface's words in the browser's language, keyed as the browser keys them (lower case). */
export function readerWords(): Promise<Record<string, string>> {
  words ??= (async () => {
    // The default locale lists every key (the locale tests hold the others to the same keys).
    const url = (browser.runtime as { getURL(path: string): string }).getURL('/_locales/en/messages.json');
    const keys = Object.keys((await (await fetch(url)).json()) as Record<string, unknown>);
    const message = (name: string) => (browser.i18n as { getMessage(name: string): string }).getMessage(name);
    const wanted = keys.filter((key) => READER_SECTIONS.includes(key.split('_')[0]!));
    // The browser's language too (the Translator's locale for dates and numbers), under the key
    // the browser itself gives it: the interface then calls no i18n function at all.
    return Object.fromEntries([...wanted.map((key) => [key.toLowerCase(), message(key)]), [UI_LOCALE_KEY, browser.i18n.getUILanguage()]]);
  })();
  words.catch(() => (words = undefined));
  return words;
}

/** Sets the words in the frame's isolated world, where the interface script takes them (`takeWords`). */
export async function handWords(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (given: Record<string, string>) => {
      (globalThis as { __liveblogLensWords?: Record<string, string> }).__liveblogLensWords = given;
    },
    args: [await readerWords()],
  });
}
