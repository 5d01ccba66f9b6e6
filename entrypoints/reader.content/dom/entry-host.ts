// The host of one entry's controls (its tools, chips, see-also line or repeat stub): an element
// with a shadow root, registered as ours (ours.ts). What is inside the root is ours alone: a page
// that re-parses its serialised markup copies an empty host, which the feed removes;
// and a `PRIVATE_ROOT` keeps the reader's own state out of the page's reach. Thousands of hosts
// share one parsed stylesheet (adopted), so a root costs no style nodes of its own.
import { render } from 'preact';
import { ATTR, type UiPart } from '@/lib/page-contract';
import type { ClickDelegate } from './clicks';
import { important } from './important';
import { disownNode, ownNode } from './ours';

/** Options of `createEntryHost`. */
export interface EntryHostOptions {
  /** `span`, `div` or a custom element name (a page may hijack that one: `div` is used then). */
  tag: string;
  part: UiPart;
  /** Declarations for `:host`, written plainly (made important: no site rule can win over them). */
  host: string;
  /** Rules inside the root. */
  css: string;
  mode: ShadowRootMode;
}

/** One host and its root. */
export interface EntryHost {
  host: HTMLElement;
  root: ShadowRoot;
}

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

/** One constructed sheet per text and document, or null where adopting is not possible. */
function sheetFor(doc: Document, text: string): CSSStyleSheet | null {
  let byText = sheets.get(doc);
  if (!byText) sheets.set(doc, (byText = new Map()));
  if (byText.has(text)) return byText.get(text)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'replaceSync' in Sheet.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(text);
    }
  } catch {
    sheet = null;
  }
  byText.set(text, sheet);
  return sheet;
}

function attach(doc: Document, tag: string, mode: ShadowRootMode): EntryHost | null {
  try {
    const host = doc.createElement(tag);
    return { host, root: host.attachShadow({ mode }) };
  } catch {
    return null; // the page defined this element name itself, or attached a root to it first
  }
}

/** Creates a host for `entry` (not yet in the page). */
export function createEntryHost(doc: Document, entry: Element, options: EntryHostOptions): EntryHost {
  const made = attach(doc, options.tag, options.mode) ?? attach(doc, 'div', options.mode)!;
  made.host.setAttribute(ATTR.ui, options.part);
  const text = `${important(`:host { all: initial; ${options.host} }\n:host::before, :host::after { content: none; display: none; }`)}\n${options.css}`;
  const sheet = sheetFor(doc, text);
  let adopted = false;
  if (sheet) {
    try {
      made.root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      adopted = false; // some content-script worlds cannot hand a sheet to the page's root
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = text;
    made.root.append(style);
  }
  ownNode(made.host, entry);
  return made;
}

/** The host now decorates `entry` (the site rendered the entry again on a new element). */
export function rehome(host: Element, entry: Element): void {
  ownNode(host, entry);
}

/** Takes a host out of the page for good (not taken for the site's doing). */
export function removeEntryHost(host: Element): void {
  disownNode(host);
  host.remove();
}

/** Takes one of our entry hosts out for good: what was drawn in it unmounted, its clicks forgotten, the host removed. */
export function disposeEntryHost({ host, root }: EntryHost, clicks: Pick<ClickDelegate, 'remove'>): void {
  render(null, root);
  clicks.remove(host);
  removeEntryHost(host);
}
