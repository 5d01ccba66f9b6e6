// The toolbar badge for a tab's new entries (issue 13, point 5): its text, the tab it touches, and
// the message's check (a page's reader may only send a small whole count).
import { describe, expect, it, vi } from 'vitest';
import { badgeText, setTabBadge } from '../../../entrypoints/background/tab-ui';
import { MESSAGES, accepts } from '../../../lib/protocol/messages';
import { parse } from '../../../lib/protocol/validate';

describe('badge', () => {
  it('shows the count, nothing at zero, and stays short', () => {
    expect([0, 1, 42, 999, 1000].map(badgeText)).toEqual(['', '1', '42', '999', '999+']);
  });

  it('sets the sender tab only, and clears it at zero', async () => {
    const action = { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) };
    await setTabBadge(action as never, 7, 3);
    await setTabBadge(action as never, 7, 0);
    await setTabBadge(action as never, undefined, 5); // not from a tab: nothing
    expect(action.setBadgeText.mock.calls).toEqual([[{ tabId: 7, text: '3' }], [{ tabId: 7, text: '' }]]);
  });

  it('takes setBadge only from content scripts, with a whole count', () => {
    expect(accepts('setBadge', 'content')).toBe(true);
    expect(accepts('setBadge', 'extension')).toBe(false);
    expect(parse('setBadge', MESSAGES.setBadge.data, { count: 4 })).toEqual({ count: 4 });
    for (const bad of [{ count: -1 }, { count: 1.5 }, { count: '3' }, {}, null]) {
      expect(() => parse('setBadge', MESSAGES.setBadge.data, bad)).toThrow(/Invalid setBadge/);
    }
  });
});
