// Helpers for the library's component tests: axe on the rendered DOM, and props for LibraryApp.
import axe from 'axe-core';
import { expect } from 'vitest';
import type { LibraryAppProps } from '../../../components/library/LibraryApp';
import { EMPTY_FILTER, facets } from '../../../lib/library/filter';
import type { LibraryItem } from '../../../lib/library/items';

/**
 * Runs axe-core on `node` and fails with the violations listed. Colour contrast needs layout,
 * which happy-dom does not do; the real-browser test covers the page as drawn.
 */
export async function expectNoAxeViolations(node: Element): Promise<void> {
  const results = await axe.run(node, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`);
  expect(summary).toEqual([]);
}

/** LibraryApp props with no-op callbacks, showing `items` unfiltered. */
export function appProps(items: LibraryItem[], over: Partial<LibraryAppProps> = {}): LibraryAppProps {
  const noop = () => undefined;
  return {
    view: 'quotes',
    onView: noop,
    counts: { quotes: items.filter((i) => i.kind === 'quote').length, starred: items.filter((i) => i.kind === 'entry').length },
    items,
    loading: false,
    filter: EMPTY_FILTER,
    facets: facets(items, {}),
    onFilter: noop,
    onClearFilter: noop,
    selected: new Set(),
    onSelect: noop,
    onSelectAll: noop,
    onClearSelection: noop,
    onDelete: noop,
    onEditQuote: noop,
    onExport: noop,
    everything: items.length,
    onImport: noop,
    importOutcome: null,
    onDismissImport: noop,
    undo: null,
    onUndo: noop,
    onDismissUndo: noop,
    timeZone: 'UTC',
    ...over,
  };
}
