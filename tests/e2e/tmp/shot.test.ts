import { it } from 'vitest';
import { GUARDIAN_BLOG, guardianRoutes } from '../../fixtures/blogs/paginated-guardian';
import { openReaderView } from '../reader-view-page';
import { useLens } from '../setup';
const lens = useLens({ routes: guardianRoutes() });
it('shots', async () => {
  for (const [w, h] of [[1280, 800], [390, 844]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await lens.open(GUARDIAN_BLOG, { count: 6, before: async (p) => { await p.setViewportSize({ width: w, height: h }); await p.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); } });
      const view = await openReaderView(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `.lbl/shots/view-${w}-${scheme}.png` });
      await page.close();
    }
  }
}, 120000);
