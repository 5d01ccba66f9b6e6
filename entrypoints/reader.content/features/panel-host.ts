// The panel's place in the page: `<liveblog-lens-panel>` (a `div` when a page took that name),
// its OPEN root (the public contract: speakers and controls), the tab (a light-DOM button, so
// `[data-lbl-action="panel"]` finds it), and one light-DOM child with a `PRIVATE_ROOT` root for
// what tells the reader's history (new and unread counts, mark all read): a page sees that box,
// always the same size, never what is inside (issue 14, finding 7). Untrusted events are dropped
// at every host and root (finding 6), and a host the page removes comes back (finding 5).
import { PANEL_CSS, PANEL_HOST, PANEL_READING_HOST, PANEL_SLOTTED } from '@/components/panel';
import { ACTION, ATTR, TAG, UI } from '@/lib/page-contract';
import { keepInPage } from '../dom/keep-in-page';
import { createShadowHost, PRIVATE_ROOT } from '../dom/shadow-host';
import { acceptOnlyTrusted } from '../dom/trusted';

/** The slot the private box fills inside the panel. */
export const READING_SLOT = 'reading';

/** What the panel feature draws into. */
export interface PanelHost {
  host: HTMLElement;
  root: ShadowRoot;
  tab: HTMLButtonElement;
  /** Preact's mount in the open root. */
  mount: HTMLElement;
  /** Preact's mount in the private root. */
  privateMount: HTMLElement;
}

/** Makes the panel's host, puts it in the page and keeps it there until `signal` aborts. */
export function createPanelHost(doc: Document, tabText: string, signal: AbortSignal): PanelHost {
  const { host, root } = createShadowHost(doc, { tag: TAG.panel, part: UI.panel, host: PANEL_HOST, slotted: PANEL_SLOTTED, css: PANEL_CSS });
  const tabSlot = doc.createElement('div');
  tabSlot.className = 'tab';
  const slot = doc.createElement('slot');
  slot.setAttribute('name', 'tab');
  tabSlot.append(slot);
  const mount = doc.createElement('div');
  root.append(tabSlot, mount);

  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.slot = 'tab';
  tab.setAttribute(ATTR.action, ACTION.panel);
  tab.textContent = tabText;

  const reading = createShadowHost(doc, { tag: 'div', part: UI.panelReading, host: PANEL_READING_HOST, css: PANEL_CSS, mode: PRIVATE_ROOT });
  reading.host.slot = READING_SLOT;
  const privateMount = doc.createElement('div');
  privateMount.className = 'panel private';
  reading.root.append(privateMount);
  host.append(tab, reading.host);

  acceptOnlyTrusted([host, root, reading.host, reading.root], signal);
  const place = () => (doc.body ?? doc.documentElement).append(host);
  place();
  keepInPage(doc, host, place, signal);
  signal.addEventListener('abort', () => host.remove());
  return { host, root, tab, mount, privateMount };
}
