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

  it('keeps a toolbar command that comes before its feature has started, and gives it to that feature', async () => {
    const bus = createBus();
    const heard: string[] = [];
    bus.emit('togglePanel', null);
    bus.emit('togglePanel', null);
    bus.emit('readerView', { toggle: true });
    bus.emit('followSpeaker', { speaker: 'Ann' }); // not a command: nobody hears it, nobody ever will
    const life = new AbortController();
    bus.on('togglePanel', () => heard.push('panel'), life.signal);
    bus.on('followSpeaker', ({ speaker }) => heard.push(speaker), life.signal);
    await Promise.resolve();
    // Both toggles, in order (open, then close, as the reader pressed); the reader view's stays for its feature.
    expect(heard).toEqual(['panel', 'panel']);
    bus.on('readerView', ({ toggle }) => heard.push(`view:${toggle}`), life.signal);
    await Promise.resolve();
    expect(heard).toEqual(['panel', 'panel', 'view:true']);
    // Once delivered, a command is not given again to a later listener.
    bus.on('togglePanel', () => heard.push('late'), life.signal);
    await Promise.resolve();
    expect(heard).toEqual(['panel', 'panel', 'view:true']);
  });
});
