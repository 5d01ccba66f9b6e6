// The reader view's page: a bar (close, the blog's title, filters and reading settings), how far
// reading the whole blog has got, the filters (a sidebar when wide, a disclosure when narrow), the
// line of counts and active filters, the entries, and the "n new" marker for live entries. Pure
// presentation: the container (entrypoints/reader-view) owns the data and every change.
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { type Translator, useT } from '@/components/i18n';
import { ACTION } from '@/lib/page-contract';
import type { Direction } from '@/lib/reader-view/blog';
import type { ViewFilter } from '@/lib/reader-view/filter';
import { activeFilters } from '@/lib/reader-view/filter';
import type { SafeNode } from '@/lib/reader-view/safe-tree';
import { WIDTH_CH, type ReaderViewSettings } from '@/lib/reader-view/settings';
import type { SpeakerCount } from '@/lib/types';
import { ActiveFilters } from './ActiveFilters';
import { EntryCard } from './EntryCard';
import { Filters } from './Filters';
import { SettingsPanel } from './SettingsPanel';
import { Stream } from './Stream';
import type { EntryState, ReaderEntry } from './types';

/** How far reading the blog has got. */
export type LoadState =
  | { phase: 'connecting' }
  /** The view cannot read the blog: its tab went away, or it was not opened from a live blog. */
  | { phase: 'failed'; reason: 'lostPage' | 'notFromBlog' }
  | { phase: 'loading' | 'done'; pagesRead: number; pagesFound: number; failed: number; capped: number | null };

/** Props of the reader view. */
export interface ReaderViewProps {
  title: string;
  /** The language the blog's entries are written in (their words carry it), when known. */
  textLang?: string | null;
  load: LoadState;
  onRetry?(): void;
  /** The entries the filters leave, in the reader's order. */
  entries: readonly ReaderEntry[];
  /** Entries in the whole blog. */
  total: number;
  stateOf(id: string): EntryState;
  content(id: string): readonly SafeNode[];
  filter: ViewFilter;
  onFilter(next: ViewFilter): void;
  speakers: readonly SpeakerCount[];
  settings: ReaderViewSettings;
  onSettings(patch: Partial<ReaderViewSettings>): void;
  /** False while the reading state is unavailable (no stars, no reading filters). */
  reading: boolean;
  starBusy: ReadonlySet<string>;
  onStar(id: string, on: boolean): void;
  /** Live entries not yet jumped to. */
  newCount: number;
  onJumpNew(): void;
  /** The pinned entry, with its headline or printed time ('' when it has neither). */
  pinned: { id: string; title: string } | null;
  onJump(id: string): void;
  target: { id: string; seq: number } | null;
  onTopEntry(id: string | null): void;
  onClose(): void;
  /** Said to screen readers (saves, live entries). */
  announcement: string;
  /** Floating UI over the entries (the save-quote button). */
  children?: ComponentChildren;
}

