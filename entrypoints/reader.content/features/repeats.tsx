// Repeated entries (a pinned copy, a re-post, an echo) collapse into a one-line stub in place.
// The site's element stays where it is, only hidden; "Show" opens it in place and "Hide" closes
// it again. Related-but-not-repeated pairs get a quiet "See also" link instead.
import { render } from 'preact';
import { I18nProvider, type Translator } from '@/components/i18n';
import { RepeatStub, SeeAlso, STUB_CSS } from '@/components/reading';
import { ATTR, UI } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import type { LensEntry, LensSnapshot } from '../core/model';
import { addPageStyle } from '../dom/page-style';

const CSS = `[${ATTR.collapsed}] { display: none; }\n${STUB_CSS}`;

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

/** The repeats feature: stubs for duplicates, "see also" links for related entries. */
export const repeats = defineFeature({
  name: 'repeats',
  start({ doc, model, settings, i18n, signal }) {
    addPageStyle(doc, CSS, signal);
    const stubs = new Map<Element, HTMLElement>();
    const seeAlso = new Map<Element, HTMLElement>();
    const drop = (node: HTMLElement) => {
      render(null, node);
      node.remove();
    };

    const collapse = (item: LensEntry, kept: LensEntry | undefined) => {
      const el = item.entry.element;
      el.setAttribute(ATTR.duplicateOf, item.duplicateOf!);
      if (stubs.has(el)) return;
      el.setAttribute(ATTR.collapsed, '');
      const stub = doc.createElement('div');
      stub.setAttribute(ATTR.ui, UI.repeatStub);
      stub.setAttribute('role', 'note');
      const onToggle = (open: boolean) => el.toggleAttribute(ATTR.collapsed, !open);
      render(<I18nProvider value={i18n}><RepeatStub label={describeEntry(i18n, 'stub', kept)} onToggle={onToggle} /></I18nProvider>, stub);
      el.before(stub);
      stubs.set(el, stub);
    };
    const release = (el: Element) => {
      el.removeAttribute(ATTR.duplicateOf);
      el.removeAttribute(ATTR.collapsed);
      const stub = stubs.get(el);
      if (stub) drop(stub);
      stubs.delete(el);
    };
    const link = (item: LensEntry, byId: Map<string, LensEntry>) => {
      const el = item.entry.element;
      const target = item.related.map((id) => byId.get(id)).find((e) => e && e.entry.element !== el);
      if (!target || seeAlso.has(el)) return;
      const line = doc.createElement('p');
      line.setAttribute(ATTR.ui, UI.seeAlso);
      const go = () => target.entry.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
      const label = describeEntry(i18n, 'seeAlso', target);
      render(<I18nProvider value={i18n}><SeeAlso label={label} href={target.entry.permalink ?? '#'} onGo={go} /></I18nProvider>, line);
      el.append(line);
      seeAlso.set(el, line);
    };

    const apply = (snapshot: LensSnapshot) => {
      const byId = new Map<string, LensEntry>();
      for (const item of snapshot.entries) if (!item.duplicateOf && !byId.has(item.entry.id)) byId.set(item.entry.id, item);
      const live = new Set(snapshot.entries.map((e) => e.entry.element));
      for (const el of [...stubs.keys()]) if (!live.has(el)) release(el);
      for (const item of snapshot.entries) {
        const el = item.entry.element;
        if (item.duplicateOf && settings.global.collapseRepeats) collapse(item, byId.get(item.duplicateOf));
        else if (stubs.has(el) || el.hasAttribute(ATTR.duplicateOf)) release(el);
        if (!item.duplicateOf && item.related.length) link(item, byId);
      }
    };

    const unsubscribe = model.subscribe(apply);
    const unwatch = settings.onChange(() => apply(model.current()));
    signal.addEventListener('abort', () => {
      unsubscribe();
      unwatch();
      for (const el of [...stubs.keys()]) release(el);
      for (const line of seeAlso.values()) drop(line);
    });
  },
});
