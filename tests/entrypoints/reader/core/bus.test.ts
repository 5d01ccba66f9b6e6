// The reader's typed in-page bus.
import { describe, expect, it, vi } from 'vitest';
import { createBus } from '../../../../entrypoints/reader.content/core/bus';

describe('bus', () => {
  it('delivers each event to its listeners in order, until their signal aborts', () => {
    const bus = createBus();
    const heard: string[] = [];
    const life = new AbortController();
    bus.on('followSpeaker', ({ speaker }) => heard.push(`1:${speaker}`), life.signal);
    bus.on('followSpeaker', ({ speaker }) => heard.push(`2:${speaker}`), new AbortController().signal);
    bus.on('filterChanged', () => heard.push('other event'), life.signal);
    bus.emit('followSpeaker', { speaker: 'Ann' });
    life.abort();
    bus.emit('followSpeaker', { speaker: 'Bo' });
    expect(heard).toEqual(['1:Ann', '2:Ann', '2:Bo']);
  });

  it('keeps going when a listener throws', () => {
    const bus = createBus();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    const life = new AbortController();
    bus.on('togglePanel', () => {
      throw new Error('broken feature');
    }, life.signal);
    bus.on('togglePanel', after, life.signal);
    bus.emit('togglePanel', null);
    expect(after).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
