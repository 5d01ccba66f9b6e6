// The reader view's container: draws the view (components/reader-view) from the controller's data
// and the reader's choices (filters, remembered settings), marks entries read as they are read
// (the page's tracker and dwell time), and carries the reader's actions to the store and the tab.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReaderView } from '@/components/reader-view/ReaderView';
import { useT } from '@/components/i18n';
import { ATTR } from '@/lib/page-contract';
import { NO_VIEW_FILTER, type ViewFilter } from '@/lib/reader-view/filter';
import { READER_DEFAULTS, type ReaderViewSettings } from '@/lib/reader-view/settings';
import { NO_READING } from '../reader.content/core/reading-api';
import { trackReads } from '../reader.content/reading/tracker';
import { dwellFor } from '../reader.content/reading/service';
import type { LensStorage } from '../shared/storage';
import type { ReaderController } from './controller';
import { derive, stateOf } from './derive';
import { installViewKeys } from './keys';
import { useQuoteSaver } from './quote-saver';

/** Props of the container. */
export interface ReaderAppProps {
  controller: ReaderController;
  storage: Pick<LensStorage, 'readerView' | 'settings'>;
}

const report = (error: unknown) => console.warn('[Liveblog Lens]', error);

/** The reader view, wired. */
export function ReaderApp({ controller, storage }: ReaderAppProps) {
  const { t } = useT();
  const [, setVersion] = useState(0);
  const [settings, setSettings] = useState<ReaderViewSettings>(READER_DEFAULTS);
  const [filter, setFilter] = useState<ViewFilter>(NO_VIEW_FILTER);
  const [target, setTarget] = useState<{ id: string; seq: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [starBusy, setStarBusy] = useState<ReadonlySet<string>>(new Set());
  const top = useRef<string | null>(null);
  const search = useRef(new Map<string, string>());
  const data = controller.data();
  const { model, reading } = data;
  const view = reading?.view() ?? NO_READING;

  useEffect(() => controller.subscribe(() => setVersion((n) => n + 1)), [controller]);
  useEffect(() => {
    void storage.readerView.get().then(setSettings, report);
    return storage.readerView.watch(setSettings);
  }, [storage]);

  const derived = useMemo(
    () => (model ? derive(model, settings.order, filter, view, search.current) : { shown: [], total: 0, speakers: [], pinned: null }),
    [data.version, settings.order, filter],
  );
  const live = useMemo(() => new Set(data.live), [data.live]);
  const newCount = data.live.filter((id) => !stateOf(view, live, id).read).length;

  const jump = (id: string) => setTarget({ id, seq: (target?.seq ?? 0) + 1 });
  const step = (direction: 1 | -1) => {
    const ids = derived.shown.map((e) => e.id);
    const here = top.current === null ? -1 : ids.indexOf(top.current);
    const next = ids[Math.max(0, Math.min(ids.length - 1, here + direction))];
    if (next) jump(next);
  };
  const close = () => controller.close(top.current);
  const onTopEntry = useCallback((id: string | null) => {
    top.current = id;
    controller.position(id);
  }, [controller]);

  useEffect(() => {
    const keys = new AbortController();
    installViewKeys({ close, next: () => step(1), previous: () => step(-1) }, keys.signal);
    return () => keys.abort();
  });

  // Entries on screen long enough become read, as in the page.
  const tracker = useRef<ReturnType<typeof trackReads> | null>(null);
  const watched = useRef(new Set<Element>());
  useEffect(() => {
    if (!reading) return;
    const life = new AbortController();
    const tracker_ = trackReads(document, { dwellMs: null, onRead: (el) => reading.markRead([el.getAttribute(ATTR.entry) ?? '']) }, life.signal);
    tracker.current = tracker_;
    // The reader's read-after delay (options page), followed while the view is open.
    void storage.settings.get().then((s) => !life.signal.aborted && tracker_.setDwell(dwellFor(s.readAfterMs)), report);
    const unwatch = storage.settings.watch((s) => tracker_.setDwell(dwellFor(s.readAfterMs)));
    return () => {
      unwatch();
      life.abort();
    };
  }, [reading, storage]);
  useEffect(() => {
    const t = tracker.current;
    if (!t) return;
    for (const el of document.querySelectorAll(`.stream > [${ATTR.entry}][data-drawn="1"]`)) {
      const id = el.getAttribute(ATTR.entry) ?? '';
      const read = stateOf(view, live, id).read;
      if (!read && !watched.current.has(el)) {
        watched.current.add(el);
        t.observe(el);
      } else if (read && watched.current.delete(el)) t.unobserve(el);
    }
    for (const el of watched.current) if (!el.isConnected) watched.current.delete(el);
  });

  useEffect(() => {
    (document.querySelector('.main') as HTMLElement | null)?.focus({ preventScroll: true });
  }, []);

  const quoteUi = useQuoteSaver(model, reading, setAnnouncement);

  const onStar = (id: string, on: boolean) => {
    if (!reading) return;
    setStarBusy((busy) => new Set(busy).add(id));
    reading
      .setStar(id, on)
      .catch(() => setAnnouncement(t('readerView.starFailed')))
      .finally(() =>
        setStarBusy((busy) => {
          const next = new Set(busy);
          next.delete(id);
          return next;
        }),
      );
  };

  return (
    <ReaderView
      title={data.info?.title ?? ''}
      textLang={data.info?.textLang}
      load={data.load}
      onRetry={() => controller.retry()}
      entries={derived.shown}
      total={derived.total}
      stateOf={(id) => stateOf(view, live, id)}
      content={(id) => model?.content(id) ?? []}
      filter={filter}
      onFilter={setFilter}
      speakers={derived.speakers}
      settings={settings}
      onSettings={(patch) => {
        const next = { ...settings, ...patch };
        setSettings(next);
        void storage.readerView.set(next).catch(report);
      }}
      reading={view.available}
      starBusy={starBusy}
      onStar={onStar}
      newCount={newCount}
      onJumpNew={() => {
        const first = derived.shown.find((e) => live.has(e.id) && !stateOf(view, live, e.id).read);
        if (first) jump(first.id);
        controller.clearLive();
      }}
      pinned={derived.pinned}
      onJump={jump}
      target={target}
      onTopEntry={onTopEntry}
      onClose={close}
      announcement={announcement}
    >
      {quoteUi}
    </ReaderView>
  );
}
