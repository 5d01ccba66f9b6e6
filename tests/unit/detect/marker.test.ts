import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { markerNeeds, mayMatch } from '../../../lib/detect/marker';
import { ADAPTERS } from '../../../lib/sites/index';

const PAGE = `<!doctype html><html><body>
  <div id="liveblog-body"><article class="block x" id="block-1"><p>One</p></article></div>
  <amp-live-list><div items><div id="post-12"><h3>Two</h3></div></div></amp-live-list>
  <ul><li class="teaser"><a href="/live/one#block-9">Link</a></li></ul>
  <div class="wrap"><p class="lead">Three</p></div>
</body></html>`;

/** The pre-test must never say "cannot match" for an element the selector matches. */
function agrees(selector: string): void {
  const doc = parseHtml(PAGE);
  const needs = markerNeeds(selector);
  const all = [...doc.querySelectorAll('*')];
  const candidates = needs ? all.filter((el) => mayMatch(el, el.localName, needs)) : all;
  for (const el of doc.querySelectorAll(selector)) expect(candidates, selector).toContain(el);
}

describe('adapter marker pre-test', () => {
  it.each([
    '#liveblog-body article.block',
    'amp-live-list [items] > [id^="post-"]',
    'ul > li.teaser a[href*="#block-"]',
    'div:not([id]) > p.lead',
    'article.block, .missing',
    '*',
    'DIV.wrap > P',
  ])('never rules out a match of %s', (selector) => agrees(selector));

  it('rules out pages that lack what the last compound names', () => {
    const needs = markerNeeds('.live-event-entries > .live-event-entry')!;
    const doc = parseHtml(PAGE);
    expect([...doc.querySelectorAll('*')].some((el) => mayMatch(el, el.localName, needs))).toBe(false);
  });

  it('gives up (always query) on selectors beyond it', () => {
    expect(markerNeeds('li.a\\:b')).toBeNull();
    expect(markerNeeds('div[type="A" i]')).toBeNull();
    expect(markerNeeds('div[lang|="en"]')).toBeNull();
  });

  it('understands every adapter marker', () => {
    for (const adapter of ADAPTERS) expect(markerNeeds(adapter.liveMarker), adapter.name).not.toBeNull();
  });
});
