// Entry ids are unique on a page whatever the site does, and the same on every load: read and
// star state hang on them.
import { describe, expect, it } from 'vitest';
import { genericExtractor } from '../../../lib/entries/generic';
import { readEntries } from '../../../lib/entries/index';
import { uniqueIds } from '../../../lib/entries/ids';
import { parseHtml } from '../../../tools/dom';

const URL = 'https://www.harbourgazette.example/news/live/2025/03/14/storm';
// A site that gives every entry the same id, and whose share links all point at it.
const post = (time: string, text: string) =>
  `<div class="post" id="post"><time datetime="2025-03-14T${time}:17Z">${time}</time><p>${text}</p><a href="${URL}#post">Link to this post</a></div>`;
const page = (posts: string[]) => `<html><head><title>Storm live</title></head><body><main><div id="feed">${posts.join('')}</div></main></body></html>`;
const POSTS = [
  post('10:42', 'The harbour wall has been closed after waves reached the promenade railings this morning.'),
  post('10:05', 'All morning sailings to the islands have been cancelled, the ferry operator said.'),
  post('09:31', 'Police have asked people to keep away from the seafront until the evening high tide.'),
];

function read(html: string) {
  const doc = parseHtml(html);
  const extractor = genericExtractor(doc, URL)!;
  return { doc, extractor, entries: readEntries(extractor, extractor.elements(doc)) };
}

describe('entry ids', () => {
  it('are unique when the site gives several entries the same id and permalink fragment', () => {
    const ids = read(page(POSTS)).entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^post~[0-9a-z]+$/);
  });

  it('are the same on every load, and for an entry whatever comes before it', () => {
    const first = read(page(POSTS)).entries.map((e) => e.id);
    expect(read(page(POSTS)).entries.map((e) => e.id)).toEqual(first);
    // A newer entry on top, with the same fragment: the older entries keep their ids.
    const later = read(page([post('11:15', 'The tide peaked just after eleven without breaching the wall.'), ...POSTS])).entries.map((e) => e.id);
    expect(later.slice(1)).toEqual(first);
  });

  it('never give an entry the page adds later the id of another entry still on the page', () => {
    const { doc, extractor, entries } = read(page(POSTS.slice(1)));
    const feed = doc.getElementById('feed')!;
    feed.insertAdjacentHTML('afterbegin', POSTS[0]!);
    const added = readEntries(extractor, [feed.firstElementChild!]);
    expect(entries.map((e) => e.id)).not.toContain(added[0]!.id);
    // ... and the id it gets is the one a reload gives it, with all three on the page at once.
    expect(added[0]!.id).toBe(read(page(POSTS)).entries[0]!.id);
  });

  it('let a pinned copy, and the same element read again, keep the id of the entry it shows', () => {
    const el = parseHtml('<p>x</p>').querySelector('p')!;
    const other = parseHtml('<p>y</p>').querySelector('p')!;
    const entry = (id: string, text: string, pinned: boolean, element: Element) => ({ id, title: '', text, pinned, element });
    const out = uniqueIds([entry('block-1', 'Short copy', true, el), entry('block-1', 'The whole entry text', false, other)]);
    expect(out.map((e) => e.id)).toEqual(['block-1', 'block-1']);
    const again = uniqueIds([entry('block-2', 'Text', false, el), entry('block-2', 'Text', false, el)]);
    expect(again.map((e) => e.id)).toEqual(['block-2', 'block-2']);
  });

  it('give two entries with the same words and no id of their own -2 for the second', () => {
    const same = 'Kosmetyka toru, the track is being groomed again now.';
    const { entries } = read(page([post('10:42', same), post('10:05', same), ...POSTS]).replace(/ id="post"/g, '').replace(/<a href="[^"]*#post">Link to this post<\/a>/g, ''));
    expect(entries[1]!.id).toBe(`${entries[0]!.id}-2`);
  });
});
