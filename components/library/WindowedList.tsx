// A list that renders only the rows near the visible part of its scroller, so 10,000 quotes cost
// what 30 do. Rows have different heights (quotes vary), so each rendered row is measured and
// remembered by key; unmeasured rows count at an estimate. Short lists render whole, which keeps
// them simple for find-in-page and for assistive technology.
//
// Keyboard: rows use a roving tabindex (one tab stop for the whole list); Up/Down, Page Up/Down,
// Home and End move between rows, scrolling rows that are not rendered yet into existence.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

/** Props of `WindowedList`. */
export interface WindowedListProps<T> {
  items: readonly T[];
  keyOf(item: T): string;
  render(item: T, index: number): ComponentChildren;
  /** The list's accessible name. */
  label: string;
  /** Changing it scrolls back to the top (a new search or view, not a live update). */
  resetKey?: string;
  /** Estimated row height in px (default 140). */
  estimate?: number;
  /** Extra px rendered above and below the visible part (default 800). */
  overscan?: number;
  /** Lists up to this length render whole (default 60). */
  windowFrom?: number;
}

const KEYS: Record<string, true> = { ArrowDown: true, ArrowUp: true, PageDown: true, PageUp: true, Home: true, End: true };

/** The first index whose row ends after `y` (offsets[i + 1] > y). */
function indexAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A windowed `<ul>` inside its own scroller. */
export function WindowedList<T>(props: WindowedListProps<T>): JSX.Element {
  const { items, keyOf, estimate = 140, overscan = 800, windowFrom = 60 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const windowed = items.length > windowFrom;

  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + (heights.current.get(keyOf(items[i]!)) ?? estimate);
    return out;
    // `measured` changes when a row's height became known.
  }, [items, keyOf, estimate, measured]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Never more than a window's height: a scroller that a layout lets grow to its content would
    // otherwise draw (and measure) every row at once.
    const update = () => setViewport(Math.min(el.clientHeight, el.ownerDocument.defaultView?.innerHeight ?? el.clientHeight));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [props.resetKey]);

  const view = viewport || 900; // no layout (tests, first paint): assume a screenful
  const start = windowed ? indexAt(offsets, Math.max(0, scrollTop - overscan)) : 0;
  const end = windowed ? Math.min(items.length, indexAt(offsets, scrollTop + view + overscan) + 1) : items.length;
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));

  useLayoutEffect(() => {
    let changed = false;
    for (const li of Array.from(list.current?.children ?? [])) {
      const key = (li as HTMLElement).dataset.key;
      const h = (li as HTMLElement).offsetHeight;
      if (key !== undefined && h > 0 && heights.current.get(key) !== h) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
    const target = pendingFocus.current;
    if (target !== null) {
      const row = list.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      if (row) {
        pendingFocus.current = null;
        row.focus();
      }
    }
  });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(items.length - 1, index));
    setActive(i);
    pendingFocus.current = i;
    const el = scroller.current;
    if (el && windowed) {
      const top = offsets[i]!;
      const bottom = offsets[i + 1]!;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (bottom > el.scrollTop + view) el.scrollTop = bottom - view;
      setScrollTop(el.scrollTop);
    }
  };

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLUListElement>) => {
    const row = e.target as HTMLElement;
    if (!KEYS[e.key] || row.parentElement !== list.current) return; // only on a row itself, not its controls
    e.preventDefault();
    const here = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(view / estimate));
    const next = { ArrowDown: here + 1, ArrowUp: here - 1, PageDown: here + page, PageUp: here - page, Home: 0, End: items.length - 1 }[e.key];
    if (next !== undefined) moveTo(next);
  };

  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i]!;
    const key = keyOf(item);
    rows.push(
      <li
        key={key}
        data-key={key}
        data-index={i}
        class="lbl-row"
        tabIndex={i === activeIndex ? 0 : -1}
        aria-posinset={i + 1}
        aria-setsize={items.length}
        onFocus={(e) => e.target === e.currentTarget && setActive(i)}
      >
        {props.render(item, i)}
      </li>,
    );
  }
  const style = windowed ? { paddingTop: `${offsets[start]}px`, paddingBottom: `${offsets[items.length]! - offsets[end]!}px` } : undefined;
  return (
    <div class="lbl-scroller" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul class="lbl-list" ref={list} aria-label={props.label} style={style} onKeyDown={onKeyDown}>
        {rows}
      </ul>
    </div>
  );
}
