// The reader view's glue in the page: a full-viewport overlay holding the view (an extension page,
// entrypoints/reader-view) in an iframe inside a private shadow root, and the port it talks over.
// Through the port the view gets the blog's entries (and each live one as it arrives) and asks
// for the blog's other pages, which this script fetches from the blog's own origin only
// (lib/reader-view/fetch-rules.ts). The page can see that an overlay is open, nothing more: what
// the reader reads, stars or filters stays in the extension's page and the extension's store.
// Closing (Esc or the close button in the view, the toolbar menu or the shortcut again) removes
// the overlay and scrolls the page to the entry the reader was at.
import { blogLanguage, entrySample } from '@/lib/lang/detect';
import { pageTitle } from '@/lib/page';
import { TAG, UI } from '@/lib/page-contract';
import { acceptableResponse, fetchableUrl, PAGE_CAP, PAGE_MAX_BYTES, PAGE_TIMEOUT_MS } from '@/lib/reader-view/fetch-rules';
import { pageLinks } from '@/lib/reader-view/pagination';
import { READER_PORT, type ToPage, type ToView, type WireEntry } from '@/lib/reader-view/port';
import { ADAPTERS } from '@/lib/sites/index';
import type { Entry } from '@/lib/types';
import { defineFeature, type ReaderContext } from '../core/context';
import { createShadowHost, PRIVATE_ROOT } from '../dom/shadow-host';

const HOST = 'display: block; position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; margin: 0; padding: 0; border: 0; z-index: 2147483647;';
const CSS = 'iframe { display: block; width: 100%; height: 100%; border: 0; margin: 0; background: Canvas; color-scheme: normal; }';
/** Entries serialised per task when the view opens. */
const SLICE = 40;

type Port = Browser.runtime.Port;

/** An entry as the port carries it: the pipeline's data, its element serialised (never rendered here). */
function toWire(entry: Entry, serializer: XMLSerializer): WireEntry {
  const { element, ...data } = entry;
  return { ...data, html: serializer.serializeToString(element) };
}

/** Fetches one page of the blog for the view, after the fetch rules said yes. */
async function fetchPage(url: string, blogUrl: string): Promise<{ html: string | null; error: string | null }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PAGE_TIMEOUT_MS);
  try {
    // The page's own credentials, as its "older posts" button would send them; never another host.
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'follow', signal: abort.signal, headers: { accept: 'text/html' } });
    if (!response.ok) return { html: null, error: `HTTP ${response.status}` };
    if (!acceptableResponse(response.url || url, response.headers.get('content-type'), blogUrl)) return { html: null, error: 'not a page of this blog' };
    const html = await response.text();
    return html.length > PAGE_MAX_BYTES ? { html: null, error: 'page too large' } : { html, error: null };
  } catch (error) {
    return { html: null, error: abort.signal.aborted ? 'timed out' : String((error as Error).message ?? error) };
  } finally {
    clearTimeout(timer);
  }
}

