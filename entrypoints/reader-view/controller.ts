// The reader view's data, outside the UI: connect to the blog's tab, build the whole-blog model
// from the open page's entries, read the blog's other pages, take live entries, and start the
// reading client. The UI (App.tsx) subscribes and redraws on every change.
import { PAGE_CAP } from '@/lib/reader-view/fetch-rules';
import type { BlogInfo } from '@/lib/reader-view/port';
import { readWholeBlog, type WholeBlogProgress } from '@/lib/reader-view/whole-blog';
import type { LoadState } from '@/components/reader-view/ReaderView';
import { send } from '../shared/messenger';
import { lensStorage } from '../shared/storage';
import { type BlogModel, type BlogModelOptions, createBlogModel } from './blog-model';
import { viewLexicon } from './lexicon';
import { createViewReading, type ViewReading } from './reading';
import { connectToPage, type PageSession } from './session';

/** What the UI draws from. */
export interface ReaderData {
  info: BlogInfo | null;
  load: LoadState;
  model: BlogModel | null;
  reading: ViewReading | null;
  /** Ids that arrived live while the view is open, oldest first, until the reader jumps to them. */
  live: string[];
  /** Bumped on every change (the UI memoises on it). */
  version: number;
}

/** The running view. */
export interface ReaderController {
  data(): ReaderData;
  subscribe(listener: () => void): () => void;
  /** Reads the pages that failed (and any not reached yet) again. */
  retry(): void;
  clearLive(): void;
  position(at: string | null): void;
  close(at: string | null): void;
}

/** A milestone of opening, for the bench (LBL_PERF=1 builds only; compiled away otherwise). */
const mark = (name: string) => import.meta.env.LBL_PERF && performance.mark(`liveblog-lens:reader-${name}`);

const progressToLoad = (p: WholeBlogProgress): LoadState => ({
  phase: p.done ? 'done' : 'loading',
  pagesRead: p.pagesRead,
  pagesFound: p.pagesFound,
  failed: p.failed.length,
  capped: p.capped,
});

/** Starts everything; `options` are for the bench (cleaning mode, timings). */
export function startReader(options: BlogModelOptions = {}): ReaderController {
  const listeners = new Set<() => void>();
  const lifetime = new AbortController();
  const data: ReaderData = { info: null, load: { phase: 'connecting' }, model: null, reading: null, live: [], version: 0 };
  // Changes come in bursts (a page read, a slice of entries, a reading-state answer): the UI
  // redraws once for each burst rather than once for each change.
  let pending = 0;
  const changed = () => {
    data.version++;
    if (!pending) pending = window.setTimeout(() => ((pending = 0), listeners.forEach((l) => l())), 16);
  };
  let session: PageSession | null = null;
  let firstLinks: readonly string[] = [];
  let failed: string[] = [];

  const readPages = async (links: readonly string[]) => {
    const { model, reading } = data;
    if (!session || !model) return;
    await readWholeBlog({
      openPage: model.info.url,
      links,
      cap: PAGE_CAP,
      fetchPage: (url) => session!.fetchPage(url),
      readPage: (html, url) => {
        const { added, links: more } = model.addPage(html, url);
        reading?.note(added.map((item) => ({ entry: item.entry, ...model.annotation(item.entry.id) })));
        return { added: added.length, links: more };
      },
      onProgress: (progress) => {
        failed = progress.failed.map((f) => f.url);
        data.load = progressToLoad(progress);
        changed();
      },
      signal: lifetime.signal,
    });
  };

  void (async () => {
    try {
      session = await connectToPage();
      mark('connected');
      const init = await session.init;
      mark('init');
      const lexicon = await viewLexicon(init.blog.lang);
      mark('lexicon');
      const model = createBlogModel(init.blog, lexicon, options);
      mark('model');
      model.addWire(init.entries, false);
      mark('entries');
      data.info = init.blog;
      data.model = model;
      data.reading = createViewReading(init.blog.url, init.fresh, send, lensStorage, lifetime.signal);
      data.reading.subscribe(changed);
      session.onEntries((entries, live, from) => {
        const added = model.addWire(entries, live, from);
        // A new array, so that the UI's memo of it sees the change.
        if (live) data.live = [...data.live, ...added.map((e) => e.entry.id)];
        changed();
      });
      session.onGone(() => {
        data.load = { phase: 'failed', reason: 'lostPage' };
        changed();
      });
      firstLinks = init.pages;
      changed();
      await readPages(firstLinks);
    } catch (error) {
      console.warn('[Liveblog Lens] reader view', error);
      data.load = { phase: 'failed', reason: data.model ? 'lostPage' : 'notFromBlog' };
      changed();
    }
  })();

  return {
    data: () => data,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry() {
      if (data.load.phase !== 'done') return;
      void readPages(failed.length ? failed : firstLinks);
    },
    clearLive() {
      data.live = [];
      changed();
    },
    position: (at) => session?.position(at),
    close: (at) => session?.close(at),
  };
}
