// @vitest-environment happy-dom
// The page's one watcher of entries coming near the viewport: controls wait for their entry to come
// near (the test says which elements are far and when the reader scrolls to them), several
// features wait on one element through one observation, and what the reader is sent to is taken
// out to be drawn at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNearby, nearbyFor } from '../../../../entrypoints/reader.content/dom/nearby';
import { NearObserver } from '../fake-reader';

let lifetime: AbortController;
const div = (far = false) => {
  const el = document.createElement('div');
  document.body.append(el);
  if (far) NearObserver.far.add(el);
  return el;
};

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', NearObserver);
  lifetime = new AbortController();
});
afterEach(() => {
  lifetime.abort();
  vi.unstubAllGlobals();
  NearObserver.reset();
  document.body.innerHTML = '';
});

describe('nearby', () => {
  it('hands an item over once its element comes near, and only once', () => {
    const got: string[] = [];
    const queue = createNearby(lifetime.signal).queue<string>((item) => got.push(item));
    const [close, far] = [div(), div(true)];
    queue.add('close', close);
    queue.add('far', far);
    expect(got).toEqual(['close']);
    expect(queue.has('far')).toBe(true);
    NearObserver.reach(far);
    NearObserver.reach(far);
    expect(got).toEqual(['close', 'far']);
    expect(queue.has('far')).toBe(false);
  });

  it('tells every feature waiting on one element, and forgets what stopped waiting', () => {
    const stars: string[] = [];
    const chips: string[] = [];
    const nearby = nearbyFor(document, { run: (step) => void step() }, lifetime.signal);
    expect(nearbyFor(document, { run: (step) => void step() }, lifetime.signal)).toBe(nearby); // one watcher per page
    const a = nearby.queue<string>((item) => stars.push(item));
    const b = nearby.queue<string>((item) => chips.push(item));
    const [one, two] = [div(true), div(true)];
    a.add('one', one);
    b.add('one', one);
    a.add('two', two);
    a.delete('two');
    NearObserver.reach(one);
    NearObserver.reach(two);
    expect(stars).toEqual(['one']);
    expect(chips).toEqual(['one']);
  });

  it('follows an item onto its new element, and gives up the item the reader is sent to', () => {
    const got: string[] = [];
    const queue = createNearby(lifetime.signal).queue<string>((item) => got.push(item));
    const [old, rendered, other] = [div(true), div(true), div(true)];
    queue.add('entry', old);
    queue.add('entry', rendered); // the site rendered the entry again
    NearObserver.reach(old);
    expect(got).toEqual([]);
    NearObserver.reach(rendered);
    expect(got).toEqual(['entry']);
    queue.add('jumped', other);
    expect(queue.take(other)).toBe('jumped');
    NearObserver.reach(other);
    expect(got).toEqual(['entry']);
  });

  it('counts every element as near where the browser has no observer', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const got: string[] = [];
    createNearby(lifetime.signal).queue<string>((item) => got.push(item)).add('x', div(true));
    expect(got).toEqual(['x']);
  });
});
