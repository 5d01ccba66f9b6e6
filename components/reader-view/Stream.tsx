// The reader view's list of entries: every entry is an `<article data-lbl-entry="<id>">` in the
// document (a feed, in ARIA's terms), but on a long blog only those within a few screens of the
// viewport are drawn; the others keep the height they were measured at (or an estimate) so the
// scroll bar and positions stay true. A thousand entries cost a thousand empty boxes plus the few
// the reader can see. Jumps go to an entry's box, drawn or not; the browser's scroll anchoring
// keeps the text in place while boxes above it are drawn.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ATTR } from '@/lib/page-contract';
import type { ReaderEntry } from './types';

/** Props of the stream. */
export interface StreamProps {
  entries: readonly ReaderEntry[];
  /** Draws one entry's content (inside its article). */
  render(entry: ReaderEntry, headingId: string): ComponentChildren;
  /** Scroll this entry to the top; a new `seq` repeats the jump. */
  target?: { id: string; seq: number } | null;
  /** The entry at the top of the screen changed (for "close at the same entry"). */
  onTopEntry?(id: string | null): void;
  /** The list's accessible name. */
  label: string;
  busy?: boolean;
  /** Lists up to this long are drawn whole (default 80). */
  windowFrom?: number;
  /** How far beyond the viewport entries are drawn, in px (default 2000). */
  margin?: number;
  /** Room taken at the top by the view's sticky bar, in px. */
  topOffset?: number;
}

/** Height of an entry before it is measured: its text at about 80 characters a line, plus furniture. */
export function estimateHeight(entry: Pick<ReaderEntry, 'textLength' | 'hasMedia' | 'duplicateOf'>): number {
  if (entry.duplicateOf) return 56;
  return 120 + Math.ceil(entry.textLength / 80) * 28 + (entry.hasMedia ? 260 : 0);
}

/** The windowed feed of entries. */
export function Stream(props: StreamProps) {
  const { entries, windowFrom = 80, margin = 2000, topOffset = 0 } = props;
  const list = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const near = useRef(new Set<string>());
  const [, redraw] = useState(0);
  const windowed = entries.length > windowFrom;

  // Which boxes are near the viewport: one observer for all, its changes drawn once per frame.
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    if (!windowed || typeof IntersectionObserver === 'undefined') return;
    let frame = 0;
    const io = new IntersectionObserver(
      (records) => {
        for (const r of records) {
          const id = (r.target as HTMLElement).getAttribute(ATTR.entry);
          if (id === null) continue;
          if (r.isIntersecting) near.current.add(id);
          else near.current.delete(id);
        }
        if (!frame) frame = requestAnimationFrame(() => ((frame = 0), redraw((n) => n + 1)));
      },
      // The document as root: in a frame, the implicit root would ignore the margin.
      { root: document, rootMargin: `${margin}px 0px` },
    );
    observer.current = io;
    for (const el of Array.from(list.current?.children ?? [])) io.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      io.disconnect();
      observer.current = null;
    };
  }, [windowed, margin]);

  // New boxes are observed; drawn boxes are measured, so they keep their height when undrawn.
  useLayoutEffect(() => {
    for (const el of Array.from(list.current?.children ?? []) as HTMLElement[]) {
      observer.current?.observe(el);
      if (el.dataset.drawn === '1' && el.offsetHeight > 0) heights.current.set(el.getAttribute(ATTR.entry) ?? '', el.offsetHeight);
    }
  });

  useEffect(() => {
    const target = props.target;
    if (!target) return;
    const el = Array.from(list.current?.children ?? []).find((c) => c.getAttribute(ATTR.entry) === target.id) as HTMLElement | undefined;
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [props.target?.seq]);

  // The entry at the top of the screen: found by halving over the boxes (they are in order).
  useEffect(() => {
    if (!props.onTopEntry) return;
    let frame = 0;
    let last: string | null | undefined;
    const check = () => {
      frame = 0;
      const boxes = Array.from(list.current?.children ?? []);
      let lo = 0;
      let hi = boxes.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (boxes[mid]!.getBoundingClientRect().bottom > topOffset + 8) {
          found = mid;
          hi = mid - 1;
        } else lo = mid + 1;
      }
      const id = found < 0 ? null : boxes[found]!.getAttribute(ATTR.entry);
      if (id !== last) props.onTopEntry?.((last = id));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    check();
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [props.onTopEntry, entries, topOffset]);

  return (
    <div class="stream" role="feed" aria-label={props.label} aria-busy={props.busy ? 'true' : 'false'} ref={list}>
      {entries.map((entry, i) => {
        const drawn = !windowed || near.current.has(entry.id);
        const headingId = `lbl-entry-${i}`;
        const height = heights.current.get(entry.id) ?? estimateHeight(entry);
        return (
          <article
            key={entry.id}
            class={entry.duplicateOf ? 'entry repeat' : 'entry'}
            data-lbl-entry={entry.id}
            data-lbl-duplicate-of={entry.duplicateOf ?? undefined}
            data-drawn={drawn ? '1' : '0'}
            aria-labelledby={drawn && !entry.repeatOf ? headingId : undefined}
            aria-posinset={i + 1}
            aria-setsize={entries.length}
            tabIndex={-1}
            style={drawn ? undefined : { height: `${height}px` }}
          >
            {drawn && props.render(entry, headingId)}
          </article>
        );
      })}
    </div>
  );
}
