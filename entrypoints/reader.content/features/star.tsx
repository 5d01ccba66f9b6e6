// A star button (and a "New" badge when the entry is new since the last visit) in every entry:
// one small `<span data-lbl-ui="entry-tools">` floated to the entry's top-right, drawn by Preact.
// The site may re-render an entry's insides and drop our span; it is put back. An entry element
// the site replaces altogether arrives through the feed as a new entry and gets its own.
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { ENTRY_TOOLS_CSS, NewBadge, StarButton } from '@/components/reading';
import { ATTR, MEASURE, SELECT, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import type { LensEntry } from '../core/model';
import { addPageStyle } from '../dom/page-style';
import type { ReadingView } from '../core/reading-api';
import { storeId } from '../reading/state';

/** Entries given their buttons per task. */
const SLICE = 100;
const SEL = SELECT.ui(UI.entryTools);

interface Tools {
  host: HTMLElement;
  item: LensEntry;
  /** What was drawn last ("starred,new"), to skip redrawing 1,000 entries on every change. */
  drawn: string;
}

/** The star feature: a star (and "New" badge) in every entry, drawn from the reading state. */
export const star = defineFeature({
  name: 'star',
  needs: ['reading', 'layer'],
  start({ doc, model, i18n, signal }, { reading, layer }) {
    addPageStyle(doc, ENTRY_TOOLS_CSS, signal);
    const tools = new Map<Element, Tools>();
    const owners = new WeakMap<Node, Element>();
    const busy = new Set<string>();

    const toggle = (item: LensEntry, next: boolean) => {
      const id = storeId(item.entry.id);
      busy.add(id);
      redraw(reading.view());
      reading
        .setStar(item.entry.id, next)
        .then(() => {
          if (reading.view().remembered === false) layer.announce(i18n.t('entry.star.notStored'));
          else layer.announce(i18n.t(next ? 'entry.star.starred' : 'entry.star.unstarred'));
        })
        .catch(() => layer.announce(i18n.t('entry.star.failed')))
        .finally(() => {
          busy.delete(id);
          redraw(reading.view());
        });
    };

    const draw = (t: Tools, view: ReadingView) => {
      const id = storeId(t.item.entry.id);
      const starred = view.starred.has(id);
      const fresh = view.fresh.has(id);
      const key = `${starred},${fresh},${busy.has(id)}`;
      if (key === t.drawn) return;
      t.drawn = key;
      render(
        <I18nProvider value={i18n}>
          {fresh && <NewBadge />}
          <StarButton starred={starred} busy={busy.has(id)} onToggle={(next) => toggle(t.item, next)} />
        </I18nProvider>,
        t.host,
      );
    };
    const redraw = (view: ReadingView) => {
      for (const t of tools.values()) draw(t, view);
    };

    const place = (item: LensEntry) => {
      const el = item.entry.element;
      let t = tools.get(el);
      if (!t) {
        const host = doc.createElement('span');
        host.setAttribute(ATTR.ui, UI.entryTools);
        owners.set(host, el);
        t = { host, item, drawn: '' };
        tools.set(el, t);
      }
      t.item = item;
      if (t.host.parentNode !== el) {
        // A site that re-rendered from its own innerHTML brought back a dead copy of our span.
        for (const copy of el.querySelectorAll(`:scope > ${SEL}`)) copy.remove();
        el.prepend(t.host);
      }
      draw(t, reading.view());
    };
    const drop = (el: Element) => {
      const t = tools.get(el);
      if (!t) return;
      render(null, t.host);
      t.host.remove();
      tools.delete(el);
    };

    // A long blog gets its buttons in slices, so the page stays responsive while 1,000 are drawn;
    // the first slice (the top of the page) is drawn at once.
    let first = import.meta.env.LBL_PERF ? performance.now() : 0;
    let spent = 0; // time in our slices, not the gaps between them
    let waiting: LensEntry[] = [];
    let sliceTimer = 0;
    const drain = () => {
      const t0 = import.meta.env.LBL_PERF ? performance.now() : 0;
      sliceTimer = 0;
      for (const item of waiting.splice(0, SLICE)) if (item.entry.element.isConnected) place(item);
      if (waiting.length) sliceTimer = window.setTimeout(drain, 0);
      if (import.meta.env.LBL_PERF && first) {
        spent += performance.now() - t0;
        if (!waiting.length) performance.measure(MEASURE.starTools, { start: first, duration: spent });
        if (!waiting.length) first = 0; // the first page only
      }
    };
    const unsubscribeModel = model.subscribe((snapshot) => {
      const live = new Set(snapshot.entries.map((e) => e.entry.element));
      for (const el of [...tools.keys()]) if (!live.has(el)) drop(el);
      waiting.push(...snapshot.added);
      if (!sliceTimer) drain();
    });
    const unsubscribeReading = reading.subscribe((view) => redraw(view));

    // Put our span back when the site re-renders an entry's contents (and removes it with them).
    let again = new Set<Element>();
    let timer = 0;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.removedNodes) {
          const el = owners.get(node);
          if (el) again.add(el);
        }
      }
      if (again.size && !timer) {
        timer = window.setTimeout(() => {
          timer = 0;
          const els = again;
          again = new Set();
          for (const el of els) {
            const t = tools.get(el);
            if (t && el.isConnected && !t.host.isConnected) place(t.item);
          }
        }, 50);
      }
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

    signal.addEventListener('abort', () => {
      observer.disconnect();
      window.clearTimeout(timer);
      window.clearTimeout(sliceTimer);
      waiting = [];
      unsubscribeModel();
      unsubscribeReading();
      for (const el of [...tools.keys()]) drop(el);
    });
  },
});
