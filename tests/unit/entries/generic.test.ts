import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { genericExtractor } from '../../../lib/entries/generic';
import { readEntries } from '../../../lib/entries/index';
import { fixture } from '../../helpers/fixtures';

function extract(name: string, url: string) {
  const doc = parseHtml(fixture(`generic/${name}`));
  const extractor = genericExtractor(doc, url);
  if (!extractor) throw new Error(`no extractor for ${name}`);
  return { doc, extractor, entries: readEntries(extractor, extractor.elements(doc)) };
}

const GAZETTE = 'https://www.harbourgazette.example/news/2025/03/14/storm-ellen-coast-updates';

describe('JSON-LD updates matched to the DOM', () => {
  const { doc, extractor, entries } = extract('jsonld-live.html', GAZETTE);

  it('finds the stream by url fragments, never the key moments, the most-read list or the JSON-LD copies', () => {
    expect(extractor.kind).toBe('jsonld');
    expect(entries.map((e) => e.id)).toEqual(['update-7f3a21', 'update-7f3a20', 'update-7f3a1f', 'update-7f3a1e']);
  });

  it('reads time, printed time, title, author and permalink from the markup', () => {
    expect(entries[0]).toMatchObject({
      time: '2025-03-14T09:42:00.000Z',
      timeLabel: '09.42 GMT',
      title: 'Harbour wall closed to the public',
      author: 'Nia Parry',
      permalink: `${GAZETTE}#update-7f3a21`,
    });
    expect(entries[1]!.hasMedia).toBe(true);
  });

  it('keeps the time, byline, headline and share bar out of the text', () => {
    expect(entries[0]!.text).toBe(
      'The council has closed the harbour wall after waves reached the promenade railings.\n\nPolice have asked people to keep away from the seafront until the evening high tide has passed.',
    );
  });

  it('recognises an entry the page adds later, which has no JSON-LD copy yet', () => {
    const stream = doc.querySelector('.stream')!;
    const added = doc.createElement('article');
    added.setAttribute('class', 'post');
    added.setAttribute('id', 'update-7f3a22');
    added.innerHTML = '<div class="post__meta"><time datetime="2025-03-14T10:01:00Z">10.01 GMT</time></div><h2>Tide peaks</h2><p>The tide peaked just after ten without breaching the wall.</p>';
    stream.insertBefore(added, stream.firstElementChild);
    expect(extractor.elements(added)).toEqual([added]);
    expect(extractor.elements(doc)[0]).toBe(added);
    expect(extractor.elements(added.querySelector('p')!)).toEqual([]);
    expect(extractor.entry(added)).toMatchObject({ id: 'update-7f3a22', title: 'Tide peaks', timeLabel: '10.01 GMT' });
  });
});

describe('JSON-LD without urls', () => {
  it('matches updates in @graph by their text, HTML entities and all, and takes their dates', () => {
    const { extractor, entries } = extract('jsonld-graph.html', 'https://valleycourier.example/politics/count-night-2025');
    expect(extractor.kind).toBe('jsonld');
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => e.timeLabel)).toEqual(['00:10', '23:35', '22:41']);
    expect(entries[0]!.time).toBe('2025-05-01T23:10:00.000Z');
    expect(entries[0]!.id).toMatch(/^lbl-/);
    // Every update repeats the page headline: it is no entry title.
    expect(entries.every((e) => e.title === '')).toBe(true);
  });

  it('matches updates in a top-level array by their distinct headlines', () => {
    const { entries } = extract('jsonld-array.html', 'https://www.lakesidepost.example/sport/marathon-day-2025');
    expect(entries.map((e) => e.title)).toEqual([
      'Winner crosses the line in record time',
      'Leaders pass the halfway mark together',
      'Elite field sets off under clear skies',
    ]);
    expect(entries[1]!.time).toBe('2025-04-06T08:31:00.000Z');
  });

  it('never turns an update missing from the page into an entry', () => {
    const html = fixture('generic/jsonld-live.html').replace(/<article class="post" id="update-7f3a1f">[\s\S]*?<\/article>/, '');
    const doc = parseHtml(html);
    const extractor = genericExtractor(doc, GAZETTE)!;
    expect(extractor.elements(doc).map((el) => el.id)).toEqual(['update-7f3a21', 'update-7f3a20', 'update-7f3a1e']);
  });
});

