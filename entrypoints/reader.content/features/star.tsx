// Each entry's tools: the star, and "New" (since the last visit) or a quiet tick once read. They
// live in a `PRIVATE_ROOT` (closed) shadow root of a host that is the same for every entry: same
// element, same attributes, same box whatever it shows. So a page learns nothing of the reader's
// history from them (issue 14, finding 7), and nothing on the site's own elements depends on the
// reader's state. Only the reader's own clicks star (finding 6), through the one delegated
// listener of the page. Hosts are drawn for the entries near the viewport (dom/nearby.ts), in
// slices, and follow their entry when the site renders it again, detaches and re-attaches it, or
// throws them out. An entry the reader is sent to (the first new one) gets its tools at once.
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { ENTRY_TOOLS_CSS, ENTRY_TOOLS_HOST, EntryTools } from '@/components/reading';
import { MEASURE, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import type { LensEntry } from '../core/model';
import type { ReadingView } from '../core/reading-api';
import { createEntryHost, disposeEntryHost, rehome } from '../dom/entry-host';
import { nearbyFor } from '../dom/nearby';
import { PRIVATE_ROOT } from '../dom/shadow-host';
import { storeId } from '../reading/state';

/** Hosts placed per step of a slice. */
const STEP = 24;

interface Tools {
  host: HTMLElement;
  root: ShadowRoot;
  item: LensEntry;
  /** What was drawn last ("starred,new,read,busy"), to skip redrawing 1,000 entries on every change. */
  drawn: string;
}

/** The star feature: every entry's tools, drawn from the reading state. */
export const star = defineFeature({
  name: 'star',
  needs: ['reading', 'layer', 'clicks'],
  start({ doc, model, slicer, bus, i18n, signal }, { reading, layer, clicks }) {
    const tools = new Map<LensEntry, Tools>();
    const busy = new Set<string>();

    const toggle = (item: LensEntry) => {
      const id = storeId(item.entry.id);
      if (busy.has(id)) return;
      const next = !reading.view().starred.has(id);
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
      const state = { starred: view.starred.has(id), fresh: view.fresh.has(id), read: view.read.has(id), busy: busy.has(id) };
      const key = `${state.starred},${state.fresh},${state.read},${state.busy}`;
      if (key === t.drawn) return;
      t.drawn = key;
      render(<I18nProvider value={i18n}><EntryTools {...state} /></I18nProvider>, t.root);
    };
    const redraw = (view: ReadingView) => {
      for (const t of tools.values()) draw(t, view);
    };

    // Made out here, where no element of the page is in scope (a closure keeps its whole scope alive).
    // The star is the only control: a keyboard or assistive click the path cannot tell (a closed
    // root, nothing focused) is on it; a pointer beside it (on the status mark) is not.
    const onStar = (t: Tools) => (control: Element | null, event: MouseEvent) => {
      if (control || event.detail === 0) toggle(t.item);
    };

    /** Puts the entry's tools at the top of its element (again, after the site threw them out). */
    const place = (item: LensEntry) => {
      const el = item.entry.element;
      if (!el.isConnected) return;
      let t = tools.get(item);
      if (!t) {
        const { host, root } = createEntryHost(doc, el, { tag: 'span', part: UI.entryTools, host: ENTRY_TOOLS_HOST, css: ENTRY_TOOLS_CSS, mode: PRIVATE_ROOT });
        t = { host, root, item, drawn: '' };
        tools.set(item, t);
        clicks.add(host, root, onStar(t));
      }
      if (t.host.parentNode !== el || el.firstChild !== t.host) {
        rehome(t.host, el);
        el.prepend(t.host);
      }
      draw(t, reading.view());
    };
    const drop = (item: LensEntry) => {
      const t = tools.get(item);
      if (!t) return;
      disposeEntryHost(t, clicks);
      tools.delete(item);
    };

    // Hosts go in in slices (a blog of 20,000 entries stays responsive), as their entries come near.
    const waiting = new Set<LensEntry>();
    let draining = false;
    const queue = (item: LensEntry) => {
      waiting.add(item);
      if (draining) return;
      draining = true;
      slicer.run(drain, true); // what the reader sees goes before reading the rest of the blog
    };
    const lazy = nearbyFor(doc, slicer, signal).queue(queue);
    // LBL_PERF: the time spent in these steps until the entries near the viewport have their tools
    // and the blog is read (the work, not the page's turns between slices), as one measure.
    let measuring = !!import.meta.env.LBL_PERF;
    let spent = 0;
    const drain = () => {
      const t0 = measuring ? performance.now() : 0;
      let n = 0;
      for (const item of waiting) {
        waiting.delete(item);
        place(item);
        if (++n >= STEP) break;
      }
      if (measuring) spent += performance.now() - t0;
      if (waiting.size) return true;
      draining = false;
      measured();
      return false;
    };
    // Once the blog is read and the entries near the viewport have their tools (whichever is last).
    const measured = () => {
      if (!measuring || waiting.size || !model.current().complete) return;
      performance.measure(MEASURE.starTools, { start: performance.now() - spent, duration: spent });
      measuring = false;
    };
    const unsubscribeModel = model.subscribe((snapshot) => {
      for (const item of snapshot.removed) {
        waiting.delete(item);
        lazy.delete(item);
        drop(item);
      }
      for (const item of snapshot.added) lazy.add(item, item.entry.element);
      // A drawn entry (or one about to be) is placed again; one still far waits on its (maybe new) element.
      for (const item of snapshot.changed) {
        if (tools.has(item) || waiting.has(item)) queue(item);
        else lazy.add(item, item.entry.element);
      }
      if (snapshot.complete) measured();
    });
    const unsubscribeReading = reading.subscribe((view) => redraw(view));
    bus.on(
      'focusEntry',
      ({ element }) => {
        // The reader is sent to an entry the browser has not seen near yet: its tools are drawn now.
        const far = lazy.take(element) ?? [...waiting].find((item) => item.entry.element === element);
        if (far) waiting.delete(far), place(far);
        for (const t of tools.values()) {
          if (t.item.entry.element !== element) continue;
          t.root.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
          return;
        }
      },
      signal,
    );

    signal.addEventListener('abort', () => {
      waiting.clear();
      lazy.clear();
      unsubscribeModel();
      unsubscribeReading();
      for (const item of [...tools.keys()]) drop(item);
    });
  },
});
