// `npm run analyze`, the JSON contract for tests and tools, run as a reader would run it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../helpers/fixtures';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', join(ROOT_DIR, 'tools/analyze.ts')];
const DEMO = join(ROOT_DIR, 'tests/fixtures/demo/liveblog.html');
const tmp = mkdtempSync(join(tmpdir(), 'lbl-analyze-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { cwd: ROOT_DIR });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run analyze', () => {
  it('prints the contract JSON for a live blog: entries with repeats and speakers filled', async () => {
    const url = 'https://www.theguardian.com/lens-demo/live/2026/nov/29/northern-sea-summit-live';
    const { code, stdout } = await analyze(DEMO, '--url', url);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['isLiveBlog', 'site', 'title', 'entries', 'related', 'speakers']);
    expect(report).toMatchObject({ isLiveBlog: true, site: 'guardian' });
    expect(Object.keys(report.entries[0])).toEqual([
      'id', 'time', 'title', 'text', 'author', 'permalink', 'pinned', 'keyEvent', 'duplicateOf', 'speakers',
    ]);
    // The pinned copy collapses onto its original, which stays open.
    const pinned = report.entries.find((e: { pinned: boolean }) => e.pinned);
    expect(pinned.duplicateOf).toBe(pinned.id);
    expect(report.entries.filter((e: { id: string; duplicateOf: string | null }) => e.id === pinned.id && !e.duplicateOf)).toHaveLength(1);
    expect(report.speakers[0]).toEqual({ name: expect.any(String), entries: expect.any(Number) });
    expect(report.entries.some((e: { speakers: string[] }) => e.speakers.length > 0)).toBe(true);
  });

  it('says isLiveBlog false, with no entries, for an ordinary article', async () => {
    const file = join(tmp, 'article.html');
    writeFileSync(file, '<!doctype html><title>Budget</title><h1>Budget</h1><p>The chancellor set out her plans.</p>');
    const { code, stdout } = await analyze(file, '--url', 'https://www.theguardian.com/politics/2026/nov/29/budget');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ isLiveBlog: false, entries: [], speakers: [] });
  });

  it('exits non-zero with a one-line message for a missing file or a bad URL', async () => {
    const missing = await analyze(join(tmp, 'nope.html'));
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringContaining('no such file')]);
    const badUrl = await analyze(DEMO, '--url', 'not a url');
    expect(badUrl.code).not.toBe(0);
    expect(badUrl.stderr).toContain('not an absolute URL');
  });
});
