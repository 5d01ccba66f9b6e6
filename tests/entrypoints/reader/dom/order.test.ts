// @vitest-environment happy-dom
// Reading order by CSS `order`, computed from the DOM without moving the site's nodes.
import { afterEach, describe, expect, it } from 'vitest';
import { planReverse, siteRunsOldestFirst } from '../../../../entrypoints/reader.content/dom/order';
import type { Entry } from '../../../../lib/types';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('planReverse', () => {
  it('reverses the entries; what sits before the first stays on top, what follows the last at the bottom, what is between travels with the next entry', () => {
    document.body.innerHTML = `<div id="s"><div id="pin"></div><article id="a"></article><aside id="ad"></aside><article id="b"></article><article id="c"></article><div id="more"></div></div>`;
    const ids = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const plan = planReverse(ids);
    expect(plan.boxes.map((b) => b.id)).toEqual(['s']);
    expect(Object.fromEntries([...plan.orders].map(([el, n]) => [el.id, n]))).toEqual({ a: 3, ad: 2, b: 2, c: 1, more: 4 });
  });

  it('reverses within groups too (entries grouped by day)', () => {
    document.body.innerHTML = `<div id="s"><section id="d1"><article id="a"></article><article id="b"></article></section><section id="d2"><article id="c"></article></section></div>`;
    const plan = planReverse(['a', 'b', 'c'].map((id) => document.getElementById(id)!));
    const order = Object.fromEntries([...plan.orders].map(([el, n]) => [el.id, n]));
    expect(order).toMatchObject({ d1: 2, d2: 1, a: 2, b: 1 });
  });

  it('plans nothing for a single entry or none', () => {
    document.body.innerHTML = '<div><article id="a"></article></div>';
    expect(planReverse([document.getElementById('a')!]).boxes).toEqual([]);
    expect(planReverse([]).orders.size).toBe(0);
  });
});

describe('siteRunsOldestFirst', () => {
  const entries = (...times: Array<string | null>) => times.map((time) => ({ time, pinned: false }) as unknown as Entry);
  it('reads the direction from the first and last timed entries', () => {
    expect(siteRunsOldestFirst(entries('2026-01-01T10:00Z', null, '2026-01-01T12:00Z'))).toBe(true);
    expect(siteRunsOldestFirst(entries('2026-01-01T12:00Z', '2026-01-01T10:00Z'))).toBe(false);
    expect(siteRunsOldestFirst(entries(null, '2026-01-01T12:00Z'))).toBeNull();
  });
});
