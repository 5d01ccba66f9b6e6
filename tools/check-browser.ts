// `npm start` and `npm test` run this first: with no Chromium-family browser they would end in a
// Playwright stack trace minutes later; this says in one line what to install, at once.
import { BrowserNotFoundError, chromiumExecutable } from './browser-path';

try {
  chromiumExecutable();
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
