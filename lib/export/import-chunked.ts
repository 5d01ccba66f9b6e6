// Reading a large export without freezing the library page (issue 14, finding 14: a 67 MB file
// was one 11 s task). `JSON.parse` of the whole file cannot be cut, so the file is scanned in
// slices for the elements of its top-level lists; each element is then parsed and checked on its
// own, a few rows at a time, and the caller's `pause` runs whenever about 12 ms of work are done,
// so the page can paint and answer input. The result equals `parseImport`'s on the same text: the
// skeleton (the file with its lists emptied) and every element are parsed by JSON.parse itself, so
// a file that is not JSON anywhere is refused as a whole.
import { checkAll, checkHeader, ImportError, list, MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, parseImport, SCHEMAS, type ParsedImport, type Rejection } from './import';

/** Options of `parseImportChunked`. */
export interface ChunkOptions {
  /** Lets the page run between steps (the library page waits for a macrotask). */
  pause?: () => Promise<void>;
  /** The share of the work done, 0 to 1. */
  onProgress?(done: number): void;
  /** Characters scanned between looks at the clock (default 64 Ki). */
  sliceChars?: number;
  /** Rows parsed and checked between looks at the clock (default 50). */
  rowsPerStep?: number;
  /** Work this long, in ms, before pausing (default 12: a frame keeps room to paint). 0: pause after every slice. */
  budgetMs?: number;
  /** The clock (default Date.now). */
  now?: () => number;
}

/** Pauses when the budget since the last pause is spent. */
function budget(options: ChunkOptions): () => Promise<void> {
  const pause = options.pause ?? (() => Promise.resolve());
  const now = options.now ?? Date.now;
  const ms = options.budgetMs ?? 12;
  let since = now();
  return async () => {
    if (now() - since < ms) return;
    await pause();
    since = now();
  };
}

/** One top-level list found by the scan: its key, where it is, and where each element is. */
interface FoundList {
  key: string;
  start: number;
  end: number;
  /** Start and end of each element, flat. */
  spans: number[];
}

const NOT_JSON = 'The file is not JSON';
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const STRING_STOP = /["\\]/g;

/** Scans `text` (a top-level object) in slices, finding the elements of the lists directly under it. */
async function scan(text: string, sliceChars: number, step: () => Promise<void>, progress: (f: number) => void): Promise<FoundList[]> {
  const found: FoundList[] = [];
  let depth = 0;
  let keyStart = -1;
  let keyEnd = -1;
  let current: FoundList | null = null;
  let elemStart = -1;
  let afterComma = false;
  const fail = (): never => {
    throw new ImportError(NOT_JSON);
  };
  let i = 0;
  while (i < text.length) {
    const stop = Math.min(text.length, i + sliceChars);
    while (i < stop) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        // A string: jump to its end, stepping over escapes.
        const start = i;
        if (current && depth === 2 && elemStart < 0) elemStart = i;
        for (;;) {
          STRING_STOP.lastIndex = i + 1;
          const m = STRING_STOP.exec(text);
          if (!m) fail();
          i = m!.index;
          if (text.charCodeAt(i) === 0x5c) i++;
          else break;
        }
        if (depth === 1) [keyStart, keyEnd] = [start, i + 1];
      } else if (c === 0x7b || c === 0x5b) {
        if (current && depth === 2 && elemStart < 0) elemStart = i;
        if (depth === 1 && c === 0x5b && keyStart >= 0) {
          current = { key: JSON.parse(text.slice(keyStart, keyEnd)) as string, start: i, end: -1, spans: [] };
          elemStart = -1;
          afterComma = false;
        }
        depth++;
      } else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth < 0) fail();
        if (current && depth === 1) {
          if (c !== 0x5d || afterComma) fail();
          if (elemStart >= 0) current.spans.push(elemStart, i);
          current.end = i + 1;
          found.push(current);
          current = null;
        }
      } else if (c === 0x2c) {
        if (current && depth === 2) {
          if (elemStart < 0) fail(); // an empty element: `[,` or `,,`
          current.spans.push(elemStart, i);
          elemStart = -1;
          afterComma = true;
        }
      } else if (current && depth === 2 && elemStart < 0 && !WS.has(c)) {
        elemStart = i;
      }
      if (current && depth === 2 && elemStart >= 0) afterComma = false;
      i++;
    }
    progress(i / text.length);
    await step();
  }
  if (depth !== 0) fail();
  return found;
}

/**
 * Reads and validates an export like `parseImport`, in steps that yield to the page. Throws an
 * ImportError when the file as a whole is unusable; otherwise answers the valid rows and a reason
 * for each refused one.
 */
export async function parseImportChunked(text: string, options: ChunkOptions = {}): Promise<ParsedImport> {
  const step = budget(options);
  const progress = options.onProgress ?? (() => {});
  if (text.length > MAX_IMPORT_CHARS) throw new ImportError('The file is too large to be a Liveblog Lens export');
  const first = text.search(/\S/);
  // Not an object: refused whatever it holds, with parseImport's own words.
  if (first < 0 || text[first] !== '{') return parseImport(text);

  const found = await scan(text, options.sliceChars ?? 1 << 16, step, (f) => progress(f * 0.3));
  // The file with every found list emptied: small, and parsed by JSON.parse for the header and syntax.
  let skeleton = '';
  let at = 0;
  for (const f of found) {
    skeleton += `${text.slice(at, f.start)}[]`;
    at = f.end;
  }
  skeleton += text.slice(at);
  let top: Record<string, unknown>;
  try {
    top = JSON.parse(skeleton) as Record<string, unknown>;
  } catch {
    throw new ImportError(NOT_JSON);
  }
  top = checkHeader(top);
  // A key given twice: JSON.parse keeps the last one, so does this.
  const lists = new Map(found.map((f) => [f.key, f]));
  const names = ['blogs', 'quotes', 'starred'] as const;
  const spansOf = (name: string): number[] => {
    list(top, name); // throws when the value is not a list
    const spans = Array.isArray(top[name]) ? (lists.get(name)?.spans ?? []) : [];
    if (spans.length / 2 > MAX_IMPORT_ROWS) throw new ImportError(`"${name}" has more than ${MAX_IMPORT_ROWS} rows`);
    return spans;
  };
  const spans = names.map(spansOf);
  const total = spans.reduce((n, s) => n + s.length / 2, 0) || 1;
  const rowsPerStep = options.rowsPerStep ?? 50;
  const rejected: Rejection[] = [];
  const kinds = { blogs: 'blog', quotes: 'quote', starred: 'starred' } as const;
  const out = { blogs: [] as ParsedImport['blogs'], quotes: [] as ParsedImport['quotes'], starred: [] as ParsedImport['starred'] };
  let done = 0;
  for (const [n, name] of names.entries()) {
    const s = spans[n]!;
    for (let from = 0; from < s.length / 2; from += rowsPerStep) {
      const rows: unknown[] = [];
      for (let k = from; k < Math.min(s.length / 2, from + rowsPerStep); k++) {
        try {
          rows.push(JSON.parse(text.slice(s[2 * k]!, s[2 * k + 1]!)));
        } catch {
          throw new ImportError(NOT_JSON);
        }
      }
      const checked = checkAll(rows, kinds[name], name, SCHEMAS[kinds[name]] as (typeof SCHEMAS)['quote'], rejected, from);
      (out[name] as unknown[]).push(...checked);
      done += rows.length;
      progress(0.3 + (0.7 * done) / total);
      await step();
    }
  }
  return { ...out, rejected };
}
