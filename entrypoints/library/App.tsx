// The library page's container: reads the database through a live query, keeps the page state
// (view, filters, selection, undo, import report) and turns the view's callbacks into protocol
// messages. The background is the database's one writer, so an edit here passes the same checks
// as a save from a page; reads go straight to the database (the extension's own origin), and a
// live query shows a quote saved in any tab without a reload.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryApp, type LibraryView } from '@/components/library/LibraryApp';
import type { ExportScope } from '@/components/library/ExportMenu';
import type { ImportOutcome } from '@/components/library/ImportSummary';
import type { QuoteEdit } from '@/components/library/QuoteItem';
import { useT } from '@/components/i18n';
import { exportFile, type ExportFile, type ExportKind } from '@/lib/export/index';
import { ImportError, MAX_IMPORT_CHARS, type ImportSummary } from '@/lib/export/import';
import { parseImportChunked } from '@/lib/export/import-chunked';
import { importParts } from '@/lib/export/staging';
import { EMPTY_FILTER, facets, filterItems, toLibraryFilter, type FilterValues } from '@/lib/library/filter';
import { quoteItems, starredItems, type LibraryItem } from '@/lib/library/items';
import { cleanText } from '@/lib/protocol/entry-meta';
import { LIMITS } from '@/lib/protocol/limits';
import type { LensDb } from '@/lib/store/db';
import { loadLibrary, type EntryKey } from '@/lib/store/library';
import type { Send } from '../shared/messenger';
import { download } from './download';
import { markdownWords } from './markdown-words';
import { useLiveQuery } from './useLiveQuery';

export type { LibraryView };

/** Props of the container. */
export interface LibraryContainerProps {
  /** Read only: the live query's source. */
  db: LensDb;
  /** Every write goes to the background as a protocol message (tests answer with the handlers). */
  send: Send;
  initialView?: LibraryView;
  onViewChange?(view: LibraryView): void;
  /** The clock (exports' dates). */
  now?: () => number;
  /** Zone for printed times (the browser's own when undefined). */
  timeZone?: string;
  /** Where exports go (the browser's downloads by default; tests capture them). */
  onDownload?(file: ExportFile): void;
  /** How long the undo notice stays, in ms. */
  undoMs?: number;
  /** Writes to the clipboard (the browser's by default; tests capture it). */
  copyText?(text: string): Promise<void>;
  /** The private-window setting's storage (extension storage on the page; absent in tests: not shown). */
  privateWindows?: { load(): Promise<boolean>; save(on: boolean): Promise<void> };
}

/** Lets the page paint and answer input between import steps (a macrotask, not a microtask). */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A file's text, decoded 4 MB at a time (`file.text()` decodes 67 MB in one task). A BOM is dropped, as file.text() does. */
async function readText(file: Blob): Promise<string> {
  const decoder = new TextDecoder();
  const step = 4 << 20;
  let text = '';
  for (let at = 0; at < file.size; at += step) text += decoder.decode(await file.slice(at, at + step).arrayBuffer(), { stream: true });
  return text + decoder.decode();
}

interface Undo {
  message: string;
  run(): Promise<void>;
}

