// Repeated entries (a pinned copy, a re-post, an echo) collapse into a one-line stub in place.
// The site's element stays where it is, only hidden; "Show" opens it in place and "Hide" closes
// it again. Related-but-not-repeated pairs get a quiet "See also" line instead. Stub and line are
// hosts with shadow roots (a page copying its markup copies nothing of them), redrawn from the
// model's deltas (stubs at once, wherever they are, since the entries they stand for are hidden
// and a hidden entry is never seen near; "see also" lines as their entries come near the
// viewport, dom/nearby.ts), and put back where they belong when the site renders the entry again. A stub
// under a site's own overlay (the Guardian's "Show more" fade over its pinned post) is lifted
// above it, so that every stub can be seen and clicked.
import { render } from 'preact';
import { I18nProvider, type Translator } from '@/components/i18n';
import { RepeatStub, SEE_ALSO_CSS, SEE_ALSO_HOST, SeeAlso, STUB_CSS, STUB_HOST } from '@/components/reading';
import { ATTR, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import { queueItems } from '../core/slices';
import type { LensEntry, LensSnapshot } from '../core/model';
import { createEntryHost, disposeEntryHost, rehome, type EntryHost } from '../dom/entry-host';
import { addPageStyle } from '../dom/page-style';
import { liftWhenCovered } from '../dom/lift';
import { nearbyFor } from '../dom/nearby';

const CSS = `[${ATTR.collapsed}] { display: none; }`;
/** Entries synced per step of the reader's slices. */
const SYNC_STEP = 20;

/**
 * A stub's or a "See also" link's words: the other entry named by its time exactly as the blog
 * printed it ("the 12.50 entry"), else its headline. Whole sentences per case, since languages
 * build "same as the 19:14 entry" differently ("uguale al post delle 19:14").
 */
export function describeEntry(i18n: Translator, kind: 'stub' | 'seeAlso', kept: LensEntry | undefined): string {
  const { timeLabel, title } = kept?.entry ?? { timeLabel: null, title: '' };
  if (timeLabel) return i18n.t(`entry.${kind}.byTime`, { time: timeLabel });
  if (title) return i18n.t(`entry.${kind}.byTitle`, { title: title.length > 60 ? `${title.slice(0, 57)}…` : title });
  return i18n.t(`entry.${kind}.earlier`);
}

interface Stub extends EntryHost {
  open: boolean;
  label: string;
}

/** The repeats feature: stubs for duplicates, "see also" lines for related entries. */
export const repeats = defineFeature({
  name: 'repeats',
  needs: ['clicks'],
  start({ doc, model, settings, slicer, i18n, signal }, { clicks }) {
    addPageStyle(doc, CSS, signal);
    const stubs = new Map<LensEntry, Stub>();
    const lines = new Map<LensEntry, EntryHost & { target: LensEntry }>();
    /** The open copy of each id (what a stub and a "see also" point at). */
    const open = new Map<string, LensEntry>();
    const lift = liftWhenCovered(doc, signal);

    const drawStub = (item: LensEntry, stub: Stub) => {
      stub.label = describeEntry(i18n, 'stub', open.get(item.duplicateOf!));
      render(<I18nProvider value={i18n}><RepeatStub label={stub.label} open={stub.open} /></I18nProvider>, stub.root);
      item.entry.element.toggleAttribute(ATTR.collapsed, !stub.open);
    };
    const collapse = (item: LensEntry) => {
      const el = item.entry.element;
      el.setAttribute(ATTR.duplicateOf, item.duplicateOf!);
      let stub = stubs.get(item);
      if (!stub) {
        stub = { ...createEntryHost(doc, el, { tag: 'div', part: UI.repeatStub, host: STUB_HOST, css: STUB_CSS, mode: 'open' }), open: false, label: '' };
        stub.host.setAttribute('role', 'note');
        stubs.set(item, stub);
        clicks.add(stub.host, stub.root, toggle(item, stub));
      }
      if (el.previousElementSibling !== stub.host) {
        rehome(stub.host, el);
        el.before(stub.host);
        lift.watch(stub.host);
      }
      drawStub(item, stub);
    };
    const release = (item: LensEntry, el = item.entry.element) => {
      el.removeAttribute(ATTR.duplicateOf);
      el.removeAttribute(ATTR.collapsed);
      const stub = stubs.get(item);
      if (!stub) return;
      lift.unwatch(stub.host);
      disposeEntryHost(stub, clicks);
      stubs.delete(item);
    };
    // Handlers are made out here, where no element of the page is in scope: a closure keeps its
    // whole scope alive, and an entry's old element must be free to go when the site renders anew.
    const goTo = (line: { target: LensEntry }) => (control: Element | null, event: MouseEvent) => {
      if (!control) return;
      event.preventDefault(); // the permalink is for a new tab; a click moves within the page
      line.target.entry.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
    };
    const toggle = (item: LensEntry, stub: Stub) => (control: Element | null) => {
      if (!control) return;
      stub.open = !stub.open;
      drawStub(item, stub);
    };
    const unlink = (item: LensEntry) => {
      const line = lines.get(item);
      if (!line) return;
      disposeEntryHost(line, clicks);
      lines.delete(item);
    };
    const targetOf = (item: LensEntry) => {
      const el = item.entry.element;
      return item.duplicateOf ? undefined : item.related.map((id) => open.get(id)).find((e) => e && e !== item && e.entry.element !== el);
    };
    const link = (item: LensEntry) => {
      const el = item.entry.element;
      const target = targetOf(item);
      if (!target || !el.isConnected) return unlink(item);
      let line = lines.get(item);
      if (line && line.target !== target) unlink(item), (line = undefined);
      if (!line) {
        line = { ...createEntryHost(doc, el, { tag: 'div', part: UI.seeAlso, host: SEE_ALSO_HOST, css: SEE_ALSO_CSS, mode: 'open' }), target };
        lines.set(item, line);
        clicks.add(line.host, line.root, goTo(line));
        render(<I18nProvider value={i18n}><SeeAlso label={describeEntry(i18n, 'seeAlso', target)} href={target.entry.permalink ?? '#'} /></I18nProvider>, line.root);
      }
      if (line.host.parentNode !== el) {
        rehome(line.host, el);
        el.append(line.host);
      }
    };

    const linking = queueItems(slicer, link, SYNC_STEP, true); // near entries only: ahead of the queue
    const lazyLines = nearbyFor(doc, slicer, signal).queue<LensEntry>((item) => linking.add(item));
    const sync = (item: LensEntry) => {
      if (!item.entry.element.isConnected) return;
      if (item.duplicateOf && settings.global.collapseRepeats) collapse(item);
      else if (stubs.has(item) || item.entry.element.hasAttribute(ATTR.duplicateOf)) release(item);
      // A drawn line is kept up to date at once; a new one waits for its entry to come near.
      if (lines.has(item) || !targetOf(item)) link(item), lazyLines.delete(item);
      else lazyLines.add(item, item.entry.element);
    };
    const apply = (snapshot: LensSnapshot) => {
      for (const item of snapshot.removed) {
        waiting.delete(item);
        linking.delete(item);
        lazyLines.delete(item);
        if (open.get(item.entry.id) === item) open.delete(item.entry.id);
        release(item);
        unlink(item);
      }
      const touched = [...snapshot.added, ...snapshot.changed];
      const opened = new Set<string>();
      // A copy that became a repeat gives its id to the open entry of that id: a pinned copy seen
      // before the entry it repeats held the id, and the original may have come in an earlier change.
      for (const item of touched) {
        if (!item.duplicateOf || open.get(item.entry.id) !== item) continue;
        open.delete(item.entry.id);
        const heir = snapshot.entries.find((e) => e.entry.id === item.entry.id && !e.duplicateOf);
        if (heir) open.set(heir.entry.id, heir), opened.add(heir.entry.id);
      }
      for (const item of touched) {
        if (!item.duplicateOf && !open.has(item.entry.id)) open.set(item.entry.id, item), opened.add(item.entry.id);
      }
      // Stubs and lines are drawn in the reader's slices: a late start (or a big page's
      // annotations) hands this feature thousands of entries at once (0.6 s in one task at 5,000).
      for (const item of touched) waiting.add(item);
      // A pinned copy comes first in the page, so its stub may be drawn before the slice that
      // brings the entry it repeats: name that entry once it is known (stubs are few).
      if (opened.size) for (const [item, stub] of stubs) if (opened.has(item.duplicateOf!)) drawStub(item, stub);
    };
    const waiting = queueItems(slicer, sync, SYNC_STEP);

    const unsubscribe = model.subscribe(apply);
    // Collapsing on or off (a setting): every repeat is concerned, and only they.
    const unwatch = settings.onChange(() => {
      for (const item of model.current().entries) if (item.duplicateOf) sync(item);
    });
    signal.addEventListener('abort', () => {
      unsubscribe();
      unwatch();
      linking.clear();
      lazyLines.clear();
      for (const item of [...stubs.keys()]) release(item);
      for (const item of [...lines.keys()]) unlink(item);
    });
  },
});
