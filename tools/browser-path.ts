// Finds a Chromium-family browser for `npm start`, `npm test` and the tools that drive one.
// Order: LBL_CHROMIUM, then Chromium, Chrome and Edge in their usual places for this platform,
// then those commands on PATH, then the browser Playwright downloads itself. Chromium comes first
// because branded Chrome (137+) and Edge may ignore `--load-extension`, which the tests rely on.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  /** True when `path` is an executable file (injected so the order can be tested anywhere). */
  isExecutable(path: string): boolean;
  /** Where Playwright would keep its own Chromium, if anywhere. */
  playwrightChromium?: () => string | undefined;
}

/** No browser was found, or LBL_CHROMIUM points nowhere: the message is the whole story. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

// Command names on PATH, in the same browser order as the fixed places.
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable'];

function linuxPlaces(home: string): string[] {
  const flatpak = (app: string) => [`/var/lib/flatpak/exports/bin/${app}`, `${home}/.local/share/flatpak/exports/bin/${app}`];
  return [
    // Chromium: Debian and Arch (/usr/bin/chromium), Fedora and older Ubuntu (chromium-browser),
    // Ubuntu's snap, Flathub.
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/usr/lib64/chromium-browser/chromium-browser',
    '/snap/bin/chromium', ...flatpak('org.chromium.Chromium'),
    // Google Chrome: the .deb/.rpm/AUR packages, Flathub.
    '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', ...flatpak('com.google.Chrome'),
    // Microsoft Edge.
    '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge', ...flatpak('com.microsoft.Edge'),
  ];
}

function macPlaces(home: string): string[] {
  const apps = [
    'Chromium.app/Contents/MacOS/Chromium',
    'Google Chrome.app/Contents/MacOS/Google Chrome',
    'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ];
  // Each browser in /Applications, then in the reader's own ~/Applications.
  return apps.flatMap((app) => [posix.join('/Applications', app), posix.join(home, 'Applications', app)]);
}

function windowsPlaces(env: BrowserSearch['env']): string[] {
  const programFiles = env.ProgramFiles ?? env.PROGRAMFILES ?? 'C:\\Program Files';
  const programFilesX86 = env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)';
  const localAppData = env.LOCALAPPDATA ?? env.LocalAppData;
  const roots = [localAppData, programFiles, programFilesX86].filter((r): r is string => !!r);
  const under = (...rest: string[]) => roots.map((root) => win32.join(root, ...rest));
  return [
    ...under('Chromium', 'Application', 'chrome.exe'),
    ...under('Google', 'Chrome', 'Application', 'chrome.exe'),
    ...under('Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ];
}

/** Every place looked at after LBL_CHROMIUM and before Playwright's own browser, in order. */
export function browserCandidates(search: Pick<BrowserSearch, 'platform' | 'env' | 'home'>): string[] {
  const { platform, env, home } = search;
  const places =
    platform === 'win32' ? windowsPlaces(env) : platform === 'darwin' ? macPlaces(home) : linuxPlaces(home);
  const path = platform === 'win32' ? win32 : posix;
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const names = platform === 'win32' ? COMMANDS.map((c) => `${c}.exe`) : COMMANDS;
  const onPath = names.flatMap((name) => dirs.map((dir) => path.join(dir, name)));
  return [...new Set([...places, ...onPath])];
}

/** What to install, in one line, for this platform. */
export function installHint(platform: NodeJS.Platform): string {
  const what =
    platform === 'darwin'
      ? 'install Chromium (brew install --cask chromium) or Google Chrome'
      : platform === 'win32'
        ? 'install Google Chrome or Microsoft Edge'
        : 'install Chromium (Debian: apt-get install chromium; Ubuntu: snap install chromium; Fedora: dnf install chromium; Arch: pacman -S chromium)';
  return `No Chromium-family browser found: ${what}, or set LBL_CHROMIUM to the browser's executable.`;
}

/** The browser to launch; throws BrowserNotFoundError with a one-line message when there is none. */
export function findBrowser(search: BrowserSearch): string {
  const chosen = search.env.LBL_CHROMIUM?.trim();
  if (chosen) {
    // An explicit choice that does not exist is a mistake to report, not a reason to pick another.
    if (!search.isExecutable(chosen)) throw new BrowserNotFoundError(`LBL_CHROMIUM is set to ${chosen}, which is not an executable file.`);
    return chosen;
  }
  const found =
    browserCandidates(search).find((path) => search.isExecutable(path)) ??
    [search.playwrightChromium?.()].find((path): path is string => !!path && search.isExecutable(path));
  if (!found) throw new BrowserNotFoundError(installHint(search.platform));
  return found;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let found: string | undefined;

/** `findBrowser` on this machine (looked up once per process). */
export function chromiumExecutable(): string {
  found ??= findBrowser({
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isExecutable: isExecutableFile,
    playwrightChromium: playwrightsOwnChromium,
  });
  return found;
}

// `npx playwright install chromium` puts a browser where playwright-core knows to find it. Asked
// only when nothing else was found, so a plain lookup never loads Playwright.
function playwrightsOwnChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}