/** The reader view. */
export function ReaderView(props: ReaderViewProps): JSX.Element {
  const { t, plural } = useT();
  const { settings, filter, load } = props;
  const [panel, setPanel] = useState<'filters' | 'settings' | null>(null);
  const toggle = (which: 'filters' | 'settings') => setPanel(panel === which ? null : which);
  const on = activeFilters(filter).length;
  const style = {
    '--lbl-size': `${settings.fontSize}px`,
    '--lbl-leading': String(settings.lineHeight),
    '--lbl-measure': `${WIDTH_CH[settings.width]}ch`,
  } as JSX.CSSProperties;
  const onFollow = (name: string) => {
    const alone = filter.speakers.size === 1 && filter.speakers.has(name);
    props.onFilter({ ...filter, speakers: alone ? new Set() : new Set([name]) });
  };
  return (
    <div class="reader" data-theme={settings.theme} style={style}>
      <header class="bar">
        <button type="button" class="close" data-lbl-action={ACTION.closeReader} aria-label={t('readerView.close')} title={t('readerView.closeTitle', { key: t('common.keys.esc') })} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
        <h1 class="blog-title">{props.title || t('readerView.viewLabel')}</h1>
        <button type="button" class="tool filters-toggle" aria-expanded={panel === 'filters'} aria-controls="lbl-filters" onClick={() => toggle('filters')}>
          {on ? t('readerView.filtersActive', { count: on }) : t('readerView.filters')}
        </button>
        <button type="button" class="tool" aria-expanded={panel === 'settings'} aria-controls="lbl-settings" aria-label={t('readerView.settings')} title={t('readerView.settings')} onClick={() => toggle('settings')}>
          <span aria-hidden="true">{t('readerView.settingsIcon')}</span>
        </button>
      </header>
      {panel === 'settings' && (
        <section id="lbl-settings" class="popover" aria-label={t('readerView.settings')}>
          <SettingsPanel settings={settings} onChange={props.onSettings} />
        </section>
      )}
      <LoadLine load={load} total={props.total} onRetry={props.onRetry} />
      <div class="columns">
        <aside id="lbl-filters" class={panel === 'filters' ? 'sidebar open' : 'sidebar'} aria-labelledby="lbl-filters-title">
          <h2 id="lbl-filters-title" class="sr-only">
            {t('readerView.filters')}
          </h2>
          <Filters
            filter={filter}
            onFilter={props.onFilter}
            speakers={props.speakers}
            order={settings.order}
            onOrder={(order: Direction) => props.onSettings({ order })}
            reading={props.reading}
          />
        </aside>
        <main class="main" tabIndex={-1}>
          <ActiveFilters filter={filter} shown={props.entries.length} total={props.total} onFilter={props.onFilter} />
          {props.pinned && on === 0 && (
            <p class="pinned-link">
              <button type="button" class="link" onClick={() => props.onJump(props.pinned!.id)}>
                {t('readerView.pinnedJump', { title: props.pinned.title || t('readerView.untitled') })}
              </button>
            </p>
          )}
          {props.entries.length === 0 && load.phase !== 'connecting' && <p class="empty">{props.total ? t('readerView.noMatch') : t('readerView.noEntries')}</p>}
          <Stream
            entries={props.entries}
            label={props.title || t('readerView.viewLabel')}
            busy={load.phase === 'loading' || load.phase === 'connecting'}
            target={props.target}
            onTopEntry={props.onTopEntry}
            topOffset={56}
            render={(entry, headingId) => (
              <EntryCard
                entry={entry}
                textLang={props.textLang}
                headingId={headingId}
                state={props.stateOf(entry.id)}
                content={() => props.content(entry.id)}
                followed={filter.speakers}
                starBusy={props.starBusy.has(entry.id)}
                onStar={props.reading ? (next) => props.onStar(entry.id, next) : undefined}
                onFollow={onFollow}
              />
            )}
          />
        </main>
      </div>
      {props.newCount > 0 && (
        <button type="button" class="new-marker" data-lbl-action={ACTION.jumpNewEntries} onClick={props.onJumpNew}>
          <span aria-hidden="true">↑ </span>
          {plural('readerView.newEntries', props.newCount)}
        </button>
      )}
      {props.children}
      <p class="sr-only" role="status" aria-live="polite">
        {props.announcement}
      </p>
    </div>
  );
}

/** "The whole blog: 5 pages, 42 entries", or "…: 12 entries on one page". */
function wholeBlog({ t, plural }: Translator, pages: number, total: number): string {
  const entries = plural('readerView.load.entries', total);
  return pages > 1 ? t('readerView.load.wholeBlog', { pages: plural('readerView.load.pages', pages), entries }) : t('readerView.load.onePage', { entries });
}

function LoadLine({ load, total, onRetry }: { load: LoadState; total: number; onRetry?(): void }) {
  const i18n = useT();
  const { t, plural, number } = i18n;
  if (load.phase === 'connecting') return <p class="load" role="status">{t('readerView.connecting')}</p>;
  if (load.phase === 'failed') {
    const shortcut = `${t('common.keys.alt')}+${t('common.keys.shift')}+R`;
    const message = load.reason === 'lostPage' ? t('readerView.lostPage') : t('readerView.notFromBlog', { shortcut });
    return <p class="load error" role="alert">{message}</p>;
  }
  const reading = load.phase === 'loading';
  return (
    <div class="load" role="status">
      {reading ? (
        <>
          <span>{t('readerView.load.readingPages', { read: number(load.pagesRead), found: number(Math.max(load.pagesFound, load.pagesRead)) })}</span>
          <progress max={Math.max(load.pagesFound, 1)} value={load.pagesRead} aria-hidden="true" />
        </>
      ) : (
        <span>{wholeBlog(i18n, load.pagesRead, total)}</span>
      )}
      {load.failed > 0 && (
        <span class="warn">
          {' '}
          {plural('readerView.load.failed', load.failed)}{' '}
          {onRetry && !reading && (
            <button type="button" class="link" onClick={onRetry}>
              {t('readerView.load.retry')}
            </button>
          )}
        </span>
      )}
      {load.capped !== null && <span class="warn"> {plural('readerView.load.capped', load.capped)}</span>}
    </div>
  );
}
