// Speaker chips on the entries: each entry that quotes someone gets a small row of buttons in its
// own host (`<liveblog-lens-chips>`, a shadow root a page's copy of its markup cannot take along),
// and a click follows that speaker through the panel's filter. Rows are drawn from the model's
// deltas for the entries near the viewport (dom/nearby.ts), in slices, follow their entry when the
// site renders it again, and come back when the site throws them out with the entry's old
// children. The page's one delegated listener takes the clicks (trusted ones only).
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { CHIPS_CSS, CHIPS_HOST, EntryChips } from '@/components/panel';
import { ATTR, TAG, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import { queueItems } from '../core/slices';
import type { LensEntry } from '../core/model';
import { createEntryHost, disposeEntryHost, rehome, type EntryHost } from '../dom/entry-host';
import { nearbyFor } from '../dom/nearby';

/** Rows drawn per step of a slice. */
const STEP = 16;

/** Where the row goes: after the entry's text, before its footer (share buttons) when it has one. */
function place(entry: Element, host: Element): void {
  const footer = Array.from(entry.children).find((c) => c.tagName === 'FOOTER' && c !== host);
  if (footer) {
    if (host.nextElementSibling !== footer) entry.insertBefore(host, footer);
  } else if (host.parentNode !== entry || entry.lastElementChild !== host) entry.append(host);
}

/** The chips feature: a row per quoting entry; a chip follows its speaker (through the panel, on the bus). */
export const chips = defineFeature({
  name: 'chips',
  needs: ['clicks'],
  start({ doc, model, bus, slicer, i18n, signal }, { clicks }) {
    const rows = new Map<LensEntry, EntryHost & { drawn: string }>();
    let selected: ReadonlySet<string> = new Set();

    // Made out here, where no element of the page is in scope (a closure keeps its whole scope alive).
    const follow = (control: Element | null) => {
      const speaker = control?.getAttribute(ATTR.chip);
      if (speaker) bus.emit('followSpeaker', { speaker });
    };
    const draw = (item: LensEntry, row: EntryHost & { drawn: string }, force = false) => {
      const key = item.speakers.join('\n');
      if (!force && key === row.drawn) return;
      row.drawn = key;
      render(<I18nProvider value={i18n}><EntryChips speakers={item.speakers} selected={selected} /></I18nProvider>, row.root);
    };
    const drop = (item: LensEntry) => {
      const row = rows.get(item);
      if (!row) return;
      disposeEntryHost(row, clicks);
      rows.delete(item);
    };
    const sync = (item: LensEntry) => {
      const el = item.entry.element;
      if (item.speakers.length === 0 || !el.isConnected) return drop(item);
      let row = rows.get(item);
      if (!row) {
        const made = createEntryHost(doc, el, { tag: TAG.chips, part: UI.chips, host: CHIPS_HOST, css: CHIPS_CSS, mode: 'open' });
        row = { ...made, drawn: '' };
        rows.set(item, row);
        clicks.add(made.host, made.root, follow);
      }
      rehome(row.host, el);
      place(el, row.host);
      draw(item, row);
    };

    const waiting = queueItems(slicer, sync, STEP, true); // near entries only: ahead of the queue
    const lazy = nearbyFor(doc, slicer, signal).queue<LensEntry>((item) => waiting.add(item));
    // A drawn row is brought up to date at once; an entry that gained speakers waits to come near.
    const want = (item: LensEntry) => {
      if (rows.has(item)) waiting.add(item);
      else if (item.speakers.length) lazy.add(item, item.entry.element);
      else lazy.delete(item);
    };
    const unsubscribe = model.subscribe((snapshot) => {
      for (const item of snapshot.removed) {
        waiting.delete(item);
        lazy.delete(item);
        drop(item);
      }
      for (const item of snapshot.added) want(item);
      for (const item of snapshot.changed) want(item);
    });
    bus.on(
      'filterChanged',
      ({ speakers }) => {
        selected = new Set(speakers);
        for (const [item, row] of rows) draw(item, row, true);
      },
      signal,
    );
    signal.addEventListener('abort', () => {
      waiting.clear();
      lazy.clear();
      unsubscribe();
      for (const item of [...rows.keys()]) drop(item);
    });
  },
});
