// The README's reader-view screenshots (reader-view-screenshots.ts), taken here into a temp folder:
// four PNGs, light and dark, 1280 and 390 px wide, so `npm run screenshots:reader` keeps working.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { READER_SHOTS, writeReaderViewScreenshots } from './reader-view-screenshots';

const dir = mkdtempSync(join(tmpdir(), 'lbl-reader-shots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reader view screenshots', () => {
  it('writes the four, each at its width', async () => {
    const written = await writeReaderViewScreenshots(dir);
    expect(written.map((f) => basename(f))).toEqual(READER_SHOTS.map((s) => s.file));
    for (const [i, file] of written.entries()) {
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([READER_SHOTS[i]!.width, READER_SHOTS[i]!.height]);
    }
  }, 120_000);
});
