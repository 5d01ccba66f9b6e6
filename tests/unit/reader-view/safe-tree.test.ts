// @vitest-environment happy-dom
// The reader view's allowlist (lib/reader-view/safe-tree.ts) and Readability's cleaning before it
// (clean.ts): what survives is text, structure, web links, https images and embeds as links; what
// never does is anything that runs, frames, posts or styles. Parsed with happy-dom into a
// template's inert content, as the view parses entries (nothing in it loads or runs).
import { describe, expect, it } from 'vitest';
import { cleanEntry } from '../../../lib/reader-view/clean';
import { SAFE_LIMITS, safeText, safeUrl, type SafeNode, toSafeTree } from '../../../lib/reader-view/safe-tree';
import { PAYLOADS } from '../../fixtures/blogs/hostile-entries';

const BASE = 'https://news.example/live/blog';
const el = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = `<div>${html}</div>`;
  return template.content.firstElementChild!;
};
const tree = (html: string) => toSafeTree(el(html), BASE);
const tags = (nodes: readonly SafeNode[]): string[] => nodes.flatMap((n) => (typeof n === 'string' ? [] : [n.tag, ...tags(n.children)]));
const all = (nodes: readonly SafeNode[]): Array<Exclude<SafeNode, string>> => nodes.flatMap((n) => (typeof n === 'string' ? [] : [n, ...all(n.children)]));

describe('toSafeTree', () => {
  it('keeps text and structure, renaming to the allowed tags', () => {
    const nodes = tree('<h1>Head</h1><p>One <b>bold</b> and <i>it</i>.</p><ul><li>a</li></ul><blockquote><p>Said.</p></blockquote><table><tbody><tr><td>1</td></tr></tbody></table>');
    expect(tags(nodes)).toEqual(['h3', 'p', 'strong', 'em', 'ul', 'li', 'blockquote', 'p', 'table', 'tbody', 'tr', 'td']);
    expect(safeText(nodes)).toBe('Head One bold and it . a Said. 1');
  });

  it('resolves links against the page and keeps only http(s) ones; others become their text', () => {
    const nodes = tree('<p><a href="/x">rel</a> <a href="javascript:alert(1)">js</a> <a href="mailto:a@b.c">mail</a> <a href="https://u:p@x.example/">creds</a></p>');
    expect(all(nodes).filter((n) => n.tag === 'a').map((n) => n.href)).toEqual(['https://news.example/x']);
    expect(safeText(nodes)).toBe('rel js mail creds');
  });

  it('keeps https images only, without srcset or handlers, and drops tracking pixels', () => {
    const nodes = tree('<img src="/a.jpg" alt="A"><img src="http://x.example/b.jpg"><img src="data:image/png;base64,AA"><img src="https://x.example/p.gif" width="1" height="1"><img data-src="https://x.example/lazy.jpg">');
    expect(all(nodes).map((n) => [n.tag, n.src, n.alt])).toEqual([['img', 'https://news.example/a.jpg', 'A'], ['img', 'https://x.example/lazy.jpg', '']]);
  });

  it('turns frames, video and audio into links to what they embed', () => {
    const nodes = tree('<iframe src="https://www.youtube.com/embed/x"></iframe><video><source src="https://v.example/a.mp4"></video><iframe srcdoc="<b>x</b>"></iframe>');
    expect(all(nodes).map((n) => [n.tag, n.href])).toEqual([['embed', 'https://www.youtube.com/embed/x'], ['embed', 'https://v.example/a.mp4']]);
  });

  it('drops every hostile payload of the fixture: nothing that runs, frames, posts or styles', () => {
    for (const payload of PAYLOADS) {
      const found = all(tree(payload));
      expect(found.map((n) => n.tag).filter((t) => !['p', 'a', 'img', 'strong', 'em'].includes(t))).toEqual([]);
      for (const n of found) {
        if (n.href) expect(n.href).toMatch(/^https?:\/\//);
        if (n.src) expect(n.src).toMatch(/^https:\/\//);
        expect(Object.keys(n).sort()).toEqual(expect.arrayContaining(['children', 'tag']));
        expect(Object.keys(n).every((k) => ['tag', 'children', 'href', 'src', 'alt'].includes(k))).toBe(true);
      }
    }
  });

  it('skips hidden content and our own UI, and stops at its limits', () => {
    expect(safeText(toSafeTree(el('<p hidden>no</p><p aria-hidden="true">no</p><p style="display: none">no</p><div data-lbl-ui="chips">no</div><p>yes</p>'), BASE, '[data-lbl-ui]'))).toBe('yes');
    const deep = '<div>'.repeat(60) + 'deep' + '</div>'.repeat(60);
    expect(safeText(tree(deep))).toBe('deep');
    const many = '<p>x</p>'.repeat(SAFE_LIMITS.nodes + 500);
    expect(all(tree(many)).length).toBeLessThanOrEqual(SAFE_LIMITS.nodes);
  });

  it('safeUrl: only the listed protocols, relative ones resolved', () => {
    expect(safeUrl('page?a=1', BASE, ['https:'])).toBe('https://news.example/live/page?a=1');
    expect(safeUrl(' JaVaScRiPt:x', BASE, ['https:', 'http:'])).toBeNull();
    expect(safeUrl('', BASE, ['https:'])).toBeNull();
  });
});

describe('cleanEntry (Readability, then the allowlist)', () => {
  const ENTRY = `<article><header><h2>Minister resigns</h2><time>12.50 BST</time></header>
    <p>The minister resigned this morning, her office said.</p>
    <div class="share-tools"><a href="https://facebook.example/share">Share</a></div>
    <form><input name="q"><button>Search</button></form>
    <p>In a statement she said:</p><blockquote><p>It has been an honour.</p></blockquote>
    <footer><a href="#">Updated</a></footer></article>`;

  it.each(['prepare', 'parse'] as const)('%s: keeps the words, drops the furniture and the junk', (mode) => {
    const text = safeText(cleanEntry(el(ENTRY).firstElementChild!, { base: BASE, furniture: 'header, footer', title: 'Minister resigns', mode }));
    expect(text).toContain('The minister resigned this morning');
    expect(text).toContain('It has been an honour.');
    expect(text).not.toMatch(/Share|Search|Updated|12\.50/);
  });

  it('prepare keeps a one-line entry that is only a list (whole-article parsing may not)', () => {
    const nodes = cleanEntry(el('<ul><li>Ferries cancelled</li><li>Schools shut</li></ul>'), { base: BASE });
    expect(safeText(nodes)).toBe('Ferries cancelled Schools shut');
  });

  it('drops a first block that only repeats the title or printed time', () => {
    const nodes = cleanEntry(el('<h2>Talks resume</h2><p>12.50 BST</p><p>Both sides are back.</p>'), { base: BASE, title: 'Talks resume', timeLabel: '12.50 BST' });
    expect(safeText(nodes)).toBe('Both sides are back.');
  });
});