/** One opening of the view: the overlay, its port, and how it ends. */
function openView(ctx: ReaderContext, onClosed: () => void): { close(): void } {
  const { doc, model } = ctx;
  const session = new AbortController();
  const { signal } = session;
  const nonce = crypto.randomUUID();
  const before = doc.activeElement as HTMLElement | null;
  const { host, root } = createShadowHost(doc, { tag: TAG.reader, part: UI.readerView, host: HOST, css: CSS, mode: PRIVATE_ROOT });
  const frame = doc.createElement('iframe');
  // Our words in the reader's language, in a page written in the blog's.
  frame.title = ctx.i18n.t('readerView.viewLabel');
  frame.lang = ctx.i18n.lang;
  frame.src = `${browser.runtime.getURL('/reader-view.html')}#${nonce}`;
  root.append(frame);
  doc.documentElement.append(host);
  // Focused again once loaded: the frame's document changes process as it loads, and focus given
  // before that does not reach it. Then Esc, j and k go to the view at once.
  frame.focus();
  frame.addEventListener('load', () => frame.focus(), { once: true });

  let port: Port | null = null;
  let at: string | null = null;
  let fetched = 0;
  const send = (message: ToView) => port?.postMessage(message);
  const serializer = new XMLSerializer();

  const close = () => {
    if (signal.aborted) return;
    session.abort();
    port?.disconnect();
    host.remove();
    // Back to the entry the reader was at in the view, when this page has it (not a pinned copy).
    const target = at === null ? undefined : model.current().entries.find((e) => e.entry.id === at && !e.entry.pinned && e.entry.element.isConnected);
    if (target) target.entry.element.scrollIntoView({ block: 'start' });
    if (before?.isConnected) before.focus({ preventScroll: true });
    onClosed();
  };

  const onMessage = (message: ToPage) => {
    if (message.kind === 'close') {
      at = typeof message.at === 'string' ? message.at : at;
      close();
    } else if (message.kind === 'position') {
      at = typeof message.at === 'string' ? message.at : null;
    } else if (message.kind === 'fetchPage') {
      const url = fetchableUrl(String(message.url), ctx.url);
      const reply = (html: string | null, error: string | null) =>
        send({ kind: 'page', request: message.request, url: String(message.url), html, error });
      if (!url) return reply(null, 'not a page of this blog');
      if (++fetched > PAGE_CAP) return reply(null, 'page cap reached');
      void fetchPage(url, ctx.url).then(({ html, error }) => !signal.aborted && reply(html, error));
    }
  };

  const onConnect = (incoming: Port) => {
    // Only the view this opening framed (its nonce), from this extension; a second connect is refused.
    if (incoming.name !== READER_PORT + nonce || incoming.sender?.id !== browser.runtime.id) return;
    if (port) return incoming.disconnect();
    port = incoming;
    port.onMessage.addListener((m) => onMessage(m as ToPage));
    port.onDisconnect.addListener(() => {
      port = null;
      close();
    });
    void start();
  };

  const start = async () => {
    const entries = model.current().entries.map((e) => e.entry);
    const reading = await ctx.use('reading');
    if (signal.aborted) return;
    const { detection } = ctx;
    const lang = blogLanguage(doc, entries.length ? entrySample(entries) : undefined);
    const wire = (list: readonly Entry[]) => list.filter((e) => e.element.isConnected).map((e) => toWire(e, serializer));
    send({
      kind: 'init',
      blog: {
        url: ctx.url,
        title: pageTitle(doc) || doc.title,
        site: detection.site,
        adapter: detection.adapter,
        lang,
        textLang: lang ?? (doc.documentElement.lang.trim() || null),
      },
      entries: wire(entries.slice(0, SLICE)),
      fresh: [...(reading?.view().fresh ?? [])],
      pages: pageLinks(doc, ctx.url, { pager: ADAPTERS.find((a) => a.name === detection.adapter)?.pagination ?? null, knownIds: new Set(entries.map((e) => e.id)) }),
    });
    // Live entries: the model calls at once with everything (sent below), then per batch.
    let first = true;
    const unsubscribe = model.subscribe((next) => {
      if (first) return void (first = false);
      const added = wire(next.added.map((e) => e.entry));
      if (added.length) send({ kind: 'entries', entries: added, live: true, from: 0 });
    });
    signal.addEventListener('abort', unsubscribe);
    // The rest of the page's entries, a slice per task: serialising a long blog at once would
    // hold up the page (a 300-entry page took one 200 ms task).
    for (let from = SLICE; from < entries.length; from += SLICE) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) return;
      send({ kind: 'entries', entries: wire(entries.slice(from, from + SLICE)), live: false, from });
    }
  };

  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect));
  ctx.signal.addEventListener('abort', close, { signal });
  return { close };
}

/** The reader view feature: opens and closes the overlay on the bus's `readerView` requests. */
export const readerView = defineFeature({
  name: 'reader-view',
  start(ctx) {
    let open: { close(): void } | null = null;
    ctx.bus.on(
      'readerView',
      ({ toggle }) => {
        if (open) {
          if (toggle) open.close();
          return;
        }
        open = openView(ctx, () => (open = null));
      },
      ctx.signal,
    );
  },
});
