// The protocol's transport: an envelope out, an answer back, the error's name kept across the
// trip (so a sender can tell a refusal from a lost worker), and foreign messages left alone.
import { describe, expect, it } from 'vitest';
import { createRouter, createSender, envelope, type Answer, type Envelope } from '../../../lib/protocol/wire';

interface Demo {
  echo(data: { text: string }): { text: string };
  fail(data: null): never;
}

function pair(accept?: (name: string, sender: string) => boolean) {
  const router = createRouter<string>(
    {
      echo: async (data) => ({ text: (data as { text: string }).text }),
      fail: async () => {
        throw Object.assign(new Error('Invalid fail message: data: nope'), { name: 'ValidationError' });
      },
    },
    accept,
  );
  const post = (message: Envelope) =>
    new Promise<Answer | undefined>((resolve) => {
      if (router(structuredClone(message), 'a page', resolve) !== true) resolve(undefined);
    });
  return { router, send: createSender<Demo>(post) };
}

describe('wire', () => {
  it('carries a message and its answer', async () => {
    const { send } = pair();
    expect(await send('echo', { text: 'hi' })).toEqual({ text: 'hi' });
  });

  it('rejects with the handler’s error, its name kept', async () => {
    const { send } = pair();
    await expect(send('fail', null)).rejects.toMatchObject({ name: 'ValidationError', message: 'Invalid fail message: data: nope' });
  });

  it('refuses a message the sender may not send, as a RefusedError', async () => {
    const { send } = pair((name) => name !== 'echo');
    await expect(send('echo', { text: 'hi' })).rejects.toMatchObject({ name: 'RefusedError' });
  });

  it('leaves messages that are not ours, or not its, to other listeners', () => {
    const { router } = pair();
    const respond = () => undefined;
    expect(router({ type: 'lbl:toggle-panel' }, 'x', respond)).toBeUndefined();
    expect(router(envelope<{ other(d: null): null }, 'other'>('other', null), 'x', respond)).toBeUndefined();
    expect(router({ lbl: 'toString', data: null }, 'x', respond)).toBeUndefined();
  });

  it('says so when nobody answered', async () => {
    const send = createSender<Demo>(async () => undefined);
    await expect(send('echo', { text: 'x' })).rejects.toThrow('No answer to echo');
  });
});
