// The page's side of a write: resend when the worker went away, never when the message was refused.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { isFinalError, sendWithRetry } from '../../../lib/protocol/retry';
import { ValidationError } from '../../../lib/protocol/validate';
import { BLOG, newFactory, openBlog, sampleEntries, testDb } from '../store/helpers';

const instant = { sleep: async () => {} };

describe('sendWithRetry', () => {
  it('resends after a lost connection and resolves with the answer', async () => {
    let calls = 0;
    const answer = await sendWithRetry(async () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'ok';
    }, instant);
    expect(answer).toBe('ok');
    expect(calls).toBe(3);
  });

  it('does not resend a refused message', async () => {
    let calls = 0;
    const refused = () => {
      calls++;
      return Promise.reject(new ValidationError('Invalid markRead message: data.entryIds: expected an array'));
    };
    await expect(sendWithRetry(refused, instant)).rejects.toThrow('Invalid markRead');
    expect(calls).toBe(1);
    // After serialisation across messaging only name and message may survive.
    expect(isFinalError(Object.assign(new Error('Invalid setStar message: data'), { name: 'Error' }))).toBe(true);
    expect(isFinalError(new Error('The message port closed before a response was received.'))).toBe(false);
  });

  it('gives up after the last attempt', async () => {
    let calls = 0;
    const lost = () => {
      calls++;
      return Promise.reject(new Error('No response'));
    };
    await expect(sendWithRetry(lost, { ...instant, attempts: 3 })).rejects.toThrow('No response');
    expect(calls).toBe(3);
  });

  it('a write whose worker stopped mid-way lands once when resent to the restarted worker', async () => {
    const factory = newFactory();
    let worker = createHandlers(testDb(factory), { isIncognito: () => false, storeIncognito: () => false });
    await openBlog(worker, { url: BLOG, title: 'Live', site: 'guardian', entries: sampleEntries(3) }, {});
    let first = true;
    const result = await sendWithRetry(async () => {
      const write = worker.markRead({ blog: BLOG, entryIds: ['block-0', 'block-1'] }, {});
      if (first) {
        // The write commits, but the worker is stopped before the answer gets back.
        first = false;
        await write;
        worker = createHandlers(testDb(factory), { isIncognito: () => false, storeIncognito: () => false });
        throw new Error('The message port closed before a response was received.');
      }
      return write;
    }, instant);
    expect(result).toEqual({ changed: 0, stored: true });
    expect((await worker.getBlogState({ blog: BLOG }, {})).read.sort()).toEqual(['block-0', 'block-1']);
  });
});
