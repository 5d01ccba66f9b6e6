// Stored values made valid: whatever a profile holds, the reader gets a usable setting.
import { describe, expect, it } from 'vitest';
import { readBlogChanged, readDisabledSites, readEnabledSites, readGlobalSettings, readPrivateWindows, readSiteSettings } from '../../lib/settings';

describe('stored settings', () => {
  it('fill in defaults and drop fields of the wrong type or unknown values', () => {
    expect(readGlobalSettings(undefined)).toEqual({ collapseRepeats: true, readAfterMs: 1500 });
    expect(readGlobalSettings({ collapseRepeats: 'no', extra: 1 })).toEqual({ collapseRepeats: true, readAfterMs: 1500 });
    // The read-after delay: one of the offered choices ("never" is 0), else the default.
    expect(readGlobalSettings({ readAfterMs: 3000 }).readAfterMs).toBe(3000);
    expect(readGlobalSettings({ readAfterMs: 0 }).readAfterMs).toBe(0);
    expect(readGlobalSettings({ readAfterMs: 10 }).readAfterMs).toBe(1500);
    expect(readGlobalSettings({ readAfterMs: '3000' }).readAfterMs).toBe(1500);
    expect(readDisabledSites(['www.bbc.co.uk', 3, null])).toEqual(['www.bbc.co.uk']);
    expect(readDisabledSites('www.bbc.co.uk')).toEqual([]);
    expect(readSiteSettings({ panelOpen: true })).toEqual({ panelOpen: true, order: 'site' });
    expect(readSiteSettings({ panelOpen: 1, order: 'random' })).toEqual({ panelOpen: false, order: 'site' });
    expect(readSiteSettings({ order: 'oldest-first' }).order).toBe('oldest-first');
  });

  it('keep private windows off unless exactly on, and only host names among the enabled sites', () => {
    expect([readPrivateWindows(undefined), readPrivateWindows('true'), readPrivateWindows(true)]).toEqual([false, false, true]);
    expect(readEnabledSites(['a.example', 3, null, 'b.example'])).toEqual(['a.example', 'b.example']);
    expect(readEnabledSites('a.example')).toEqual([]);
  });

  it('read a "blog changed" note only when it is one', () => {
    expect(readBlogChanged({ blog: 'https://x.example/live', tab: 't1', at: 5 })).toEqual({ blog: 'https://x.example/live', tab: 't1', at: 5 });
    expect(readBlogChanged({ blog: 'x', tab: 't1' })).toBeNull();
    expect(readBlogChanged(null)).toBeNull();
  });
});