describe('microdata', () => {
  it('reads liveBlogUpdate items with their own properties', () => {
    const { extractor, entries } = extract('microdata.html', 'https://www.riversideecho.example/sport/regatta-finals');
    expect(extractor.kind).toBe('microdata');
    expect(entries.map((e) => e.id)).toEqual(['u-5003', 'u-5002', 'u-5001']);
    expect(entries[0]).toMatchObject({
      time: '2025-07-05T14:20:00.000Z',
      timeLabel: '15:20',
      title: 'Home crew wins the eights',
      author: 'Ruth Okafor',
      text: 'The home crew held off a late push to win the eights by a canvas.',
    });
  });

  it('without item properties, takes the repeated blocks of the item, timed or not', () => {
    const { entries } = extract('microdata-list.html', 'https://sport.faktyprzyklad.example/zuzel/relacja/1234/orzel-sokol');
    expect(entries.map((e) => e.id)).toEqual(['7005', '7004', '3015', '7003', '7002', '7001']);
    // The same two words twice are two events, each with its own id.
    expect(entries.filter((e) => e.text === 'Kosmetyka toru.').map((e) => e.timeLabel)).toEqual(['19:12', '18:40']);
  });
});

describe('timed blocks', () => {
  const url = 'https://www.citytimes.example/sports/cricket/live-blog/city-vs-port-match-9/liveblog/1234567.cms';

  it('finds the stream by its times, whatever its class names, and not the rail of other live blogs', () => {
    const { extractor, entries } = extract('timed-blocks.html', url);
    expect(extractor.kind).toBe('timed-blocks');
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({
      time: '2025-03-02T09:05:10.000Z',
      timeLabel: '14:35 (IST), Mar 02',
      text: 'WICKET! Port lose their opener to a sharp catch at slip; 41/1 after six overs.',
    });
    expect(new Set(entries.map((e) => e.id)).size).toBe(5);
  });

  it('takes no untimed block without a class for an entry: the stream’s blocks have none to share', () => {
    const html = fixture('generic/timed-blocks.html').replace(
      '<div class="_Lm4n"></div>',
      '<div><p>Also read: the rules of the tournament explained, from the toss to the final over of the day.</p></div>',
    );
    const doc = parseHtml(html);
    const extractor = genericExtractor(doc, url)!;
    expect(readEntries(extractor, extractor.elements(doc))).toHaveLength(5);
  });

  it('still finds the entries after the page re-renders the stream', () => {
    const { doc, extractor } = extract('timed-blocks.html', url);
    const stream = doc.querySelector('._7Hk2p')!;
    const copy = stream.cloneNode(true) as Element;
    stream.replaceWith(copy);
    expect(extractor.elements(doc)).toHaveLength(5);
    expect(extractor.elements(doc)[0]!.parentElement).toBe(copy);
  });
});

describe('flat tickers', () => {
  it('makes each time-stamped heading an entry, its body the siblings up to the next heading', () => {
    const { extractor, entries } = extract('ticker-de.html', 'https://www.alpenblatt.example/schweiz/hochwasser-ld.998877');
    expect(extractor.kind).toBe('flat-ticker');
    expect(entries.map((e) => [e.id, e.timeLabel, e.title])).toEqual([
      ['tick-a91', '11.04 Uhr', 'Pegel in Basel sinkt leicht'],
      ['tick-a90', '9.30 Uhr', 'Fähren stellen Betrieb ein'],
      ['tick-a8f', '22.15 Uhr', 'Feuerwehr sichert Uferwege'],
      ['tick-a8e', '18.02 Uhr', 'Kantone rufen Gefahrenstufe 4 aus'],
    ]);
    expect(entries[0]!.element.localName).toBe('h5');
    expect(entries[0]!.paragraphs).toHaveLength(2);
    expect(entries[1]!.hasMedia).toBe(true);
    // The day separator and the related-articles section end an entry, never join it.
    expect(entries.some((e) => /Donnerstag|Passend/.test(e.text))).toBe(false);
  });

  it('reads a French ticker', () => {
    const { entries } = extract('ticker-fr.html', 'https://www.lequotidien.example/politique/en-direct-remaniement_123456.html');
    expect(entries.map((e) => e.timeLabel)).toEqual(['9h15', '8h02', '7h29']);
    expect(entries[1]!.text).toContain('petit-déjeuner');
  });

  it('recognises a heading the page adds at the top', () => {
    const { doc, extractor } = extract('ticker-de.html', 'https://www.alpenblatt.example/schweiz/hochwasser-ld.998877');
    const first = doc.getElementById('tick-a91')!;
    const heading = doc.createElement('h5');
    heading.setAttribute('class', 'component time');
    heading.textContent = '12.30 Uhr: Schifffahrt bleibt gesperrt';
    const body = doc.createElement('p');
    body.textContent = 'Die Behörden verlängern die Sperre bis Montag.';
    first.before(heading, body);
    expect(extractor.elements(heading)).toEqual([heading]);
    expect(extractor.elements(body)).toEqual([]);
    expect(extractor.entry(heading)).toMatchObject({ title: 'Schifffahrt bleibt gesperrt', text: 'Die Behörden verlängern die Sperre bis Montag.' });
  });
});

describe('pages with nothing to find', () => {
  it('gives no extractor for an ordinary article', () => {
    expect(genericExtractor(parseHtml(fixture('generic/article.html')), 'https://www.harbourgazette.example/news/x')).toBeNull();
  });
});
