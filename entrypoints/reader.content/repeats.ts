// Repeated entries (a pinned copy, a re-post, an echo) collapse into a one-line stub in place.
// The site's element stays where it is, only hidden; "Show" opens it in place and "Hide" closes
// it again. Related-but-not-repeated pairs get a quiet "See also" link instead.
import type { Feature } from './context';
import { UI_ATTRIBUTE } from './feed';
import type { LensEntry, LensSnapshot } from './model';
import { addPageStyle } from './page-style';

/** Public contract: a collapsed entry names the entry that stays open. */
export const DUPLICATE_ATTRIBUTE = 'data-lbl-duplicate-of';
const COLLAPSED = 'data-lbl-collapsed';

const CSS = `
[${COLLAPSED}] { display: none !important; }
[${UI_ATTRIBUTE}="repeat-stub"], [${UI_ATTRIBUTE}="see-also"] {
  all: revert; box-sizing: border-box !important; display: flex !important; align-items: center !important;
  gap: .6em !important; margin: .5em 0 !important; padding: .35em .7em !important;
  font: 14px/1.4 system-ui, sans-serif !important; color: #444 !important; background: #f4f4f2 !important;
  border: 1px dashed #bbb !important; border-radius: 6px !important;
}
[${UI_ATTRIBUTE}="see-also"] { border-style: none !important; background: transparent !important; padding: 0 !important; }
[${UI_ATTRIBUTE}="repeat-stub"] button, [${UI_ATTRIBUTE}="see-also"] a {
  all: revert; font: inherit !important; cursor: pointer !important; color: #0b57d0 !important;
  background: none !important; border: 0 !important; padding: 0 !important; text-decoration: underline !important;
}
@media (prefers-color-scheme: dark) {
  [${UI_ATTRIBUTE}="repeat-stub"] { color: #ddd !important; background: #2a2a2a !important; border-color: #666 !important; }
  [${UI_ATTRIBUTE}="see-also"] { color: #ccc !important; }
  [${UI_ATTRIBUTE}="repeat-stub"] button, [${UI_ATTRIBUTE}="see-also"] a { color: #8ab4f8 !important; }
}`;

/** How a reader recognises the entry a stub points at: its printed time, else its headline. */
export function describeEntry(kept: LensEntry | undefined): string {
  if (!kept) return 'an earlier entry';
  const { timeLabel, title } = kept.entry;
  if (timeLabel) return `the ${timeLabel} entry`;
  if (title) return `“${title.length > 60 ? `${title.slice(0, 57)}…` : title}”`;
  return 'an earlier entry';
}

function makeStub(doc: Document, text: string, onToggle: (open: boolean) => void): HTMLElement {
  const stub = doc.createElement('div');
  stub.setAttribute(UI_ATTRIBUTE, 'repeat-stub');
  stub.setAttribute('role', 'note');
  const label = doc.createElement('span');
  label.textContent = text;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Show';
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide' : 'Show';
    onToggle(open);
  });
  stub.append(label, button);
  return stub;
}

/** The repeats feature: stubs for duplicates, "see also" links for related entries. */
export const repeats: Feature = (ctx) => {
  const { doc, model, settings, signal } = ctx;
  addPageStyle(doc, 'repeats-style', CSS, signal);
  const stubs = new Map<Element, HTMLElement>();
  const seeAlso = new Map<Element, HTMLElement>();

  const collapse = (item: LensEntry, kept: LensEntry | undefined) => {
    const el = item.entry.element;
    el.setAttribute(DUPLICATE_ATTRIBUTE, item.duplicateOf!);
    if (stubs.has(el)) return;
    el.setAttribute(COLLAPSED, '');
    const stub = makeStub(doc, `Repeated: same as ${describeEntry(kept)}`, (open) => el.toggleAttribute(COLLAPSED, !open));
    el.before(stub);
    stubs.set(el, stub);
  };
  const release = (el: Element) => {
    el.removeAttribute(DUPLICATE_ATTRIBUTE);
    el.removeAttribute(COLLAPSED);
    stubs.get(el)?.remove();
    stubs.delete(el);
  };
  const link = (item: LensEntry, byId: Map<string, LensEntry>) => {
    const el = item.entry.element;
    const target = item.related.map((id) => byId.get(id)).find((e) => e && e.entry.element !== el);
    if (!target || seeAlso.has(el)) return;
    const line = doc.createElement('p');
    line.setAttribute(UI_ATTRIBUTE, 'see-also');
    const a = doc.createElement('a');
    a.href = target.entry.permalink ?? '#';
    a.textContent = `See also ${describeEntry(target)}`;
    a.addEventListener('click', (event) => {
      event.preventDefault();
      target.entry.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
    line.append(a);
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
      else if (stubs.has(el) || el.hasAttribute(DUPLICATE_ATTRIBUTE)) release(el);
      if (!item.duplicateOf && item.related.length) link(item, byId);
    }
  };

  const unsubscribe = model.subscribe(apply);
  const unwatch = settings.onChange(() => apply(model.current()));
  signal.addEventListener('abort', () => {
    unsubscribe();
    unwatch();
    for (const el of [...stubs.keys()]) release(el);
    for (const line of seeAlso.values()) line.remove();
  });
};