/** The library page, wired to the database. */
export function LibraryContainer(props: LibraryContainerProps) {
  const { db, send, now = Date.now, undoMs = 15_000 } = props;
  const i18n = useT();
  const { t, plural } = i18n;
  const live = useLiveQuery(() => loadLibrary(db), [db]);
  const [storeIncognito, setStoreIncognitoState] = useState<boolean | null>(null);
  useEffect(() => {
    props.privateWindows?.load().then(setStoreIncognitoState, () => setStoreIncognitoState(false));
  }, [props.privateWindows]);
  const setStoreIncognito = (on: boolean) => {
    setStoreIncognitoState(on);
    props.privateWindows?.save(on).catch(() => setStoreIncognitoState(!on));
  };
  const snapshot = live.value;
  const [view, setView] = useState<LibraryView>(props.initialView ?? 'quotes');
  const [filter, setFilter] = useState<FilterValues>(EMPTY_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<Undo | null>(null);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const all = useMemo(
    () => (snapshot ? { quotes: quoteItems(snapshot), starred: starredItems(snapshot) } : { quotes: [], starred: [] }),
    [snapshot],
  );
  const libraryFilter = useMemo(() => toLibraryFilter(filter), [filter]);
  const items = useMemo(() => filterItems(all[view], libraryFilter), [all, view, libraryFilter]);
  const counts = useMemo(() => facets(all[view], libraryFilter), [all, view, libraryFilter]);
  // A selection only holds items that still exist (another tab may delete some).
  const present = useMemo(() => new Set(all[view].map((i) => i.key)), [all, view]);
  const liveSelection = useMemo(() => new Set([...selected].filter((k) => present.has(k))), [selected, present]);

  /** Runs a write, showing its failure instead of losing it. */
  const attempt = async (what: 'delete' | 'unstar' | 'edit' | 'undo', write: () => Promise<void>) => {
    try {
      setError(null);
      await write();
    } catch (e) {
      setError(t(`library.errors.${what}`, { error: (e as Error).message }));
    }
  };

  const offerUndo = (next: Undo | null) => {
    clearTimeout(undoTimer.current);
    setUndo(next);
    if (next) undoTimer.current = setTimeout(() => setUndo(null), undoMs);
  };

  const runUndo = () => {
    if (!undo) return;
    offerUndo(null);
    void attempt('undo', undo.run);
  };

  // Ctrl+Z / Cmd+Z undoes the last delete while its notice shows (not while typing).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (!undo || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey || t?.closest('input, textarea')) return;
      e.preventDefault();
      runUndo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const onDelete = (keys: string[]) =>
    void attempt(view === 'quotes' ? 'delete' : 'unstar', async () => {
      if (view === 'quotes') {
        const { quotes } = await send('deleteQuotes', { ids: keys });
        const run = async () => void (await send('restoreQuotes', { quotes }));
        if (quotes.length) offerUndo({ message: plural('library.undo.deletedQuotes', quotes.length), run });
      } else {
        const entries = keys.map((k) => JSON.parse(k) as EntryKey).map(([blog, id]) => ({ blog, id }));
        const { stars } = await send('unstarEntries', { entries });
        const run = async () => void (await send('restoreStars', { stars }));
        if (stars.length) offerUndo({ message: plural('library.undo.unstarred', stars.length), run });
      }
      setSelected((s) => new Set([...s].filter((k) => !keys.includes(k))));
    });

  const onEditQuote = (id: string, edit: QuoteEdit) =>
    void attempt('edit', async () => {
      // The same limits as a saved quote, so an edited row would pass import validation too.
      const speaker = edit.speaker === null ? null : cleanText(edit.speaker, LIMITS.speaker, true) || null;
      const note = edit.note === null ? null : cleanText(edit.note, LIMITS.note) || null;
      await send('updateQuote', { id, speaker, note });
    });

  // A failed copy shows why (a page without clipboard permission); a successful one says "Copied" on its button.
  const onCopy = async (text: string) => {
    setError(null);
    try {
      await (props.copyText ?? ((s: string) => navigator.clipboard.writeText(s)))(text);
    } catch (e) {
      setError(t('library.errors.copy', { error: (e as Error).message }));
      throw e;
    }
  };

  const scopeItems = (scope: ExportScope): LibraryItem[] => {
    if (scope === 'shown') return items;
    if (scope === 'selected') return all[view].filter((i) => liveSelection.has(i.key));
    return [...all.quotes, ...all.starred];
  };

  const onExport = (kind: ExportKind, scope: ExportScope) => {
    if (!snapshot) return;
    const file = exportFile(kind, scopeItems(scope), snapshot.blogs, { now: now(), timeZone: props.timeZone, words: markdownWords(i18n) });
    (props.onDownload ?? download)(file);
  };

  const onImport = (file: File) =>
    void (async () => {
      const fileName = file.name;
      // Parts kept by the background until the commit, so a failure leaves the library as it was.
      const importId = crypto.randomUUID();
      let staged = false;
      try {
        if (file.size > MAX_IMPORT_CHARS * 4) throw new ImportError(t('library.import.tooLarge'));
        setImportOutcome({ fileName, busy: true, progress: 0 });
        const show = (progress: number) => setImportOutcome({ fileName, busy: true, progress });
        // Reading and checking: 0–50 %, in steps that let the page paint and answer input.
        const parsed = await parseImportChunked(await readText(file), { pause: yieldToPage, onProgress: (f) => show(f / 2) });
        // 2,000 rows a message: cloning one part stays a short task on the page.
        const parts = importParts(parsed, 2000);
        for (const [part, rows] of parts.entries()) {
          staged = true;
          await send('stageImport', { importId, part, rows });
          show(0.5 + (0.45 * (part + 1)) / parts.length);
          await yieldToPage();
        }
        const counts = await send('commitImport', { importId });
        const summary: ImportSummary = { added: counts.added, skipped: counts.skipped, rejected: parsed.rejected };
        setImportOutcome({ fileName, summary });
      } catch (e) {
        if (staged) void send('discardImport', { importId }).catch(() => undefined);
        setImportOutcome({ fileName, error: e instanceof ImportError ? e.message : t('library.import.notWritten', { error: (e as Error).message }) });
      }
    })();

  const changeView = (v: LibraryView) => {
    if (v === view) return;
    setView(v);
    setSelected(new Set());
    props.onViewChange?.(v);
  };

  return (
    <LibraryApp
      privacy={storeIncognito === null ? null : { storeInPrivateWindows: storeIncognito, onChange: setStoreIncognito }}
      view={view}
      onView={changeView}
      counts={{ quotes: all.quotes.length, starred: all.starred.length }}
      everything={all.quotes.length + all.starred.length}
      items={items}
      loading={!snapshot && !live.error}
      filter={filter}
      facets={counts}
      onFilter={(patch) => setFilter((f) => ({ ...f, ...patch }))}
      onClearFilter={() => setFilter(EMPTY_FILTER)}
      selected={liveSelection}
      onSelect={(key, on) =>
        setSelected((s) => {
          const next = new Set(s);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        })
      }
      onSelectAll={() => setSelected(new Set(items.map((i) => i.key)))}
      onClearSelection={() => setSelected(new Set())}
      onDelete={onDelete}
      onEditQuote={onEditQuote}
      onCopy={onCopy}
      onExport={onExport}
      onImport={onImport}
      importOutcome={importOutcome}
      onDismissImport={() => setImportOutcome(null)}
      undo={undo ? { message: undo.message } : null}
      onUndo={runUndo}
      onDismissUndo={() => offerUndo(null)}
      error={error ?? (live.error ? t('library.errors.read', { error: (live.error as Error).message ?? String(live.error) }) : null)}
      timeZone={props.timeZone}
    />
  );
}
