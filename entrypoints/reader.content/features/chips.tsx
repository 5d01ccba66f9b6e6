// Speaker chips on the entries: each entry that quotes someone gets a small row of buttons (in its
// own shadow root, `<liveblog-lens-chips>`), and a click follows that speaker through the panel's
// filter. Sites re-render entries (live corrections, hydration): a row that is thrown out with the
// entry's old children is put back.
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { CHIPS_CSS, CHIPS_HOST, EntryChips } from '@/components/panel';
import { TAG, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import { createShadowHost } from '../dom/shadow-host';

interface Row {
  host: HTMLElement;
  mount: HTMLElement;
}

/** Where the row goes: after the entry's text, before its footer (share buttons) when it has one. */
function place(entry: Element, host: Element): void {
  const footer = Array.from(entry.children).find((c) => c.tagName === 'FOOTER' && c !== host);
  if (footer) entry.insertBefore(host, footer);
  else entry.append(host);
}

/** The chips feature: a row per quoting entry; a chip follows its speaker (through the panel, on the bus). */
export const chips = defineFeature({
  name: 'chips',
  start({ doc, model, bus, i18n, signal }) {
    const rows = new Map<Element, Row>();
    let selected: ReadonlySet<string> = new Set();
    let queued = false;

    const onChip = (speaker: string) => bus.emit('followSpeaker', { speaker });

    const makeRow = (): Row => {
      const { host, root } = createShadowHost(doc, { tag: TAG.chips, part: UI.chips, host: CHIPS_HOST, css: CHIPS_CSS });
      const mount = doc.createElement('div');
      root.append(mount);
      return { host, mount };
    };

    const sync = () => {
      queued = false;
      if (signal.aborted) return;
      const wanted = new Set<Element>();
      for (const { entry, speakers } of model.current().entries) {
        if (speakers.length === 0 || !entry.element.isConnected) continue;
        const el = entry.element;
        wanted.add(el);
        let row = rows.get(el);
        if (!row) {
          row = makeRow();
          rows.set(el, row);
          observer.observe(el, { childList: true });
        }
        if (row.host.parentNode !== el) place(el, row.host);
        // Names can change as the blog grows (a fuller name renames earlier mentions): redraw all.
        render(<I18nProvider value={i18n}><EntryChips speakers={speakers} selected={selected} onChip={onChip} /></I18nProvider>, row.mount);
      }
      for (const [el, row] of rows) {
        if (wanted.has(el)) continue;
        render(null, row.mount);
        row.host.remove();
        rows.delete(el);
      }
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(sync);
    };

    // Only childList of the entry elements themselves: cheap, and enough to see a row thrown out.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const row = rows.get(record.target as Element);
        if (row && !row.host.isConnected) return schedule();
      }
    });

    bus.on(
      'filterChanged',
      ({ speakers }) => {
        selected = new Set(speakers);
        schedule();
      },
      signal,
    );
    const unsubscribe = model.subscribe(() => sync());
    signal.addEventListener('abort', () => {
      unsubscribe();
      observer.disconnect();
      for (const row of rows.values()) {
        render(null, row.mount);
        row.host.remove();
      }
      rows.clear();
    });
  },
});
