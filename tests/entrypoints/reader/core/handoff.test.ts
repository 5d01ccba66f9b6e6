// How the reader hands its context to its interface script (two scripts, one isolated world).
import { afterEach, describe, expect, it } from 'vitest';
import { handOver, takeOver, type ReaderCore } from '../../../../entrypoints/reader.content/core/handoff';

const core = (signal: AbortSignal): ReaderCore => ({ ready: new Promise(() => undefined), signal, yieldTo: (next) => next() });

describe('handoff', () => {
  afterEach(() => void takeOver());

  it('gives the context to the first interface that asks, and nothing to a second injection', () => {
    const life = new AbortController();
    const handed = core(life.signal);
    handOver(handed);
    expect(takeOver()).toBe(handed);
    expect(takeOver()).toBeNull();
  });

  it('gives nothing once the reader stopped (the extension was reloaded)', () => {
    const life = new AbortController();
    handOver(core(life.signal));
    life.abort();
    expect(takeOver()).toBeNull();
  });

  it('gives nothing when no reader ran in this world', () => {
    expect(takeOver()).toBeNull();
  });
});
