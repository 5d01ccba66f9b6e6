// Finding 16 of issue 14: on a machine without /usr/bin/chromium the README's commands ended in a
// Playwright stack trace. The lookup's order is tested here with the file check injected, so each
// platform's layout can be checked on any machine.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, browserCandidates, findBrowser, type BrowserSearch } from '../../tools/browser-path';
import { ROOT_DIR } from '../helpers/fixtures';

/** A machine where exactly `installed` are executables. */
function machine(platform: NodeJS.Platform, installed: string[], env: BrowserSearch['env'] = {}, own?: string): BrowserSearch {
  const present = new Set(installed);
  return { platform, env, home: platform === 'darwin' ? '/Users/ana' : '/home/ana', isExecutable: (p) => present.has(p), playwrightChromium: () => own };
}

describe('finding a Chromium-family browser', () => {
  it('takes LBL_CHROMIUM over everything installed', () => {
    const search = machine('linux', ['/usr/bin/chromium', '/opt/chromium-dev/chrome'], { LBL_CHROMIUM: '/opt/chromium-dev/chrome' });
    expect(findBrowser(search)).toBe('/opt/chromium-dev/chrome');
  });

  it('reports an LBL_CHROMIUM that points nowhere instead of quietly using another browser', () => {
    const search = machine('linux', ['/usr/bin/chromium'], { LBL_CHROMIUM: '/opt/nothing/chrome' });
    expect(() => findBrowser(search)).toThrow(BrowserNotFoundError);
    expect(() => findBrowser(search)).toThrow('LBL_CHROMIUM is set to /opt/nothing/chrome, which is not an executable file.');
  });

  it.each<[string, string[], string]>([
    ['Debian/Arch Chromium', ['/usr/bin/chromium', '/usr/bin/google-chrome'], '/usr/bin/chromium'],
    ['Fedora Chromium', ['/usr/bin/chromium-browser', '/usr/bin/microsoft-edge'], '/usr/bin/chromium-browser'],
    ['Ubuntu snap Chromium before Chrome', ['/snap/bin/chromium', '/opt/google/chrome/chrome'], '/snap/bin/chromium'],
    ['Chrome from its .deb', ['/opt/google/chrome/chrome', '/usr/bin/microsoft-edge-stable'], '/opt/google/chrome/chrome'],
    ['Edge alone', ['/opt/microsoft/msedge/msedge'], '/opt/microsoft/msedge/msedge'],
    ['Chromium from Flathub, per user', ['/home/ana/.local/share/flatpak/exports/bin/org.chromium.Chromium'], '/home/ana/.local/share/flatpak/exports/bin/org.chromium.Chromium'],
  ])('Linux: %s', (_name, installed, expected) => {
    expect(findBrowser(machine('linux', installed))).toBe(expected);
  });

  it('Linux: a Chromium somewhere on PATH (Nix, /usr/local) when no usual place has one', () => {
    const search = machine('linux', ['/nix/profile/bin/chromium'], { PATH: '/usr/local/bin:/nix/profile/bin' });
    expect(findBrowser(search)).toBe('/nix/profile/bin/chromium');
  });

  it('macOS: Chromium, then Chrome, then Edge, in /Applications or ~/Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser(machine('darwin', [edge, chrome, chromium]))).toBe(chromium);
    expect(findBrowser(machine('darwin', [edge, chrome]))).toBe(chrome);
    expect(findBrowser(machine('darwin', [edge]))).toBe(edge);
  });

  it('Windows: per-user installs in LocalAppData, then Program Files; Chrome before Edge', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const userChrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser(machine('win32', [edge, chrome, userChrome], env))).toBe(userChrome);
    expect(findBrowser(machine('win32', [edge, chrome], env))).toBe(chrome);
    expect(findBrowser(machine('win32', [edge], env))).toBe(edge);
    // Without the variables, the default folders are still searched.
    expect(findBrowser(machine('win32', [edge]))).toBe(edge);
  });

  it("falls back to Playwright's own Chromium only when nothing else is installed", () => {
    const own = '/home/ana/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';
    expect(findBrowser(machine('linux', [own, '/usr/bin/google-chrome'], {}, own))).toBe('/usr/bin/google-chrome');
    expect(findBrowser(machine('linux', [own], {}, own))).toBe(own);
  });

  it.each<[NodeJS.Platform, RegExp]>([
    ['linux', /apt-get install chromium.*dnf install chromium.*pacman -S chromium/],
    ['darwin', /brew install --cask chromium/],
    ['win32', /install Google Chrome or Microsoft Edge/],
  ])('%s with no browser: one line saying what to install and naming LBL_CHROMIUM', (platform, hint) => {
    const error = (() => {
      try {
        findBrowser(machine(platform, [], { PATH: '/usr/bin' }));
      } catch (e) {
        return e as Error;
      }
      throw new Error('found a browser on an empty machine');
    })();
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error.message).toMatch(hint);
    expect(error.message).toContain('LBL_CHROMIUM');
    expect(error.message).not.toContain('\n');
  });

  it('lists each place once, Chromium before Chrome before Edge on every platform', () => {
    const rank = (p: string) => (/edge/i.test(p) ? 2 : /chromium/i.test(p) ? 0 : 1);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const places = browserCandidates({ platform, env: {}, home: '/home/ana' });
      expect(new Set(places).size).toBe(places.length);
      const ranks = places.map(rank);
      expect(ranks).toEqual([...ranks].sort());
      expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
    }
  });

  it('npm start and npm test begin with a check that prints the one line and exits 1', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'tools/check-browser.ts')], {
      cwd: ROOT_DIR,
      env: { ...process.env, LBL_CHROMIUM: '/opt/nothing/chromium' },
    }).then(() => null, (e: { code: number; stdout: string; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1, stdout: '', stderr: 'LBL_CHROMIUM is set to /opt/nothing/chromium, which is not an executable file.\n' });
  }, 30_000);
});
