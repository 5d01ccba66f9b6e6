// The speaker-filter side panel: `<liveblog-lens-panel>` docked at the right, its contents drawn
// by Preact in a shadow root. This feature owns the filter: it hides entries in place with
// `data-lbl-hidden`, orders them (dom/order.ts), tells the chips who is followed, and moves through
// the entries with j / k. Opened by the toolbar, Alt+Shift+S and the tab. The reading service is
// optional here: the panel works without it and picks it up when it comes.
import { render, type ComponentChildren } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { DOCK_MIN_WIDTH, PANEL_CSS, PANEL_HOST, PANEL_SLOTTED, PANEL_WIDTH, Panel } from '@/components/panel';
import {
  applyFilter, clearSpeakers, isFiltering, NO_FILTER, onlySpeaker, speakerCounts, toggleSpeaker,
  type FilterEntry, type FilterOutcome, type FilterState,
} from '@/lib/filter';
import { ACTION, ATTR, SELECT, TAG, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import type { LensSnapshot } from '../core/model';
import { createNavigator, installKeys } from '../dom/keys';
import { createOrderer, siteRunsOldestFirst } from '../dom/order';
import { addPageStyle } from '../dom/page-style';
import { createShadowHost } from '../dom/shadow-host';
import { NO_READING, type ReadingApi, type ReadingView } from '../core/reading-api';
import { createQuoteSaver, FOUND_QUOTES_MAX, followedQuotes } from '../reading/found-quotes';

// The page makes room for the panel where it would cover the text; narrow screens get an overlay.
const DOCK_CSS = `@media (min-width: ${DOCK_MIN_WIDTH}px) { html { padding-right: ${PANEL_WIDTH}px; } }`;
// A repeat's stub (just before the entry) goes with its filtered-out entry.
const HIDE_CSS = `[${ATTR.hidden}], ${SELECT.ui(UI.repeatStub)}:has(+ [${ATTR.hidden}]) { display: none; }`;

function filterEntries(snapshot: LensSnapshot, view: ReadingView): FilterEntry[] {
  return snapshot.entries.map(({ entry, speakers, duplicateOf }) => ({
    id: entry.id,
    speakers,
    duplicateOf,
    pinned: entry.pinned,
    read: view.read.has(entry.id),
    starred: view.starred.has(entry.id),
    fresh: view.fresh.has(entry.id),
  }));
}

const report = (error: unknown) => console.error('[Liveblog Lens]', error);

export const panel = defineFeature({
  name: 'panel',
  start(ctx) {
    const { doc, model, settings, bus, i18n, signal } = ctx;
    addPageStyle(doc, HIDE_CSS, signal);
    const dock = addPageStyle(doc, '', signal);
    const { host, root } = createShadowHost(doc, { tag: TAG.panel, part: UI.panel, host: PANEL_HOST, slotted: PANEL_SLOTTED, css: PANEL_CSS });
    const tabSlot = doc.createElement('div');
    tabSlot.className = 'tab';
    tabSlot.append(doc.createElement('slot'));
    tabSlot.firstElementChild!.setAttribute('name', 'tab');
    const mount = doc.createElement('div');
    root.append(tabSlot, mount);
    // The tab is a real button in the light DOM (slotted), so `document.querySelector(
    // '[data-lbl-action="panel"]')` finds it; the root's `::slotted(...)` rules style it.
    const tab = doc.createElement('button');
    tab.type = 'button';
    tab.slot = 'tab';
    tab.setAttribute(ATTR.action, ACTION.panel);
    tab.textContent = i18n.t('panel.tabText');
    host.append(tab);
    (doc.body ?? doc.documentElement).append(host);

    const orderer = createOrderer(doc, signal);
    const navigator = createNavigator(doc, signal);
    const hidden = new Set<Element>();
    let filter: FilterState = NO_FILTER;
    let open = settings.site.panelOpen;
    let focusPanel = false;
    let reading: ReadingApi | null = null;
    const saver = createQuoteSaver(i18n, () => update());
    let last: { snapshot: LensSnapshot; outcome: FilterOutcome; view: ReadingView } | null = null;

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
      const snapshot = model.current();
      const view = reading?.view() ?? NO_READING;
      const entries = filterEntries(snapshot, view);
      const outcome = applyFilter(entries, filter, { collapseRepeats: settings.global.collapseRepeats });
      last = { snapshot, outcome, view };
      snapshot.entries.forEach((e, i) => setHidden(e.entry.element, !outcome.visible[i]));
      for (const el of hidden) if (!el.isConnected) hidden.delete(el);

      const siteOldestFirst = siteRunsOldestFirst(snapshot.entries.map((e) => e.entry)) === true;
      orderer.apply(stream(snapshot), settings.site.order === 'oldest-first' && !siteOldestFirst);

      dock.set(open ? DOCK_CSS : '');
      host.toggleAttribute('data-open', open);
      tab.setAttribute('aria-expanded', String(open));
      const filtered = isFiltering(filter);
      tab.setAttribute('aria-label', i18n.t(open ? (filtered ? 'panel.tabLabel.closeFiltered' : 'panel.tabLabel.close') : filtered ? 'panel.tabLabel.openFiltered' : 'panel.tabLabel.open'));
      const repeats = new Set(entries.filter((e) => e.duplicateOf !== null).map((e) => e.id)).size;
      const quotes = followedQuotes(snapshot.entries, outcome.visible, filter.speakers, siteOldestFirst);
      const autoFocus = focusPanel;
      focusPanel = false;
      draw(
        open ? (
          <Panel
            counts={{ shown: outcome.shown, total: outcome.total, filtering: isFiltering(filter) }}
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
            }}
            order={{ order: settings.site.order, siteOldestFirst, onOrder: (order) => void settings.setSite({ order }).catch(report) }}
            repeats={{
              repeats,
              collapsed: outcome.collapsed,
              showing: !settings.global.collapseRepeats,
              onShow: (show) => void settings.setGlobal({ collapseRepeats: !show }).catch(report),
            }}
            reading={
              view.available
                ? {
                    unreadOnly: filter.unreadOnly,
                    starredOnly: filter.starredOnly,
                    unread: outcome.unread,
                    fresh: outcome.fresh,
                    onUnreadOnly: (unreadOnly) => setFilter({ ...filter, unreadOnly }),
                    onStarredOnly: (starredOnly) => setFilter({ ...filter, starredOnly }),
                    onNextUnread: nextUnread,
                    onFirstNew: () => void reading?.jumpToFirstNew(),
                  }
                : null
            }
            autoFocus={autoFocus}
            onClose={() => setOpen(false, true)}
            onOpenLibrary={() => void ctx.send('openLibrary', {}).catch(report)}
            onOpenReader={() => bus.emit('readerView', { toggle: false })}
          />
        ) : null,
      );
    };

    const setFilter = (next: FilterState) => {
      filter = next;
      update();
      bus.emit('filterChanged', { speakers: [...filter.speakers] });
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
        closePanel: () => {
          if (!open) return false;
          setOpen(false, true);
          return true;
        },
        next: () => void navigator.step(visibleStream().map((e) => e.entry.element), 1),
        previous: () => void navigator.step(visibleStream().map((e) => e.entry.element), -1),
      },
      signal,
    );

    // Reading state, when this page has it: redraw on each change.
    void ctx.use('reading').then((api) => {
      if (!api || signal.aborted) return;
      reading = api;
      const unsubscribe = api.subscribe(() => update());
      signal.addEventListener('abort', unsubscribe);
      update();
    });
    const unsubscribe = model.subscribe(() => update());
    const offSettings = settings.onChange(() => update());
    signal.addEventListener('abort', () => {
      unsubscribe();
      offSettings();
      render(null, mount);
      host.remove();
      for (const el of hidden) el.removeAttribute(ATTR.hidden);
      hidden.clear();
    });
  },
});
