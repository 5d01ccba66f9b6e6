// "Never render page text as HTML": no HTML string sinks in the extension's own code. The build
// also strips Preact's one sink (tools/preact-without-inner-html.ts), which is only sound while
// this holds: a dangerouslySetInnerHTML here would throw in the shipped build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../helpers/fixtures';

const SINKS: Array<[string, RegExp]> = [
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['innerHTML =', /\.innerHTML\s*[+]?=(?!=)/],
  ['outerHTML =', /\.outerHTML\s*[+]?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\s*\(/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|tsx|js|jsx)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** The code without comments (a comment may name a sink to explain why it is not used). */
function code(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('HTML sinks', () => {
  const files = ['entrypoints', 'components', 'lib'].flatMap((dir) => sourceFiles(join(ROOT_DIR, dir)));

  it('finds the extension code to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(SINKS)('no %s in entrypoints/, components/ or lib/', (_name, sink) => {
    const hits = files.filter((f) => sink.test(code(f))).map((f) => relative(ROOT_DIR, f));
    expect(hits).toEqual([]);
  });

  it('the check itself catches a sink', () => {
    expect(SINKS.some(([, re]) => re.test('el.innerHTML = page.title;'))).toBe(true);
    expect(SINKS.some(([, re]) => re.test('<div dangerouslySetInnerHTML={{ __html: t }} />'))).toBe(true);
    expect(SINKS.some(([, re]) => re.test('if (el.innerHTML === "") return;'))).toBe(false);
  });
});
