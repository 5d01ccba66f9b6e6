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
 * Creates a host element with its shadow root and stylesheet (not yet in the page). The host
 * resets every inherited and site-set property first (`all: initial`), then takes `host`.
 */
export function createShadowHost(doc: Document, options: ShadowHostOptions): ShadowHost {
  const host = doc.createElement(options.tag);
  host.setAttribute(ATTR.ui, options.part);
  const root = host.attachShadow({ mode: options.mode ?? 'open' });
  const style = doc.createElement('style');
  const hostRules = `:host { all: initial; ${options.host} }\n:host::before, :host::after { content: none; display: none; }\n${options.slotted ?? ''}`;
  style.textContent = `${important(hostRules)}\n${options.css}`;
  root.append(style);
  return { host, root };
}
