// The reader's settings over the storage module: read once, written on change, and kept in step
// with other tabs through the module's watchers.
import { describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../../../../entrypoints/reader.content/core/settings';
import type { LensStorage } from '../../../../entrypoints/shared/storage';
import { readSiteSettings, type GlobalSettings, type SiteSettings } from '../../../../lib/settings';
import { memoryValue } from '../fake-reader';

function storage() {
  const settings = memoryValue<GlobalSettings>({ collapseRepeats: true, readAfterMs: 1500 });
  const sites = new Map<string, ReturnType<typeof memoryValue<SiteSettings>>>();
  const site = (host: string) => {
    if (!sites.has(host)) sites.set(host, memoryValue<SiteSettings>(readSiteSettings(undefined)));
    return sites.get(host)!;
  };
  return { settings, site } satisfies Pick<LensStorage, 'settings' | 'site'>;
}

describe('reader settings', () => {
  it('loads this site’s and the global choices, and writes a change to the right key', async () => {
    const store = storage();
    await store.site('news.example').set({ panelOpen: true, order: 'oldest-first' });
    const life = new AbortController();
    const s = await loadSettings('news.example', store, life.signal);
    expect(s.site).toEqual({ panelOpen: true, order: 'oldest-first' });
    await s.setSite({ panelOpen: false });
    expect(store.site('news.example').value).toEqual({ panelOpen: false, order: 'oldest-first' });
    expect(store.site('other.example').value).toEqual({ panelOpen: false, order: 'site' });
    await s.setGlobal({ collapseRepeats: false, readAfterMs: 1500 });
    expect(store.settings.value).toEqual({ collapseRepeats: false, readAfterMs: 1500 });
  });

  it('hears another tab’s change, and stops listening when the reader stops', async () => {
    const store = storage();
    const life = new AbortController();
    const s = await loadSettings('news.example', store, life.signal);
    const changed = vi.fn();
    s.onChange(changed);
    await store.settings.set({ collapseRepeats: false, readAfterMs: 1500 }); // another tab
    expect(s.global.collapseRepeats).toBe(false);
    expect(changed).toHaveBeenCalledOnce();
    life.abort();
    await store.settings.set({ collapseRepeats: true, readAfterMs: 1500 });
    expect(s.global.collapseRepeats).toBe(false);
  });
});
