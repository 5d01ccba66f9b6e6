// The view's end of the port to the reader's content script in the blog's tab (see
// lib/reader-view/port.ts). The nonce in this page's URL names the opening that framed it; without
// it (the page opened some other way) there is nothing to connect to.
import { READER_PORT, type ToPage, type ToView, type WireEntry } from '@/lib/reader-view/port';

type Init = Extract<ToView, { kind: 'init' }>;

/** The view's link to the blog's tab. */
export interface PageSession {
  /** The blog and its entries on the open page. */
  init: Promise<Init>;
  /** The rest of the open page's entries (`live` false, from their place `from`), and live ones. */
  onEntries(listener: (entries: WireEntry[], live: boolean, from: number) => void): void;
  /** Another page of the blog, fetched by the content script from the blog's origin. */
  fetchPage(url: string): Promise<string>;
  /** The entry the reader is at (closing from anywhere returns the page there). */
  position(at: string | null): void;
  close(at: string | null): void;
  /** The tab's side went away (reloaded, navigated, extension updated). */
  onGone(listener: () => void): void;
}

/** Connects to the content script that framed this page; rejects when there is none. */
export async function connectToPage(): Promise<PageSession> {
  const nonce = location.hash.slice(1);
  if (!/^[0-9a-f-]{36}$/.test(nonce)) throw new Error('no nonce');
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('not in a tab');
  const port = browser.tabs.connect(tab.id, { name: READER_PORT + nonce, frameId: 0 });
  const post = (message: ToPage) => port.postMessage(message);
  const entryListeners = new Set<(entries: WireEntry[], live: boolean, from: number) => void>();
  // Entries that arrive before anyone listens (the view is still loading its lexicon) wait here.
  let early: Array<Extract<ToView, { kind: 'entries' }>> | null = [];
  const goneListeners = new Set<() => void>();
  const waiting = new Map<number, { resolve(html: string): void; reject(error: Error): void }>();
  let request = 0;
  let gone = false;
  let resolveInit!: (init: Init) => void;
  let rejectInit!: (error: Error) => void;
  const init = new Promise<Init>((resolve, reject) => ((resolveInit = resolve), (rejectInit = reject)));

  port.onMessage.addListener((raw) => {
    const message = raw as ToView;
    if (message.kind === 'init') resolveInit(message);
    else if (message.kind === 'entries') {
      if (early) early.push(message);
      else entryListeners.forEach((l) => l(message.entries, message.live, message.from));
    }
    else if (message.kind === 'page') {
      const wait = waiting.get(message.request);
      waiting.delete(message.request);
      if (message.html !== null) wait?.resolve(message.html);
      else wait?.reject(new Error(message.error ?? 'no page'));
    }
  });
  port.onDisconnect.addListener(() => {
    gone = true;
    rejectInit(new Error('disconnected'));
    for (const wait of waiting.values()) wait.reject(new Error('disconnected'));
    waiting.clear();
    goneListeners.forEach((l) => l());
  });

  return {
    init,
    onEntries(listener) {
      entryListeners.add(listener);
      for (const message of early ?? []) listener(message.entries, message.live, message.from);
      early = null;
    },
    fetchPage(url) {
      if (gone) return Promise.reject(new Error('disconnected'));
      const id = ++request;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        post({ kind: 'fetchPage', request: id, url });
      });
    },
    position: (at) => !gone && post({ kind: 'position', at }),
    close: (at) => (gone ? window.close() : post({ kind: 'close', at })),
    onGone: (listener) => void goneListeners.add(listener),
  };
}
