// Only in LBL_PERF=1 builds (main.tsx loads this behind that flag, so ordinary builds have none of
// it): what `npm run bench:reader` reads in the view. Milestones of opening, long tasks of the
// view, and a way to clean every entry again in either cleaning mode, timing each and counting the
// words of the entry's text that the cleaned content keeps.
import { ATTR } from '@/lib/page-contract';
import { cleanEntry, type CleaningMode, keptShare, MIN_KEPT } from '@/lib/reader-view/clean';
import { furnitureOf } from '@/lib/reader-view/read-page';
import type { ReaderController } from './controller';

/** One entry cleaned: how long it took, the share of its text's words shown, and whether that took the fallback. */
export interface CleanFigure {
  ms: number;
  kept: number;
  fallback: boolean;
}

/** Installs `window.__lblReaderBench`. */
export function installBenchHooks(controller: ReaderController): void {
  const longTasks: Array<{ start: number; duration: number }> = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  const milestones: Record<string, number> = {};
  const check = () => {
    if (controller.data().load.phase === 'done' && milestones.whole === undefined) milestones.whole = performance.now();
  };
  controller.subscribe(check);
  check();
  const marks = () => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('liveblog-lens:reader-')).map((m) => [m.name.slice(21), m.startTime]));
  Object.defineProperty(window, '__lblReaderBench', {
    value: {
      milestones: () => ({ ...marks(), ...milestones }),
      longTasks: () => longTasks.slice(),
      entries: () => controller.data().model?.entries().size ?? 0,
      drawn: () => document.querySelectorAll(`[${ATTR.entry}][data-drawn="1"]`).length,
      nodes: () => document.getElementsByTagName('*').length,
      clean(mode: CleaningMode): CleanFigure[] {
        const model = controller.data().model;
        if (!model) return [];
        const furniture = furnitureOf(model.info, `[${ATTR.ui}]`);
        return [...model.entries().values()].map(({ entry, base }) => {
          const options = { base, furniture, title: entry.title, timeLabel: entry.timeLabel, mode };
          const start = performance.now();
          const nodes = cleanEntry(entry.element, { ...options, text: entry.text, paragraphs: entry.paragraphs });
          const ms = performance.now() - start;
          const fallback = keptShare(cleanEntry(entry.element, options), entry.text) < MIN_KEPT;
          return { ms, kept: keptShare(nodes, entry.text), fallback };
        });
      },
    },
  });
}
