// `npm run analyze`, the JSON contract for tests and tools, run as a reader would run it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '../../tools/analyze';
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

// Each spawned run starts Node and tsx (2-5 s on a busy 2-core machine): more than the default 5 s.
describe('npm run analyze', { timeout: 30_000 }, () => {
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

  // Finding 12 of issue 14: these crashed with an internal error, or said `isLiveBlog: false` about
  // a binary file as though it had been read as a page.
  const notPages: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty.html', '', /empty\.html is empty, not an HTML page/],
    ['blank.html', ' \n\t\n', /only white space/],
    ['notes.txt', 'Minister quits at 10.15.\nMore to follow. 3 < 4 and 5 > 2.\n', /notes\.txt is plain text/],
    ['report.json', JSON.stringify({ isLiveBlog: true, entries: [{ id: '<p>x</p>' }] }), /report\.json is JSON/],
    ['image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /image\.png is a binary file/],
    ['feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title></channel></rss>', /<rss> markup/],
    ['icon.svg', '<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', /<svg> markup/],
  ];
  // In-process (the same function the command runs), so the table costs no process start each.
  it.each(notPages)('refuses %s with one line on stderr, nothing on stdout and status 1', async (name, body, message) => {
    const file = join(tmp, name);
    writeFileSync(file, body);
    const { code, stdout, stderr } = await runAnalyze([file, '--url', 'https://www.bbc.co.uk/news/live/x']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(stderr).not.toMatch(/Cannot destructure|TypeError|at .*\.ts:\d+/);
  });

  it('still reads a page saved as UTF-16 with its byte-order mark, and a bare fragment', async () => {
    const page = '<!doctype html><title>Budget</title><h1>Budget – Straße</h1><p>The chancellor set out her plans.</p>';
    const utf16 = join(tmp, 'utf16.html');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]));
    const read = await runAnalyze([utf16, '--url', 'https://www.theguardian.com/politics/2026/nov/29/budget']);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ isLiveBlog: false, title: 'Budget – Straße' });
    const fragment = join(tmp, 'fragment.html');
    writeFileSync(fragment, '<article><h2>Update</h2><p>Roads reopen.</p></article>');
    expect((await runAnalyze([fragment])).code).toBe(0);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'])(
    'refuses --url %s: only http(s) addresses',
    async (url) => {
      const { code, stdout, stderr } = await runAnalyze([DEMO, '--url', url]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('--url must be an http(s) address')]);
    },
  );

  it('ignores a javascript: canonical link and falls back to a neutral address', async () => {
    const file = join(tmp, 'canonical.html');
    writeFileSync(file, '<!doctype html><link rel="canonical" href="javascript:alert(1)"><title>X</title><p>Text.</p>');
    const { code, stdout } = await runAnalyze([file]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('javascript:');
    expect(JSON.parse(stdout).site).toBe('localhost');
  });

  it('as a command, exits 1 with the one line for an empty file and a javascript: URL', async () => {
    const empty = join(tmp, 'empty-cli.html');
    writeFileSync(empty, '');
    const a = await analyze(empty);
    expect([a.code, a.stdout, a.stderr]).toEqual([1, '', `analyze: ${empty} is empty, not an HTML page\n`]);
    const b = await analyze(DEMO, '--url', 'javascript:alert(1)');
    expect(b.code).toBe(1);
    expect(b.stderr.trim().split('\n')).toEqual([expect.stringContaining('--url must be an http(s) address, not javascript:')]);
  });
});
