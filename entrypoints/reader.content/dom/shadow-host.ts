// Our UI in the page lives in shadow hosts: the site's CSS cannot reach in, ours cannot leak out,
// and the feed never mistakes them for the site's nodes (`data-lbl-ui`). This is the one place
// that makes them. Roots are open today; `mode: 'closed'` keeps the page from reading what is
// inside, and callers only ever use the root returned here, so they work either way.
import { ATTR, type UiPart } from '@/lib/page-contract';
import { important } from './important';

/**
 * The mode of roots that show the reader's own state (read, new, starred, saved): closed, so page
 * scripts cannot read it; open only in `LBL_TEST=1` builds, which tests load to inspect it.
 */
export const PRIVATE_ROOT: ShadowRootMode = import.meta.env.LBL_TEST ? 'open' : 'closed';

/** Options of `createShadowHost`. */
export interface ShadowHostOptions {
  /** The host's element name (a custom element name keeps site rules for `div`, `span` off it). */
  tag: string;
  /** Which of our parts it is (`data-lbl-ui`). */
  part: UiPart;
  /** Declarations for `:host`, written plainly: they are made important, so no site rule wins. */
  host: string;
  /** The stylesheet inside the root. */
  css: string;
  /** Extra rules that style light-DOM children the page can see (`::slotted(...)`): made important too. */
  slotted?: string;
  mode?: ShadowRootMode;
}

/** A host and its root. */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * An element of this name with a fresh root, or null when the page took the name: it defined the
 * custom element itself (its class would run page code on our host) or attached a root first.
 */
function attach(doc: Document, tag: string, mode: ShadowRootMode): ShadowHost | null {
  try {
    const host = doc.createElement(tag);
    // `:defined` holds for a custom element name only once someone defined it: here, the page.
    // (Content scripts in Chromium have no `customElements` of their own; the selector still works.)
    if (tag.includes('-') && (host.matches(':defined') || doc.defaultView?.customElements?.get(tag))) return null;
    return { host, root: host.attachShadow({ mode }) };
  } catch {
    return null;
  }
}

/**
 * Creates a host element with its shadow root and stylesheet (not yet in the page). The host
 * resets every inherited and site-set property first (`all: initial`), then takes `host`.
 */
export function createShadowHost(doc: Document, options: ShadowHostOptions): ShadowHost {
  const mode = options.mode ?? 'open';
  // A page may own our element name (issue 14, finding 5): then a `div` carries the host.
  const { host, root } = attach(doc, options.tag, mode) ?? attach(doc, 'div', mode)!;
  host.setAttribute(ATTR.ui, options.part);
  const style = doc.createElement('style');
  const hostRules = `:host { all: initial; ${options.host} }\n:host::before, :host::after { content: none; display: none; }\n${options.slotted ?? ''}`;
  style.textContent = `${important(hostRules)}\n${options.css}`;
  root.append(style);
  return { host, root };
}
