// `npm run icons`: renders the SVG sources in store/icons/ to the PNGs the manifest names
// (public/icons/icon-<size>.png), in the same Chromium the tests use, plus a preview sheet of every
// size on light and dark toolbar colours (store/icons/preview.png) to check them by eye.
// The 16 px icon has its own drawing on the pixel grid; the larger ones scale the full drawing.
import { mkdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable } from './browser-path';
import { ROOT } from './packages';

/** The sizes the manifest declares (toolbar 16/32, extensions page 48, stores 96/128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const SOURCE_DIR = resolve(ROOT, 'store/icons');
const OUT_DIR = resolve(ROOT, 'public/icons');
const sourceFor = (size: number) => resolve(SOURCE_DIR, size <= 16 ? 'icon-16.svg' : 'icon.svg');
const dataUrl = (file: string) => `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;

// Toolbar colours of Chrome and Firefox, light and dark.
const TOOLBARS = ['#ffffff', '#f1f3f4', '#f9f9fb', '#35363a', '#2b2a33', '#202124'];

const browser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${dataUrl(sourceFor(size))}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const out = resolve(OUT_DIR, `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    process.stdout.write(`${relative(process.cwd(), out)}\n`);
  }

  // The preview: each toolbar colour a row, each size at 1:1 and the 16 px one also enlarged 4x.
  const png = (s: number) => `data:image/png;base64,${readFileSync(resolve(OUT_DIR, `icon-${s}.png`)).toString('base64')}`;
  const rows = TOOLBARS.map(
    (bg) =>
      `<div style="background:${bg};display:flex;align-items:center;gap:16px;padding:8px 12px">` +
      ICON_SIZES.map((s) => `<img src="${png(s)}" width="${s}" height="${s}">`).join('') +
      `<img src="${png(16)}" width="64" height="64" style="image-rendering:pixelated"></div>`,
  ).join('');
  await page.setViewportSize({ width: 480, height: 144 * TOOLBARS.length });
  await page.setContent(`<body style="margin:0">${rows}</body>`);
  const preview = resolve(SOURCE_DIR, 'preview.png');
  await page.locator('body').screenshot({ path: preview });
  process.stdout.write(`${relative(process.cwd(), preview)}\n`);
} finally {
  await browser.close();
}
