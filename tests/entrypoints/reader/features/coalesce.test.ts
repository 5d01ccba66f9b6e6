// The panel's pass over every entry, coalesced: snapshots that pour in while a big blog is read
// make one run per interval, a single change runs in the next slice, and a stopped reader runs none.
import { describe, expect, it } from 'vitest';
import { coalesce } from '../../../../entrypoints/reader.content/features/coalesce';
import type { Slicer } from '../../../../entrypoints/reader.content/core/slices';

function setUp() {
  let clock = 0;
  const steps: Array<() => boolean> = [];
  const timers: Array<{ at: number; run: () => void }> = [];
  const slicer = { run: (step: () => boolean) => void steps.push(step) } as unknown as Slicer;
  const lifetime = new AbortController();
  let runs = 0;
  const soon = coalesce(() => runs++, {
    slicer, everyMs: 250, signal: lifetime.signal, now: () => clock,
    setTimer: (run, ms) => timers.push({ at: clock + ms, run }),
  });
  /** Moves the clock on, firing due timers, then runs the queued slices. */
  const advance = (ms: number) => {
    clock += ms;
    for (const t of timers.splice(0)) if (t.at <= clock) t.run(); else timers.push(t);
    while (steps.length) steps.shift()!();
  };
  return { soon, advance, lifetime, runs: () => runs };
}

describe('coalesce', () => {
  it('runs once in the next slice for a single change', () => {
    const { soon, advance, runs } = setUp();
    soon();
    expect(runs()).toBe(0);
    advance(0);
    expect(runs()).toBe(1);
  });

  it('runs at most once per interval while changes pour in, and once more after the last', () => {
    const { soon, advance, runs } = setUp();
    for (let t = 0; t < 1000; t += 10) {
      soon();
      advance(10);
    }
    expect(runs()).toBeGreaterThanOrEqual(4);
    expect(runs()).toBeLessThanOrEqual(5);
    const before = runs();
    advance(300);
    expect(runs()).toBe(before + 1); // the last change is never lost
    advance(1000);
    expect(runs()).toBe(before + 1);
  });

  it('runs nothing once the reader stopped', () => {
    const { soon, advance, lifetime, runs } = setUp();
    soon();
    lifetime.abort();
    advance(0);
    soon();
    advance(500);
    expect(runs()).toBe(0);
  });
});
