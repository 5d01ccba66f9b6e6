// The filter bar: while a speaker filter is on, a line just above the stream's first entry says so
// ("Showing 3 of 42 · Rishi Sunak · Show all"), whether the panel is open or not (issue 13, point 1).
// Its own open shadow root: the filter is the reader's choice of this moment, which the page can
// already tell from the entries it hides, so nothing private is shown here.
import { render } from 'preact';
import type { Translator } from '@/components/i18n';
import { I18nProvider } from '@/components/i18n';
import { FILTER_BAR_CSS, FILTER_BAR_HOST, FilterBar, type FilterBarProps } from '@/components/panel';
import { ATTR, UI } from '@/lib/page-contract';
import { createShadowHost } from '../dom/shadow-host';
import { acceptOnlyTrusted } from '../dom/trusted';

/** Room above the bar when the view moves to it, for the sticky headers news sites have. */
const SCROLL_MARGIN = 72;

/** Draws the bar before `first` (the stream's first entry), or takes it away (`props` null). */
export interface FilterBarSpot {
  draw(props: FilterBarProps | null, first: Element | null): void;
  /** Brings the bar (and the first match below it) into view. */
  reveal(): void;
  readonly host: HTMLElement;
}

export function createFilterBar(doc: Document, i18n: Translator, signal: AbortSignal): FilterBarSpot {
  const { host, root } = createShadowHost(doc, { tag: 'div', part: UI.filterBar, host: `${FILTER_BAR_HOST} scroll-margin-top: ${SCROLL_MARGIN}px;`, css: FILTER_BAR_CSS });
  const mount = doc.createElement('div');
  root.append(mount);
  acceptOnlyTrusted([host, root], signal);
  signal.addEventListener('abort', () => {
    render(null, mount);
    host.remove();
  });
  return {
    host,
    draw(props, first) {
      if (!props || !first?.parentNode) {
        if (host.isConnected) host.remove();
        return;
      }
      // Above the first entry, and above its repeat stub when it has one (a stub stays right before its entry).
      const stub = first.previousElementSibling;
      const at = stub?.getAttribute(ATTR.ui) === UI.repeatStub ? stub : first;
      if (host.nextSibling !== at) at.before(host);
      render(
        <I18nProvider value={i18n}>
          <FilterBar {...props} />
        </I18nProvider>,
        mount,
      );
    },
    reveal() {
      if (!host.isConnected) return;
      const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      host.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    },
  };
}
