// The store-facing manifest fields (issue 14, finding 15): icons at every size the stores and
// toolbars use, pointing at real PNGs of that size; Firefox's data-consent key saying we collect
// nothing, with the minimum versions that key needs (or addons-linter warns).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { ROOT_DIR } from '../../helpers/fixtures';
import { browserMessages } from '../../helpers/i18n';

type Manifest = Record<string, unknown> & {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const make = config.manifest as (env: object) => Manifest | Promise<Manifest>;
  return make({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
}

/** A manifest string with its `__MSG_x__` reference read from the English messages, as the browser reads it. */
const english = (value: string) => value.replace(/^__MSG_(\w+)__$/, (_m, key: string) => browserMessages('en').get(key.toLowerCase()) ?? `missing ${key}`);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(resolve(ROOT_DIR, 'public', file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the manifest', () => {
  it.each(['chrome', 'firefox'] as const)('%s: icons 16-128 px and a toolbar icon, each a PNG of its size', async (browser) => {
    const manifest = await manifestFor(browser);
    expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual([16, 32, 48, 96, 128]);
    const declared = { ...manifest.icons, ...manifest.action?.default_icon };
    expect(Object.keys(manifest.action?.default_icon ?? {})).toEqual(expect.arrayContaining(['16', '32']));
    for (const [size, file] of Object.entries(declared)) expect(pngSize(file)).toEqual([Number(size), Number(size)]);
  });

  it('each size is its own rendering, not one placeholder copied five times', () => {
    // A blank or copied file would repeat a size in bytes; real renderings of one drawing differ.
    const sizes = [16, 32, 48, 96, 128].map((s) => readFileSync(resolve(ROOT_DIR, `public/icons/icon-${s}.png`)).length);
    expect(new Set(sizes).size).toBe(5);
    expect(Math.min(...sizes)).toBeGreaterThan(200);
  });

  it('Firefox: declares that no data is collected, with the minimum versions that key needs', async () => {
    const gecko = (await manifestFor('firefox')).browser_specific_settings;
    expect(gecko?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(parseFloat(String(gecko?.gecko?.strict_min_version))).toBeGreaterThanOrEqual(140);
    expect(parseFloat(String(gecko?.gecko_android?.strict_min_version))).toBeGreaterThanOrEqual(142);
  });

  it.each(['chrome', 'firefox'] as const)('%s: a name and description within the stores\' limits (45 and 132 characters), in English by default', async (browser) => {
    const manifest = (await manifestFor(browser)) as { name: string; description: string; default_locale?: string };
    // They come from locales/<lang>.yml (tests/unit/i18n/locales.test.ts holds every language to these limits).
    expect(manifest.default_locale).toBe('en');
    const { name, description } = { name: english(manifest.name), description: english(manifest.description) };
    expect(name).toBe('Liveblog Lens');
    expect(name.length).toBeLessThanOrEqual(45);
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(132);
  });

  it('Chrome: no Firefox-only keys (Chrome warns about unknown ones)', async () => {
    expect((await manifestFor('chrome')).browser_specific_settings).toBeUndefined();
  });
});

describe('the store listing (store/listing.md)', () => {
  const listing = readFileSync(resolve(ROOT_DIR, 'store/listing.md'), 'utf8');
  const short = Object.fromEntries([...listing.matchAll(/^- \*\*(\w\w)\*\*: (.+)$/gm)].map((m) => [m[1]!, m[2]!]));

  it('has a short description in the six interface languages, each within 132 characters', () => {
    expect(Object.keys(short).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pl']);
    for (const text of Object.values(short)) expect(text.length).toBeLessThanOrEqual(132);
  });

  it("the English one is the manifest's description", async () => {
    expect(short.en).toBe(english((await manifestFor('chrome')).description as string));
  });
});
