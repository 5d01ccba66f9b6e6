// @vitest-environment happy-dom
// The build transform that takes @mozilla/readability's two innerHTML writes out of the reader
// view's bundle, run on the Readability this project installs: no write is left, and the
// transformed Readability still finds the article of a page (its retry path included) and unwraps
// a <noscript> image as before.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readabilityWithoutInnerHtml, readabilityWithoutInnerHtmlPlugin } from '../../../tools/readability-without-inner-html';

const require = createRequire(import.meta.url);
const SOURCE = require.resolve('@mozilla/readability/Readability.js');
const ROOT_DIR = dirname(require.resolve('../../../package.json'));
const tmp = join(ROOT_DIR, 'node_modules/.cache/lbl-readability-test');
mkdirSync(tmp, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type ReadabilityClass = new (doc: Document, options?: object) => { parse(): { textContent: string; content: string } | null };

describe('Readability without its innerHTML writes', () => {
  it('has none left', () => {
    const original = readFileSync(SOURCE, 'utf8');
    expect(original).toMatch(/\.innerHTML\s*=[^=]/);
    expect(readabilityWithoutInnerHtml(original)).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('still reads an article, starting again from its copy of the page, and unwraps a noscript image', () => {
    const file = join(tmp, 'Readability.cjs');
    writeFileSync(file, readabilityWithoutInnerHtml(readFileSync(SOURCE, 'utf8')));
    const Readability = require(file) as ReadabilityClass;
    const words = 'The council met on Monday and agreed the new budget after a long debate about the roads. ';
    const html = `<html><body><div class="share">Share this</div><article><h1>Budget</h1><p>${words.repeat(4)}</p><p>${words.repeat(3)}</p>` +
      `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p><noscript><img src="https://news.example/photo.jpg"></noscript></article></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // A threshold above the text's length makes Readability start again from its copy, every attempt.
    const article = new Readability(doc, { charThreshold: 100_000 }).parse();
    expect(article?.textContent).toContain('agreed the new budget');
    const again = new Readability(new DOMParser().parseFromString(html, 'text/html')).parse();
    expect(again?.content).toContain('https://news.example/photo.jpg');
  });

  it('fails loudly when Readability no longer has the code it edits, and touches Readability only', () => {
    expect(() => readabilityWithoutInnerHtml('export const x = 1;')).toThrow(/update the edits/);
    const transform = readabilityWithoutInnerHtmlPlugin().transform as (code: string, id: string) => { code: string } | null;
    expect(transform('x.innerHTML = y;', '/p/node_modules/preact/dist/preact.mjs')).toBeNull();
  });
});
