// The speaker-filter side panel: `<liveblog-lens-panel>` docked at the right, its contents drawn
// by Preact in an open shadow root (the site's CSS cannot reach in, ours cannot leak out). This
// feature owns the filter: it hides entries in place with `data-lbl-hidden`, orders them with
// order.ts, and tells the chips what is chosen. Opened by the toolbar, Alt+Shift+S and the tab.
import { render } from 'preact';
import { DOCK_MIN_WIDTH, PANEL_CSS, PANEL_WIDTH, Panel } from '@/components/panel';
import { MSG_OPEN_LIBRARY } from '@/lib/messages';
import {
  applyFilter,
  clearSpeakers,
  type FilterEntry,
  type FilterOutcome,
  type FilterState,
  isFiltering,
  NO_FILTER,
  onlySpeaker,
  speakerCounts,
  toggleSpeaker,
} from '@/lib/filter';
import type { Feature, ReadingApi, ReadingView } from './context';
import { UI_ATTRIBUTE } from './feed';
import { createQuoteSaver, FOUND_QUOTES_MAX, followedQuotes } from './found-quotes';
import { createNavigator, installKeys } from './keyboard';
import type { LensSnapshot } from './model';
import { createOrderer, siteRunsOldestFirst } from './order';
import { addPageStyle } from './page-style';

export const PANEL_TAG = 'liveblog-lens-panel';
export const HIDDEN_ATTRIBUTE = 'data-lbl-hidden';
/** Bus event from the chips: `{ speaker }`, follow that speaker (again: everyone). */
export const FILTER_EVENT = 'lbl:filter';
/** Bus event to the chips: `{ speakers }`, the speakers chosen now. */
export const FILTER_CHANGED_EVENT = 'lbl:filter-changed';

export interface FilterEventDetail {
  speaker: string;
}
export interface FilterChangedDetail {
  speakers: string[];
}

// The page makes room for the panel where it would cover the text; narrow screens get an overlay.
const DOCK_CSS = `@media (min-width: ${DOCK_MIN_WIDTH}px) { html { padding-right: ${PANEL_WIDTH}px !important; } }`;
const NO_READING: ReadingView = { available: false, read: new Set(), starred: new Set(), fresh: new Set() };

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

