// The saved pages the browser bench loads: the corpus manifest format (`file`, `url`, `liveBlog`...)
// from one or more folders. Also the "plain" twin addresses of generated blogs: the same page at a
// host outside the extension's sites, for figures without the extension in the same browser.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NEWS_DOMAINS } from '../../../lib/sites/news-domains';

/** Suffix of the twin hosts: a reserved TLD that none of the extension's match patterns covers. */
export const PLAIN_SUFFIX = '.plain.test';

export interface BenchPage {
  /** A short name for the tables: `<folder>/<file without pages/ and .html>`. */
  name: string;
  /** Absolute path of the saved HTML. */
  path: string;
  url: string;
  liveBlog: boolean;
  site: string;
}

interface ManifestRow {
  file: string;
  url: string;
  liveBlog: boolean;
  site?: string;
}

/** The twin of `url` at `<host>.plain.test`, same path. */
export function plainTwin(url: string): string {
  const u = new URL(url);
  u.hostname = `${u.hostname}${PLAIN_SUFFIX}`;
  return u.href;
}

/**
 * Reads `<dir>/manifest.json`; throws with the folder's name when it is missing or malformed.
 * `label` prefixes the page names (to tell several folders apart).
 */
export function loadPages(dir: string, label = ''): BenchPage[] {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`no manifest.json in ${dir}`);
  const rows = JSON.parse(readFileSync(manifest, 'utf8')) as ManifestRow[];
  if (!Array.isArray(rows)) throw new Error(`${manifest} is not a JSON array of pages`);
  return rows.map((row, i) => {
    if (typeof row.file !== 'string' || typeof row.url !== 'string' || typeof row.liveBlog !== 'boolean') {
      throw new Error(`${manifest} row ${i}: needs "file", "url" and "liveBlog"`);
    }
    const short = row.file.replace(/^pages\//, '').replace(/\.html?$/, '');
    return {
      name: label ? `${label}/${short}` : short,
      path: resolve(dir, row.file),
      url: row.url,
      liveBlog: row.liveBlog,
      site: row.site ?? new URL(row.url).hostname,
    };
  });
}

/** Whether the extension's detector is declared for `url` (its `*://domain/*`, `*://*.domain/*` patterns). */
export function extensionRunsOn(url: string): boolean {
  const host = new URL(url).hostname;
  return NEWS_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Every host the server must answer for: the real ones and the one wildcard for the twins. */
export function hostsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((u) => new URL(u).hostname).filter((h) => !h.endsWith(PLAIN_SUFFIX))), `*${PLAIN_SUFFIX}`];
}
