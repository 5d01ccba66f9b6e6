// The cheap check answers two of its questions with XPath in the browser (no element touched) and
// with selector queries and element reads where XPath is missing (linkedom, in Node's tools and
// unit tests). The two must agree, or the browser and the analyser would judge a page apart: every
// HTML fixture, and pages made for the edges, evaluated in Chromium against linkedom.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_HINT, detectQuickly, domGate, domGateByElements } from '../../lib/detect/quick';
import { chromiumExecutable } from '../../tools/browser-path';
import { parseHtml } from '../../tools/dom';
import { ROOT } from './harness';

const FIXTURES = join(ROOT, 'tests/fixtures');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const EDGES: Record<string, string> = {
  'heading after a no-break space': page('', '<h3>\u00a011.04 Uhr: Pegel</h3><h3>\u2003 9.30 Uhr: Fähren</h3>'),
  'digits deep in the first child': page('', '<h2><span><b>12:01</b></span> Goal</h2><h2><a href="#"></a>12:05 Save</h2>'),
  'one digit heading': page('', '<h2>12:01 Goal</h2><h2>Half time</h2>'),
  'empty headings': page('', '<h2></h2><h3> </h3><h4><img alt="1"></h4>'),
  'a live label heading in capitals, hyphen and odd spaces': page('', '<h2>\u2003Match\u00a0EN-DIRECT\n</h2>'),
  'a live label with accents and a Polish letter': page('', '<h3>Relacja na ŻYWO</h3><h4>ÚLTIMA HORA</h4>'),
  'a live word inside a heading': page('', '<h2>Live music tonight</h2><h3>En direct de Nantes</h3><h2></h2>'),
  'one digit heading and a live label': page('', '<h2>12:01 Goal</h2><h4>Liveticker</h4>'),
  'digits only in h1 headings': page('', '<h1>3 dead</h1><h1>12:05 Save</h1><h2>News</h2>'),
  'an h1 with digits and one h2 with digits': page('', '<h1>3 dead</h1><h3>12:05 Save</h3>'),
  'times and amp-timeago': page('', '<time>1</time><amp-timeago>2</amp-timeago><time>3</time>'),
  'two times': page('', '<time>1</time><amp-timeago>2</amp-timeago>'),
  'JSON-LD type in capitals': page('<script type="Application/LD+JSON">{"@type":"LiveBlogPosting"}</script>', '<p>x</p>'),
  'JSON-LD mention that is no type': page('<script type="application/ld+json">{"about":"LiveBlogPosting"}</script>', '<p>x</p>'),
  'JSON-LD in a script of another type': page('<script>var t = {"@type":"LiveBlogPosting"};</script>', '<p>x</p>'),
  'microdata itemtype among others': page('', '<div itemscope itemtype="https://schema.org/NewsArticle http://schema.org/LiveBlogPosting/"></div>'),
  'microdata lookalike': page('', '<div itemscope itemtype="https://example.org/LiveBlogPostingArchive"></div>'),
};

let browser: Browser;
let tab: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true });
  tab = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** The XPath answers for `html` in Chromium: [SCHEMA_HINT, domGate()]. */
async function inChromium(html: string): Promise<[boolean, boolean]> {
  await tab.setContent(html, { waitUntil: 'domcontentloaded' });
  return tab.evaluate(([hint, gate]) => {
    const ask = (expression: string) => document.evaluate(expression, document, null, XPathResult.BOOLEAN_TYPE, null).booleanValue;
    return [ask(hint), ask(gate)] as [boolean, boolean];
  }, [SCHEMA_HINT, domGate()] as const);
}

describe('the cheap check, XPath in Chromium against element reads in linkedom', () => {
  const cases: [string, string][] = [
    ...htmlFiles(FIXTURES).map((f): [string, string] => [f.slice(FIXTURES.length + 1), readFileSync(f, 'utf8')]),
    ...Object.entries(EDGES),
  ];

  it('covers pages of every kind', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('%s: the same gate, and a JSON-LD hint wherever JSON-LD says live', async (_name, html) => {
    const [hint, gate] = await inChromium(html);
    const doc = parseHtml(html);
    expect(gate).toBe(domGateByElements(doc));
    const { signal } = detectQuickly(doc, 'https://www.example-news.example/world/story-ld.1');
    if (signal === 'jsonld') expect(hint).toBe(true);
  });

  it('reads the edges as a reader would expect', async () => {
    const answers: Record<string, [boolean, boolean]> = {};
    for (const [name, html] of Object.entries(EDGES)) answers[name] = await inChromium(html);
    const gate = (name: string) => answers[name]![1];
    const hint = (name: string) => answers[name]![0];
    expect([gate('heading after a no-break space'), gate('digits deep in the first child'), gate('times and amp-timeago')]).toEqual([true, true, true]);
    expect([gate('one digit heading'), gate('empty headings'), gate('two times')]).toEqual([false, false, false]);
    expect([gate('one digit heading and a live label'), gate('digits only in h1 headings'), gate('an h1 with digits and one h2 with digits')]).toEqual([true, false, false]);
    expect([gate('a live label heading in capitals, hyphen and odd spaces'), gate('a live label with accents and a Polish letter')]).toEqual([true, true]);
    expect(gate('a live word inside a heading')).toBe(false);
    expect(hint('JSON-LD type in capitals')).toBe(true);
    expect(hint('JSON-LD in a script of another type')).toBe(false);
  });
});