export const panelFeature: Feature = (ctx) => {
  const { doc, model, settings, bus, signal } = ctx;
  // A repeat's stub (repeats.ts puts it just before the entry) goes with its filtered-out entry.
  const hide = `[${HIDDEN_ATTRIBUTE}], [${UI_ATTRIBUTE}="repeat-stub"]:has(+ [${HIDDEN_ATTRIBUTE}]) { display: none !important; }`;
  addPageStyle(doc, 'panel', hide, signal);
  const dock = doc.createElement('style');
  dock.setAttribute(UI_ATTRIBUTE, 'panel-dock');
  (doc.head ?? doc.documentElement).append(dock);

  const host = doc.createElement(PANEL_TAG);
  host.setAttribute(UI_ATTRIBUTE, 'panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const tabSlot = doc.createElement('div');
  tabSlot.className = 'tab';
  tabSlot.append(doc.createElement('slot'));
  tabSlot.firstElementChild!.setAttribute('name', 'tab');
  const mount = doc.createElement('div');
  shadow.append(style, tabSlot, mount);
  // The tab is a real button in the light DOM (slotted), so `document.querySelector(
  // '[data-lbl-action="panel"]')` finds it; the shadow's `::slotted(...) !important` rules style it.
  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.slot = 'tab';
  tab.setAttribute('data-lbl-action', 'panel');
  tab.textContent = 'Lens';
  host.append(tab);
  (doc.body ?? doc.documentElement).append(host);

  const orderer = createOrderer(doc, signal);
  const navigator = createNavigator(doc, signal);
  const hidden = new Set<Element>();
  let filter: FilterState = NO_FILTER;
  let open = settings.site.panelOpen;
  let focusPanel = false;
  let reading: ReadingApi | undefined;
  const saver = createQuoteSaver(() => update());
  let last: { snapshot: LensSnapshot; outcome: FilterOutcome; view: ReadingView } | null = null;

  // The reading feature may start after this one: pick its API up whenever it appears.
  const attachReading = () => {
    if (reading || !ctx.reading) return;
    reading = ctx.reading;
    const unsubscribe = reading.subscribe(() => update());
    signal.addEventListener('abort', unsubscribe);
  };

  const setHidden = (el: Element, hide: boolean) => {
    if (hide === hidden.has(el)) return;
    if (hide) {
      el.setAttribute(HIDDEN_ATTRIBUTE, '');
      hidden.add(el);
    } else {
      el.removeAttribute(HIDDEN_ATTRIBUTE);
      hidden.delete(el);
    }
  };

  const stream = (snapshot: LensSnapshot) =>
    snapshot.entries.filter((e) => !e.entry.pinned && e.entry.element.isConnected).map((e) => e.entry.element);

  const update = () => {
    if (signal.aborted) return;
    attachReading();
    const snapshot = model.current();
    const view = reading?.view() ?? NO_READING;
    const entries = filterEntries(snapshot, view);
    const outcome = applyFilter(entries, filter, { collapseRepeats: settings.global.collapseRepeats });
    last = { snapshot, outcome, view };
    snapshot.entries.forEach((e, i) => setHidden(e.entry.element, !outcome.visible[i]));
    for (const el of hidden) if (!el.isConnected) hidden.delete(el);

    const siteOldestFirst = siteRunsOldestFirst(snapshot.entries.map((e) => e.entry)) === true;
    orderer.apply(stream(snapshot), settings.site.order === 'oldest-first' && !siteOldestFirst);

    dock.textContent = open ? DOCK_CSS : '';
    host.toggleAttribute('data-open', open);
    tab.setAttribute('aria-expanded', String(open));
    tab.setAttribute('aria-label', `${open ? 'Close' : 'Open'} the Liveblog Lens panel${isFiltering(filter) ? ' (filter on)' : ''}`);
    const repeats = new Set(entries.filter((e) => e.duplicateOf !== null).map((e) => e.id)).size;
    const quotes = followedQuotes(snapshot.entries, outcome.visible, filter.speakers, siteOldestFirst);
    const autoFocus = focusPanel;
    focusPanel = false;
    render(
      open ? (
        <Panel
          speakers={speakerCounts(entries, snapshot.speakers)}
          selected={filter.speakers}
          shown={outcome.shown}
          total={outcome.total}
          filtering={isFiltering(filter)}
          order={settings.site.order}
          siteOldestFirst={siteOldestFirst}
          repeats={{ found: repeats, collapsed: outcome.collapsed, showing: !settings.global.collapseRepeats }}
          reading={
            view.available
              ? { unreadOnly: filter.unreadOnly, starredOnly: filter.starredOnly, unread: outcome.unread, fresh: outcome.fresh }
              : null
          }
          quotes={{
            quotes: quotes.slice(0, FOUND_QUOTES_MAX),
            found: quotes.length,
            statuses: saver.statuses,
            canSave: reading !== undefined,
            announcement: saver.announcement,
            onSave: (quote) => void saver.save(reading, quote),
          }}
          autoFocus={autoFocus}
          onToggleSpeaker={(name) => setFilter(toggleSpeaker(filter, name))}
          onAllSpeakers={() => setFilter(clearSpeakers(filter))}
          onOrder={(order) => void settings.setSite({ order }).catch(report)}
          onShowRepeats={(show) => void settings.setGlobal({ collapseRepeats: !show }).catch(report)}
          onUnreadOnly={(unreadOnly) => setFilter({ ...filter, unreadOnly })}
          onStarredOnly={(starredOnly) => setFilter({ ...filter, starredOnly })}
          onNextUnread={nextUnread}
          onFirstNew={() => void reading?.jumpToFirstNew()}
          onClose={() => setOpen(false, true)}
          onOpenLibrary={() => void browser.runtime.sendMessage({ type: MSG_OPEN_LIBRARY }).catch(report)}
        />
      ) : null,
      mount,
    );
  };

  const setFilter = (next: FilterState) => {
    filter = next;
    update();
    const detail: FilterChangedDetail = { speakers: [...filter.speakers] };
    bus.dispatchEvent(new CustomEvent(FILTER_CHANGED_EVENT, { detail }));
  };

  const setOpen = (next: boolean, focus: boolean) => {
    if (next === open) return;
    // Focus inside the panel would be lost with it: hand it to the tab that reopens it.
    const hadFocus = !next && shadow.activeElement !== null;
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
  bus.addEventListener('lbl:toggle-panel', () => setOpen(!open, true), { signal });
  bus.addEventListener(
    FILTER_EVENT,
    (event) => {
      const { speaker } = (event as CustomEvent<FilterEventDetail>).detail;
      setFilter(onlySpeaker(filter, speaker));
      // A filter nobody can see is a puzzle: show the panel that explains (and undoes) it.
      if (filter.speakers.size > 0) setOpen(true, false);
    },
    { signal },
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

  const unsubscribe = model.subscribe(() => update());
  const offSettings = settings.onChange(() => update());
  signal.addEventListener('abort', () => {
    unsubscribe();
    offSettings();
    render(null, mount);
    host.remove();
    dock.remove();
    for (const el of hidden) el.removeAttribute(HIDDEN_ATTRIBUTE);
    hidden.clear();
  });
};

function report(error: unknown): void {
  console.error('[Liveblog Lens]', error);
}
