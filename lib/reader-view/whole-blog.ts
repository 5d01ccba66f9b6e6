// Reading the whole blog: from the links of the open page, fetch the blog's other pages (a few at
// a time, each once, up to a cap), read each, and follow the links it has in turn, but only from a
// page that brought entries not seen before (a link back to a page already read brings none).
// Pure orchestration: fetching and reading are passed in, so it runs the same in tests.

/** How far reading has got. */
export interface WholeBlogProgress {
  /** Pages read, the open page included. */
  pagesRead: number;
  /** Pages known of so far, the open page included. */
  pagesFound: number;
  /** Pages that could not be fetched or read, with why. */
  failed: Array<{ url: string; error: string }>;
  /** The cap, when pages were left unread because of it; else null. */
  capped: number | null;
  done: boolean;
}

/** Options of `readWholeBlog`. */
export interface WholeBlogOptions {
  /** The open page's URL (already read). */
  openPage: string;
  /** Its links to the blog's other pages. */
  links: readonly string[];
  fetchPage(url: string): Promise<string>;
  /** Reads a fetched page: how many entries it added, and its links to other pages. */
  readPage(html: string, url: string): { added: number; links: readonly string[] };
  /** Pages fetched at most. */
  cap: number;
  /** Pages fetched at once (default 3: about what a browser fetches at once from one site anyway). */
  concurrency?: number;
  onProgress(progress: WholeBlogProgress): void;
  signal?: AbortSignal;
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** Reads every page it can reach; resolves with the final progress. */
export async function readWholeBlog(options: WholeBlogOptions): Promise<WholeBlogProgress> {
  const seen = new Set([withoutHash(options.openPage)]);
  const queue: string[] = [];
  const progress: WholeBlogProgress = { pagesRead: 1, pagesFound: 1, failed: [], capped: null, done: false };
  let fetched = 0;
  const enqueue = (links: readonly string[]) => {
    for (const link of links) {
      const url = withoutHash(link);
      if (seen.has(url)) continue;
      seen.add(url);
      queue.push(url);
      progress.pagesFound++;
    }
  };
  const report = () => options.onProgress({ ...progress, failed: [...progress.failed] });
  enqueue(options.links);
  report();

  const worker = async () => {
    while (queue.length && !options.signal?.aborted) {
      if (fetched >= options.cap) {
        progress.capped = options.cap;
        queue.length = 0;
        break;
      }
      const url = queue.shift()!;
      fetched++;
      try {
        const html = await options.fetchPage(url);
        if (options.signal?.aborted) return;
        const { added, links } = options.readPage(html, url);
        // A page with nothing new was a page already read under another address: not counted.
        if (added > 0) {
          progress.pagesRead++;
          enqueue(links);
        } else progress.pagesFound--;
      } catch (error) {
        progress.failed.push({ url, error: (error as Error).message ?? String(error) });
        progress.pagesFound--;
      }
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 3) }, worker));
  progress.done = true;
  report();
  return progress;
}
