// The `setSiteEnabled` message's check: only extension pages may send it, and only a plain host
// name passes (never a match pattern, a URL or an upper-case spelling the browser would not match).
import { describe, expect, it } from 'vitest';
import { accepts, MESSAGES } from '../../../lib/protocol/messages';
import { parse } from '../../../lib/protocol/validate';

const check = (data: unknown) => parse('setSiteEnabled', MESSAGES.setSiteEnabled.data, data);

describe('setSiteEnabled', () => {
  it('comes only from extension pages', () => {
    expect(accepts('setSiteEnabled', 'extension')).toBe(true);
    expect(accepts('setSiteEnabled', 'content')).toBe(false);
  });

  it('takes a host, on or off, and an optional tab', () => {
    expect(check({ host: 'blog.example.org', enabled: true, tabId: 12 })).toEqual({ host: 'blog.example.org', enabled: true, tabId: 12 });
    expect(check({ host: 'localhost', enabled: false })).toEqual({ host: 'localhost', enabled: false });
  });

  it.each([
    { host: '*', enabled: true },
    { host: '*.example.org', enabled: true },
    { host: 'https://example.org', enabled: true },
    { host: 'Example.org', enabled: true },
    { host: '', enabled: true },
    { host: 'example.org', enabled: 'yes' },
    { host: 'example.org', enabled: true, tabId: -1 },
    null,
  ])('refuses %j', (data) => {
    expect(() => check(data)).toThrow(/Invalid setSiteEnabled/);
  });
});
