// Finding a blog's other pages (lib/reader-view/pagination.ts) and reading them the way the open
// page was read (read-page.ts), on the project's own paginated Guardian- and BBC-style fixtures,
// and the links that must never be followed.
import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../lib/reader-view/pagination';
import { readBlogPage } from '../../../lib/reader-view/read-page';
import { parseHtml } from '../../../tools/dom';
import { BBC_BLOG, BBC_KEY_EVENTS, BBC_PAGE_IDS, bbcPage, bbcPageUrl } from '../../fixtures/blogs/paginated-bbc';
import { GUARDIAN_BLOG, GUARDIAN_KEY_EVENTS, GUARDIAN_PAGE_IDS, GUARDIAN_PINNED, guardianPage, guardianPageUrl } from '../../fixtures/blogs/paginated-guardian';

const guardian = { url: GUARDIAN_BLOG, title: '', site: 'guardian', adapter: 'guardian', lang: 'en', textLang: 'en' };
const bbc = { url: BBC_BLOG, title: '', site: 'bbc', adapter: 'bbc', lang: 'en', textLang: 'en' };
/** The pager's "Newest": page 1, as the site writes it (the same page as the blog's own address). */
const NEWEST = `${GUARDIAN_BLOG}?filterKeyEvents=false`;
const PAGER = { guardian: '#liveblog-navigation a[href]', bbc: '.lx-pagination a[href]' };

describe('pageLinks', () => {
  it('Guardian: page 1 links to the next and the oldest page', () => {
    expect(pageLinks(parseHtml(guardianPage(1)), guardianPageUrl(1), { pager: PAGER.guardian })).toEqual([guardianPageUrl(2), guardianPageUrl(4)]);
  });

  it('Guardian: a later page links every way, but not to a page holding an entry already read', () => {
    const doc = parseHtml(guardianPage(3));
    expect(pageLinks(doc, guardianPageUrl(3), { pager: PAGER.guardian })).toEqual([NEWEST, guardianPageUrl(2), guardianPageUrl(4)]);
    const known = new Set(GUARDIAN_PAGE_IDS[1]);
    expect(pageLinks(doc, guardianPageUrl(3), { pager: PAGER.guardian, knownIds: known })).toEqual([NEWEST, guardianPageUrl(4)]);
  });

  it('BBC lx: /page/<n> links, with rel=first/prev/next/last', () => {
    expect(pageLinks(parseHtml(bbcPage(1)), bbcPageUrl(1), { pager: PAGER.bbc })).toEqual([bbcPageUrl(2), bbcPageUrl(3)]);
    expect(pageLinks(parseHtml(bbcPage(2)), bbcPageUrl(2), { pager: PAGER.bbc })).toEqual([bbcPageUrl(1), bbcPageUrl(3)]);
  });

  it('without a known pager: rel links, else links that only turn the page', () => {
    const rel = parseHtml('<html><head><link rel="next" href="/live/x?page=2"></head><body><a href="/other">other</a></body></html>');
    expect(pageLinks(rel, 'https://news.example/live/x')).toEqual(['https://news.example/live/x?page=2']);
    const plain = parseHtml('<body><a href="?page=2">2</a><a href="/live/x/page/3">3</a><a href="/live/y?page=2">another blog</a><a href="/live/x">this one</a></body>');
    expect(pageLinks(plain, 'https://news.example/live/x')).toEqual(['https://news.example/live/x?page=2', 'https://news.example/live/x/page/3']);
  });

  it('never another origin, another blog, a filtered view or a non-web link', () => {
    const doc = parseHtml(`<nav class="pager">
      <a href="https://evil.example/live/x?page=2">other host</a>
      <a href="http://news.example/live/x?page=2">other scheme</a>
      <a href="javascript:alert(1)">script</a>
      <a href="/live/other?page=2">other blog</a>
      <a href="?page=2&filterKeyEvents=true">key events only</a>
      <a href="https://user:pw@news.example/live/x?page=3">credentials</a>
      <a href="?page=4#top">fine</a></nav>`);
    expect(pageLinks(doc, 'https://news.example/live/x', { pager: '.pager' })).toEqual(['https://news.example/live/x?page=4']);
  });
});

describe('readBlogPage', () => {
  it('Guardian page 2: its five entries with their ids and key events, the pinned copy sharing its original’s id', () => {
    const { entries, links } = readBlogPage(parseHtml(guardianPage(2)), guardianPageUrl(2), guardian, new Set());
    const stream = entries.filter((e) => !e.pinned);
    expect(stream.map((e) => e.id)).toEqual(GUARDIAN_PAGE_IDS[1]);
    expect(entries.find((e) => e.pinned)?.id).toBe(GUARDIAN_PINNED);
    expect(stream.filter((e) => e.keyEvent).map((e) => e.id)).toEqual(GUARDIAN_KEY_EVENTS.filter((id) => GUARDIAN_PAGE_IDS[1]!.includes(id)));
    expect(links).toEqual([NEWEST, guardianPageUrl(3), guardianPageUrl(4)]);
  });

  it('BBC page 3: times from its own JSON-LD, breaking posts as key events', () => {
    const { entries } = readBlogPage(parseHtml(bbcPage(3)), bbcPageUrl(3), bbc, new Set());
    expect(entries.map((e) => e.id)).toEqual(BBC_PAGE_IDS[2]);
    expect(entries.every((e) => e.time?.startsWith('2026-12-08T'))).toBe(true);
    expect(entries.filter((e) => e.keyEvent).map((e) => e.id)).toEqual(BBC_KEY_EVENTS.filter((id) => BBC_PAGE_IDS[2]!.includes(id)));
  });
});
