// The reader's queue of sliced work, on a fake clock that moves only when work is done (each step
// "costs" what the test says) and a yield the test releases by hand: small work runs in one go,
// large work gives the page its turn between slices, awaited work goes ahead of waiting work.
import { describe, expect, it } from 'vitest';
import { createSlicer, queueItems } from '../../../../entrypoints/reader.content/core/slices';

/** A slicer whose clock advances `cost` ms per item of work, and whose yields wait for `turn()`. */
function harness(budgetMs = 30) {
  let clock = 0;
  const turns: Array<() => void> = [];
  const slicer = createSlicer(new AbortController().signal, { budgetMs, now: () => clock, yieldTo: (next) => void turns.push(next) });
  return {
    slicer,
    work: (ms: number) => void (clock += ms),
    now: () => clock,
    /** Gives the page its turn: runs the slice that was waiting (false when none was). */
    turn: () => {
      const next = turns.shift();
      next?.();
      return !!next;
    },
    /** Turns until the queue is empty; how many slices that took. */
    drain() {
      let n = 0;
      while (this.turn()) n++;
      return n;
    },
  };
}

describe('slicer', () => {
  it('runs small work in one slice: 40 items at 0.2 ms each never yield in between', async () => {
    const h = harness();
    const done = h.slicer.map(Array.from({ length: 40 }, (_, i) => i), (i) => (h.work(0.2), i * 2), 10);
    expect(h.drain()).toBe(1);
    expect(await done).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    expect(h.slicer.work.slices).toBe(1);
  });

  it('yields between slices when the work is large: 5,000 items at 0.05 ms each take about 250 ms in 30 ms slices', async () => {
    const h = harness();
    const done = h.slicer.map(Array.from({ length: 5_000 }, (_, i) => i), (i) => (h.work(0.05), i), 50);
    const slices = h.drain();
    expect(slices).toBeGreaterThanOrEqual(8);
    expect(slices).toBeLessThanOrEqual(10);
    expect((await done).length).toBe(5_000);
  });

  it('runs awaited work (map) ahead of the work already waiting in the queue', async () => {
    const h = harness(5);
    const order: string[] = [];
    let left = 3;
    h.slicer.run(() => (order.push('waiting'), h.work(5), --left > 0));
    h.turn(); // one waiting step ran; two are still queued
    const done = h.slicer.map([1, 2], (n) => (order.push(`awaited ${n}`), h.work(1), n), 1);
    h.drain();
    await done;
    expect(order).toEqual(['waiting', 'awaited 1', 'awaited 2', 'waiting', 'waiting']);
  });

  it('step: what follows a map runs as a step of a slice with its budget, ahead of waiting work', async () => {
    const h = harness(30);
    const order: string[] = [];
    let left = 2;
    h.slicer.run(() => (order.push('waiting'), h.work(30), --left > 0));
    const done = h.slicer.map([1, 2, 3], (n) => (h.work(12), n), 1).then((all) =>
      // The map's last slice spent its budget: a continuation here would run past it.
      h.slicer.step(() => (order.push(`after map, budget spent: ${h.slicer.due()}`), all.length)),
    );
    // A task at a time, and the promise continuations between tasks, as in the browser.
    while (h.turn()) for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(await done).toBe(3);
    expect(order).toEqual(['after map, budget spent: false', 'waiting', 'waiting']);
  });

  it('starts a step that must open a slice only at a slice\'s start, however much budget is left', () => {
    const h = harness(30);
    const order: string[] = [];
    h.slicer.run(() => (order.push('small'), h.work(5), false));
    h.slicer.run(() => (order.push(`pass in slice ${h.slicer.work.slices}`), h.work(25), false), false, true);
    h.slicer.run(() => (order.push('small'), h.work(5), false));
    expect(h.drain()).toBe(2);
    expect(order).toEqual(['small', 'pass in slice 2', 'small']);
  });

  it('gives what was done when the reader stops midway, and runs nothing more', async () => {
    const life = new AbortController();
    let clock = 0;
    const turns: Array<() => void> = [];
    const slicer = createSlicer(life.signal, { budgetMs: 1, now: () => clock, yieldTo: (next) => void turns.push(next) });
    const done = slicer.map([1, 2, 3, 4], (n) => ((clock += 1), n), 1);
    turns.shift()!();
    life.abort();
    turns.shift()?.();
    expect(await done).toEqual([1]);
  });

  it('queueItems: each item once, in order, per step; thousands at once never in one slice; deleted ones skipped', () => {
    const h = harness();
    const done: number[] = [];
    const queue = queueItems(h.slicer, (n: number) => (h.work(0.1), done.push(n)), 20);
    for (let i = 0; i < 3_000; i++) queue.add(i);
    queue.add(5); // already waiting: once
    queue.delete(7);
    expect(h.drain()).toBeGreaterThanOrEqual(9);
    expect(done).toEqual(Array.from({ length: 3_000 }, (_, i) => i).filter((i) => i !== 7));
    queue.add(1); // a few later: one slice
    expect(h.drain()).toBe(1);
    expect(done.at(-1)).toBe(1);
  });

  it('ends a slice inside a step once its budget is spent: no slice runs a whole batch past it', async () => {
    const h = harness(30);
    // Batches of 50 items at 3 ms each (150 ms a batch), from map and from queueItems.
    const done = h.slicer.map(Array.from({ length: 200 }, (_, i) => i), (i) => (h.work(3), i), 50);
    const handled: number[] = [];
    const queue = queueItems(h.slicer, (n: number) => (h.work(3), handled.push(n)), 50);
    for (let i = 0; i < 100; i++) queue.add(i);
    const lengths: number[] = [];
    for (let at = h.now(); h.turn(); at = h.now()) lengths.push(h.now() - at);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(33); // the budget and the item that crossed it
    expect(await done).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(handled).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
