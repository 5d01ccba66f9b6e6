// The speaker-filter side panel: `<liveblog-lens-panel>` docked at the right, its contents drawn
// by Preact in a shadow root. This feature owns the filter: it hides entries in place with
// `data-lbl-hidden`, orders them (dom/order.ts), tells the chips who is followed, and moves through
// the entries with j / k. Opened by the toolbar, Alt+Shift+S (a browser command) and the tab. The
// reading service is optional here: the panel works without it and picks it up when it comes.
// Where it lives in the page (hosts, private root, trusted events) is panel-host.ts.
import { render, type ComponentChildren } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { DOCK_MIN_WIDTH, KeysHelp, Panel, PANEL_WIDTH, ReadingTools, SHEET_VH, TAB_WIDTH, type PanelQuote } from '@/components/panel';
import {
  applyFilter, clearSpeakers, isFiltering, NO_FILTER, onlySpeaker, speakerCounts, toggleSpeaker, type FilterOutcome, type FilterState,
} from '@/lib/filter';
import { ATTR, SELECT, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import type { LensSnapshot } from '../core/model';
import { createNavigator, installKeys } from '../dom/keys';
import { createOrderer, siteRunsOldestFirst } from '../dom/order';
import { addPageStyle } from '../dom/page-style';
import { NO_READING, type ReadingApi, type ReadingChange, type ReadingView } from '../core/reading-api';
import { createQuoteSaver, FOUND_QUOTES_MAX, followedQuotes } from '../reading/found-quotes';
import { coalesce } from './coalesce';
import { createFilterBar } from './filter-bar';
import { afterReads, countReading, filterEntries, type ReadingCounts } from './panel-counts';
import { createPanelHost, READING_SLOT } from './panel-host';

// The page makes room so that the panel and the tab never cover its text or its controls: at the
// side on wide screens (the page reflows), below the text on narrow ones (the bottom sheet), and a
// slim strip at the right edge for the closed tab at every width (issue 13, point 4).
const ROOM_CSS = (open: boolean) =>
  `@media (min-width: ${DOCK_MIN_WIDTH}px) { html { padding-right: ${open ? PANEL_WIDTH : TAB_WIDTH}px !important; } }\n` +
  `@media (max-width: ${DOCK_MIN_WIDTH - 1}px) { html { ${open ? `padding-bottom: ${SHEET_VH}vh` : `padding-right: ${TAB_WIDTH}px`} !important; } }`;
// A repeat's stub (just before the entry) goes with its filtered-out entry.
const HIDE_CSS = `[${ATTR.hidden}], ${SELECT.ui(UI.repeatStub)}:has(+ [${ATTR.hidden}]) { display: none; }`;

const report = (error: unknown) => console.error('[Liveblog Lens]', error);
/** The panel's pass over every entry, at most this often while a big blog is read (see coalesce.ts). */
const UPDATE_EVERY_MS = 400;

export const panel = defineFeature({
  name: 'panel',
  start(ctx) {
    const { doc, model, settings, bus, i18n, signal } = ctx;
    addPageStyle(doc, HIDE_CSS, signal);
    const dock = addPageStyle(doc, '', signal);
    const { host, root, tab, mount, privateMount } = createPanelHost(doc, i18n.t('panel.tabText'), signal);
    const bar = createFilterBar(doc, i18n, signal);

    const orderer = createOrderer(doc, signal);
    const navigator = createNavigator(doc, signal);
    const hidden = new Set<Element>();
    let filter: FilterState = NO_FILTER;
    let open = settings.site.panelOpen;
    let focusPanel = false;
    let help = false;
    let reading: ReadingApi | null = null;
    const saver = createQuoteSaver(i18n, () => update());
    let last: { snapshot: LensSnapshot; outcome: FilterOutcome; view: ReadingView } | null = null;
    /** The reading section's counts since the last full pass; `stale` while a pass is asked for. */
    let counts: ReadingCounts | null = null;
    let stale = false;

    const setHidden = (el: Element, hide: boolean) => {
      if (hide === hidden.has(el)) return;
      el.toggleAttribute(ATTR.hidden, hide);
      if (hide) hidden.add(el);
      else hidden.delete(el);
    };
    const stream = (snapshot: LensSnapshot) =>
      snapshot.entries.filter((e) => !e.entry.pinned && e.entry.element.isConnected).map((e) => e.entry.element);

    const draw = (ui: ComponentChildren) => render(<I18nProvider value={i18n}>{ui}</I18nProvider>, mount);
    const update = () => {
      if (signal.aborted) return;
      stale = false;
      const snapshot = model.current();
      const view = reading?.view() ?? NO_READING;
      const entries = filterEntries(snapshot, view);
      const outcome = applyFilter(entries, filter, { collapseRepeats: settings.global.collapseRepeats });
      last = { snapshot, outcome, view };
      snapshot.entries.forEach((e, i) => setHidden(e.entry.element, !outcome.visible[i]));
      for (const el of hidden) if (!el.isConnected) hidden.delete(el);

      const siteOldestFirst = siteRunsOldestFirst(snapshot.entries.map((e) => e.entry)) === true;
      orderer.apply(stream(snapshot), settings.site.order === 'oldest-first' && !siteOldestFirst);

      dock.set(ROOM_CSS(open));
      if (open !== host.hasAttribute('data-open')) bus.emit('panelShown', { open });
      host.toggleAttribute('data-open', open);
      tab.setAttribute('aria-expanded', String(open));
      const filtered = isFiltering(filter);
      // A filter on shows on the tab itself (not only to screen readers) and above the entries. The
      // label starts with the words on the tab, so speech control finds it by what it shows.
      tab.toggleAttribute('data-filtered', filtered);
      // Written only when it changes: a new text node is a layout (and a rendering) after every pass.
      const tabText = filtered ? i18n.t('panel.tabTextFiltered', { shown: String(outcome.shown), total: String(outcome.total) }) : i18n.t('panel.tabText');
      if (tab.textContent !== tabText) tab.textContent = tabText;
      const label = i18n.t(open ? (filtered ? 'panel.tabLabel.closeFiltered' : 'panel.tabLabel.close') : filtered ? 'panel.tabLabel.openFiltered' : 'panel.tabLabel.open');
      tab.setAttribute('aria-label', filtered ? `${tab.textContent}: ${label}` : label);
      const first = stream(snapshot)[0] ?? null;
      bar.draw(
        filtered ? { shown: outcome.shown, total: outcome.total, speakers: [...filter.speakers], onShowAll: () => setFilter(clearSpeakers(filter)) } : null,
        first,
      );
      const repeats = new Set(entries.filter((e) => e.duplicateOf !== null).map((e) => e.id)).size;
      const quotes = followedQuotes(snapshot.entries, outcome.visible, filter.speakers, siteOldestFirst);
      const autoFocus = focusPanel;
      focusPanel = false;
      counts = countReading(entries, outcome.unread, view);
      drawPrivate(open && view.available ? view : null, counts.unread, counts.fresh);
      draw(
        <>
          {open && (
            <Panel
              counts={{ shown: outcome.shown, total: outcome.total, filtering: filtered }}
              speakers={{
                speakers: speakerCounts(entries, snapshot.speakers),
                selected: filter.speakers,
                onToggle: (name) => setFilter(toggleSpeaker(filter, name)),
                onAll: () => setFilter(clearSpeakers(filter)),
              }}
              quotes={{
                quotes: quotes.slice(0, FOUND_QUOTES_MAX),
                found: quotes.length,
                statuses: saver.statuses,
                canSave: reading !== null,
                announcement: saver.announcement,
                onSave: (quote) => void saver.save(reading, quote),
                onGoTo: goToQuote,
              }}
              order={{ order: settings.site.order, siteOldestFirst, onOrder: (order) => void settings.setSite({ order }).catch(report) }}
              repeats={{
                repeats,
                collapsed: outcome.collapsed,
                showing: !settings.global.collapseRepeats,
                onShow: (show) => void settings.setGlobal({ collapseRepeats: !show }).catch(report),
              }}
              readingSlot={view.available ? READING_SLOT : null}
              autoFocus={autoFocus}
              onClose={() => setOpen(false, true)}
              onHelp={() => setHelp(true)}
              onOpenLibrary={() => void ctx.send('openLibrary', {}).catch(report)}
              onOpenReader={() => bus.emit('readerView', { toggle: false })}
            />
          )}
          {help && <KeysHelp onClose={() => setHelp(false)} />}
        </>,
      );
    };

    /** The reading section, in the private root (null: empty). */
    let announcement = '';
    const drawPrivate = (view: ReadingView | null, unread: number, fresh: number) =>
      render(
        view ? (
          <I18nProvider value={i18n}>
            <ReadingTools
              unread={unread}
              fresh={fresh}
              announcement={announcement}
              onFirstNew={() => void reading?.jumpToFirstNew()}
              onNextUnread={nextUnread}
              onMarkAllRead={markAllRead}
              onLatest={goToLatest}
            />
          </I18nProvider>
        ) : null,
        privateMount,
      );
    const markAllRead = () => {
      reading?.markAllRead().then(
        () => say(i18n.t('panel.notice.allRead')),
        () => say(i18n.t('panel.notice.markFailed')),
      );
    };
    const say = (text: string) => {
      announcement = text;
      update();
    };

    const setFilter = (next: FilterState) => {
      const added = [...next.speakers].some((name) => !filter.speakers.has(name));
      filter = next;
      update();
      // The view moves to the first match (else a reader at the footer sees an empty blog).
      if (added) bar.reveal();
      bus.emit('filterChanged', { speakers: [...filter.speakers] });
    };

    const setHelp = (next: boolean) => {
      if (next === help) return;
      help = next;
      update();
      if (!next && open) root.querySelector<HTMLElement>('.panel')?.focus();
    };

    const setOpen = (next: boolean, focus: boolean) => {
      if (next === open) return;
      // Focus inside the panel would be lost with it: hand it to the tab that reopens it.
      const hadFocus = !next && root.activeElement !== null;
      open = next;
      focusPanel = next && focus;
      update();
      if (hadFocus || (!next && focus && doc.activeElement === host)) tab.focus();
      void settings.setSite({ panelOpen: next }).catch(report);
    };

    const visibleStream = () => {
      if (!last) return [];
      const { snapshot, outcome } = last;
      return snapshot.entries.filter((e, i) => !e.entry.pinned && outcome.visible[i]);
    };
    const nextUnread = () => {
      const view = last?.view ?? NO_READING;
      const unread = visibleStream().filter((e) => !view.read.has(e.entry.id)).map((e) => e.entry.element);
      // Past the last unread on screen: start again from the top of the stream.
      if (!navigator.step(unread, 1) && unread.length) {
        const first = [...unread].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
        if (first) navigator.goTo(first);
      }
    };

    /** A quote in the panel: its entry, outlined like a j / k stop. */
    const goToQuote = (quote: PanelQuote) => {
      const item = model.current().entries.find((e) => e.entry.id === quote.entryId && !e.entry.pinned && e.entry.element.isConnected);
      if (item) navigator.goTo(item.entry.element);
    };
    /** The newest entry: by its time where entries have one, else the top of a newest-first stream. */
    const goToLatest = () => {
      const items = visibleStream();
      const timed = items.filter((e) => e.entry.time && !Number.isNaN(Date.parse(e.entry.time)));
      const newest = timed.length
        ? timed.reduce((a, b) => (Date.parse(b.entry.time!) > Date.parse(a.entry.time!) ? b : a))
        : siteRunsOldestFirst(items.map((e) => e.entry)) === true ? items[items.length - 1] : items[0];
      if (newest) navigator.goTo(newest.entry.element);
    };

    tab.addEventListener('click', () => setOpen(!open, true), { signal });
    bus.on('togglePanel', () => setOpen(!open, true), signal);
    bus.on(
      'followSpeaker',
      ({ speaker }) => {
        setFilter(onlySpeaker(filter, speaker));
        // A filter nobody can see is a puzzle: show the panel that explains (and undoes) it.
        if (filter.speakers.size > 0) setOpen(true, false);
      },
      signal,
    );
    installKeys(
      doc,
      {
        togglePanel: () => setOpen(!open, true),
        help: () => setHelp(!help),
        closePanel: () => {
          if (help) {
            setHelp(false);
            return true;
          }
          if (!open) return false;
          setOpen(false, true);
          return true;
        },
        next: () => void navigator.step(visibleStream().map((e) => e.entry.element), 1),
        previous: () => void navigator.step(visibleStream().map((e) => e.entry.element), -1),
      },
      signal,
    );

    // The full pass over the blog, coalesced: for the model's snapshots and reading changes other than reads.
    const soon = coalesce(update, { slicer: ctx.slicer, everyMs: UPDATE_EVERY_MS, signal });
    const fullPass = () => void ((stale = true), soon());
    /** Reads only move the reading section's counts, at once; anything else asks for a full pass. */
    const readingChanged = (view: ReadingView, change: ReadingChange) => {
      if (stale || !last || !counts || change.read === null || view.available !== last.view.available) return fullPass();
      counts = afterReads(counts, change.read, view);
      last = { ...last, view };
      drawPrivate(open && view.available ? view : null, counts.unread, counts.fresh);
    };
    // Reading state, when this page has it.
    void ctx.use('reading').then((api) => {
      if (!api || signal.aborted) return;
      reading = api;
      const unsubscribe = api.subscribe(readingChanged);
      signal.addEventListener('abort', unsubscribe);
      fullPass();
    });
    const unsubscribe = model.subscribe(soon);
    const offSettings = settings.onChange(() => update());
    signal.addEventListener('abort', () => {
      unsubscribe();
      offSettings();
      render(null, mount);
      render(null, privateMount);
      for (const el of hidden) el.removeAttribute(ATTR.hidden);
      hidden.clear();
    });
  },
});
