// @vitest-environment happy-dom
// The build transform that takes Preact's innerHTML write out of the bundles (addons-linter's
// UNSAFE_VAR_ASSIGNMENT), run on the Preact this project installs: the write is gone, ordinary
// rendering still works, and dangerouslySetInnerHTML refuses instead of parsing HTML.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REFUSAL, preactWithoutInnerHtml, stripInnerHtml } from '../../../tools/preact-without-inner-html';

// Paths through require.resolve: under happy-dom, URL is happy-dom's, which fileURLToPath refuses.
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('preact/package.json')), 'dist');
const ROOT_DIR = dirname(require.resolve('../../../package.json'));
// Inside the project (node_modules/.cache, ignored by git): the test runner imports files there.
const tmp = join(ROOT_DIR, 'node_modules/.cache/lbl-preact-test');
mkdirSync(tmp, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Preact without its innerHTML write', () => {
  it.each(['preact.module.js', 'preact.mjs'])('%s: the write is gone, the refusal is in', (name) => {
    const original = readFileSync(join(dist, name), 'utf8');
    expect(original).toMatch(/\.innerHTML=\w+\.__html/);
    const out = stripInnerHtml(original);
    expect(out).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(out).toContain(REFUSAL);
  });

  it('renders, updates and clears elements as before; dangerouslySetInnerHTML throws', async () => {
    const file = join(tmp, 'preact.mjs');
    writeFileSync(file, stripInnerHtml(readFileSync(join(dist, 'preact.mjs'), 'utf8')));
    const { h, render } = (await import(/* @vite-ignore */ file)) as typeof import('preact');
    const root = document.createElement('div');
    render(h('p', { class: 'a' }, 'Hello <b>world</b>'), root);
    expect(root.innerHTML).toBe('<p class="a">Hello &lt;b&gt;world&lt;/b&gt;</p>');
    render(h('ul', null, h('li', null, 'one'), h('li', null, 'two')), root);
    expect(root.querySelectorAll('li')).toHaveLength(2);
    render(null, root);
    expect(root.childNodes).toHaveLength(0);
    expect(() => render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), root)).toThrow(REFUSAL);
    expect(root.querySelector('img')).toBeNull();
  });

  it('fails loudly when Preact no longer has the code it removes', () => {
    expect(() => stripInnerHtml('export const x = 1;', 'preact.mjs')).toThrow(/no innerHTML write found/);
  });

  it('as a Vite plugin, touches Preact only', () => {
    const plugin = preactWithoutInnerHtml();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('el.innerHTML=x.__html', '/app/entrypoints/reader.content/index.ts')).toBeNull();
    expect(transform('el.innerHTML=x.__html', '/app/node_modules/preact/dist/preact.module.js')?.code).toContain(REFUSAL);
  });
});
