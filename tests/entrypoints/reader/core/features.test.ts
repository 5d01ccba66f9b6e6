// @vitest-environment happy-dom
// Features start from what they declare, in any order: a service is made once, by whoever asks
// first; a feature whose service cannot run here is not started; one failure stops no other.
import { describe, expect, it, vi } from 'vitest';
import { defineFeature, type ReaderContext } from '../../../../entrypoints/reader.content/core/context';
import { startFeatures } from '../../../../entrypoints/reader.content/core/features';
import type { ReadingApi } from '../../../../entrypoints/reader.content/core/reading-api';
import { fakeReader, fixedModel } from '../fake-reader';

const fakeReading = { view: () => ({ available: true }) } as unknown as ReadingApi;

describe('feature runner', () => {
  it('gives each feature its services ready, whatever the order of the list, making each service once', async () => {
    const made = vi.fn((_ctx: ReaderContext) => fakeReading);
    const order: string[] = [];
    const user = defineFeature({ name: 'user', needs: ['reading'], start: (_c, { reading }) => void order.push(`user:${reading === fakeReading}`) });
    const other = defineFeature({ name: 'other', needs: ['reading'], start: () => void order.push('other') });
    const plain = defineFeature({ name: 'plain', start: () => void order.push('plain') });
    const { start } = fakeReader({ model: fixedModel([]), providers: { reading: made } });
    await start(user, other, plain);
    expect(order.sort()).toEqual(['other', 'plain', 'user:true']);
    expect(made).toHaveBeenCalledOnce();
  });

  it('does not start a feature whose service cannot run on this page', async () => {
    const started = vi.fn();
    const { start } = fakeReader({ model: fixedModel([]), providers: { reading: () => null } });
    await start(defineFeature({ name: 'needs-reading', needs: ['reading'], start: started }));
    expect(started).not.toHaveBeenCalled();
  });

  it('reports a failing feature and starts the others', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const started = vi.fn();
    const { start } = fakeReader({ model: fixedModel([]) });
    await start(
      defineFeature({ name: 'broken', start: () => {
        throw new Error('boom');
      } }),
      defineFeature({ name: 'fine', start: started }),
    );
    expect(started).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]?.[0])).toContain('broken');
    error.mockRestore();
  });

  it('given a way to yield, starts each feature in a turn of its own, none in the task that called it', async () => {
    const order: string[] = [];
    const turns: Array<() => void> = [];
    const features = ['a', 'b', 'c'].map((name) => defineFeature({ name, start: () => void order.push(name) }));
    const { ctx } = fakeReader({ model: fixedModel([]) });
    const done = startFeatures(ctx, features, (next) => void turns.push(next));
    await Promise.resolve();
    expect(order).toEqual([]);
    for (let turn = 1; turn <= 3; turn++) {
      turns.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(order).toHaveLength(turn);
    }
    await done;
  });
});
