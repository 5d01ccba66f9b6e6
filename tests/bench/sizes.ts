// Sizes of the built extension's scripts, raw and gzipped (each file on its own, as the browser
// reads it): the detector runs on every page of the news sites, the reader and its interface only
// on live blogs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  bundle: string;
  files: string[];
  bytes: number;
  gzipped: number;
}

/** Which built files make up each part (a `*` matches a content hash). */
const BUNDLES: Record<string, string[]> = {
  detector: ['detector.js'],
  reader: ['content-scripts/reader.js', 'content-scripts/reader.css'],
  // The reader's features, injected once it runs (a part of `reader` before they were split off).
  'reader interface': ['reader-interface.js'],
  background: ['background.js'],
  library: ['library.html', 'chunks/library-*.js', 'assets/library-*.css'],
};

function expand(dir: string, pattern: string): string[] {
  if (!pattern.includes('*')) return existsSync(join(dir, pattern)) ? [pattern] : [];
  const slash = pattern.lastIndexOf('/');
  const folder = pattern.slice(0, slash);
  const re = new RegExp(`^${pattern.slice(slash + 1).replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
  return existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).filter((f) => re.test(f)).map((f) => `${folder}/${f}`) : [];
}

/** The parts of the build in `dir` (`.output/chrome-mv3`), or [] when it has not been built. */
export function bundleSizes(dir: string): BundleSize[] {
  if (!existsSync(join(dir, 'manifest.json'))) return [];
  return Object.entries(BUNDLES).map(([bundle, patterns]) => {
    const files = patterns.flatMap((p) => expand(dir, p));
    let bytes = 0;
    let gzipped = 0;
    for (const f of files) {
      const body = readFileSync(join(dir, f));
      bytes += body.length;
      gzipped += gzipSync(body, { level: 9 }).length;
    }
    return { bundle, files, bytes, gzipped };
  });
}
