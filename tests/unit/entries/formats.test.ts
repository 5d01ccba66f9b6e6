// The live formats the generic paths read without an adapter, each on a fixture written to the
// markup of its kind of page: verdict, entry count, times and text.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';
import { analyzeFixture } from './analyze-fixture';

const analyze = analyzeFixture;

/** Nothing of a share bar, an ad label or a printed time may be read as text. */
function expectCleanText(entries: { text: string; title: string }[]): void {
  for (const e of entries) {
    expect(e.text).not.toMatch(/facebook|twitter|Share Link|Teilen|Copier le lien|Anzeige|Publicité|Advertisement/i);
    expect(e.text).not.toMatch(/^\d{1,2}[:h.]\d\d/);
  }
}

describe('sports live text: match minutes and stoppage time', () => {
  const url = 'https://www.pitchside.example/football/premier-league/2025/03/15/harbour-town-v-river-city-commentary';
  const { detection, entries, kind } = analyze('football-minutes.html', url);

  it('is live by its minute-stamped blocks (the title says "live commentary"; no schema.org LiveBlogPosting)', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure', adapter: null });
    expect(kind).toBe('timed-blocks');
  });

  it('reads every minute, stoppage time included, and leaves the promo and the ad slot out', () => {
    expect(entries.map((e) => e.timeLabel)).toEqual(["90+4'", "90+1'", "78'", "61'", "45+2'", "12'", "1'"]);
    expect(entries.map((e) => e.id)).toEqual(['event-9012', 'event-9011', 'event-9010', 'event-9009', 'event-9008', 'event-9007', 'event-9006']);
    expect(entries.some((e) => /Every goal from the weekend/.test(e.text))).toBe(false);
  });

  it('keeps headlines as titles and share bars out of the text', () => {
    expect(entries[2]).toMatchObject({ title: 'GOAL! Harbour Town 2-1 River City', text: 'Mo Adeyemi heads in at the far post from a corner that nobody attacked. The Quayside end erupts.' });
    expect(entries[0]!.text).toBe('Full time at the Quayside. Harbour Town hold on for a first home win since November.');
    expectCleanText(entries);
  });

  it('gives an entry that is only a link the link’s words', () => {
    expect(entries[3]).toMatchObject({ title: '', text: 'Read more: the injury list that forced two changes at half-time' });
  });

  it('reads printed times only on pages that call themselves live (title, URL) or carry time elements', () => {
    // The cheap check: without any of these, no text node is read, so a bare minute-stamped
    // commentary under a plain title stays unread. The price of a detector cheaper than Readability.
    const doc = parseHtml(fixture('generic/football-minutes.html').replace(/live commentary/gi, 'match report'));
    expect(analyzeDocument(doc, url).detection.isLiveBlog).toBe(false);
  });
});

describe('periods and quarters', () => {
  const { detection, entries } = analyze('basketball-quarters.html', 'https://www.courtsidedaily.example/nba/2025/05/14/hawks-lynx-game-5-updates');

  it('reads "Q3 8:12" game clocks as times, and an untimed half-time post of the same template as an entry', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => e.timeLabel)).toEqual(['Q4 0:45', 'Q4 4:12', 'Q3 8:12', null, 'Q1 11:40']);
    expect(entries.map((e) => e.id)).toEqual(['u-771', 'u-770', 'u-769', 'u-768', 'u-767']);
  });

  it('keeps the header line (clock, byline) out of the text and reads the byline as the author', () => {
    expect(entries[0]).toMatchObject({
      title: 'Hawks go up three with under a minute to play',
      author: 'Jordan Pike',
      text: 'Tariq Bell drains a corner three off a kick-out pass, and the building is as loud as it has been all night.',
    });
    expect(entries[3]!.text).toBe('Half-time: Hawks 52, Lynx 49. Bell has 18 points; Lake City have won the rebounding battle by nine.');
  });
});

describe('cricket overs', () => {
  const url = 'https://www.creasereport.example/series/summer-cup/match-21/ball-by-ball-commentary';
  const { detection, entries } = analyze('cricket-overs.html', url);

  it('reads a ball-by-ball feed by its overs ("8.2"), wides repeating a ball, and not the over summary', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => e.timeLabel)).toEqual(['8.2', '8.1', '7.6', '7.5', '7.5', '7.4', '7.3']);
    expect(entries[5]!.text).toBe('Khan to Rao, OUT! Caught at mid-off, a leading edge that hangs in the air for an age.');
    expect(new Set(entries.map((e) => e.id)).size).toBe(7);
  });

  it('does not take ratings ("4.5, 4.3") for balls: they do not count one ball at a time', () => {
    const ratings = [4.5, 4.3, 4.1, 3.8, 3.6]
      .map((r) => `<div class="review"><span class="score">${r}</span><p>A thoughtful review of this bike that runs well past a line or two of text in length.</p></div>`)
      .join('');
    const doc = parseHtml(`<html><head><title>Ball by ball: bike reviews</title></head><body><main><div class="reviews">${ratings}</div></main></body></html>`);
    expect(analyzeDocument(doc, 'https://www.bikes.example/reviews/ball-by-ball').detection.isLiveBlog).toBe(false);
  });
});

describe('US "The Latest": bare times between rules', () => {
  const url = 'https://www.valleycourier.example/news/national/the-latest-storm-knocks-out-power-to-thousands/article_5a1b.html';
  const { detection, entries, kind } = analyze('ap-the-latest.html', url);

  it('is live by its flat stream of time paragraphs, with or without "the-latest" in the URL', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('flat-stream');
    const plain = analyze('ap-the-latest.html', 'https://www.valleycourier.example/news/national/article_5a1b.html');
    expect(plain.entries).toHaveLength(5);
  });

  it('makes each time start an entry that runs to the next "___", and leaves the intro and the copyright out', () => {
    expect(entries.map((e) => e.timeLabel)).toEqual(['5:09 p.m.', '4:14 p.m.', '3:47 p.m.', '2:58 p.m.', '1:22 p.m.']);
    expect(entries[1]!.paragraphs.map((p) => p.text)).toEqual([
      'The governor has declared a state of emergency for three coastal counties and asked residents to stay off the roads.',
      '"This storm is not done with us yet," the governor told reporters at the state emergency operations center.',
    ]);
    expect(entries.some((e) => /Copyright|The Latest on/.test(e.text))).toBe(false);
    expect(entries[3]!.text).toBe('Shelters open in three counties as the storm closes in');
    expectCleanText(entries);
  });

  it('gives entries without ids of their own ids that are unique and the same on every load', () => {
    const again = analyze('ap-the-latest.html', url).entries.map((e) => e.id);
    expect(new Set(again).size).toBe(5);
    expect(again).toEqual(entries.map((e) => e.id));
  });
});

describe('French "fil info": paragraphs that open with their time', () => {
  const { detection, entries, kind } = analyze('fil-info-fr.html', 'https://www.gazettelittoral.example/fil-info/14-mai');

  it('is live, each "7h29 - …" paragraph starting an entry', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('flat-stream');
    expect(entries.map((e) => e.timeLabel)).toEqual(['9h12', '8h47', '8h05', '7h29', '6h58']);
  });

  it('cuts the time from the text, keeps follow-up paragraphs and photos, and leaves the ad and the closing line out', () => {
    expect(entries[0]!.text).toBe("Le trafic reprend progressivement sur la ligne TER entre Nantes et Saint-Nazaire après l'incident de ce matin.");
    expect(entries[1]!.paragraphs).toHaveLength(2);
    expect(entries[2]).toMatchObject({ hasMedia: true });
    expect(entries[4]!.text).toBe('Météo : vigilance orange aux vents violents sur tout le département');
    expect(entries.some((e) => /Retrouvez|Publicité/.test(e.text))).toBe(false);
  });
});

describe('German ticker with relative and "Uhr" times', () => {
  const { detection, entries } = analyze('ticker-de-relative.html', 'https://www.rheinpost.example/panorama/unwetter-im-sueden-alle-entwicklungen-id88213.html');

  it('reads "vor 10 Minuten" and "19.45 Uhr", and leaves the ad ("Anzeige") out', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => [e.id, e.timeLabel, e.title])).toEqual([
      ['te-5531', 'vor 10 Minuten', 'Bahn stellt Regionalverkehr ein'],
      ['te-5530', '19.45 Uhr', 'Feuerwehr im Dauereinsatz'],
      ['te-5529', '19.02 Uhr', 'Warnstufe erhöht'],
      ['te-5528', '18.31 Uhr', 'Erste Straßen gesperrt'],
      ['te-5527', '17.58 Uhr', 'Unwetter zieht auf'],
    ]);
    expect(entries[0]!.text).toBe('Zwischen Freiburg und Offenburg fahren bis auf Weiteres keine Regionalzüge, teilte die Bahn mit.');
    expect(entries[2]!.paragraphs.map((p) => p.kind)).toEqual(['p', 'blockquote']);
    expectCleanText(entries);
  });
});

describe('AP "The Latest" without times: sections between rules that open with a dateline', () => {
  const url = 'https://www.prairieherald.example/news/20250315/latest-port-reopens-as-storm-clean-up-begins';
  const { detection, entries, kind } = analyze('ap-the-latest-datelines.html', url);

  it('is live by its dated sections (the title says "The Latest"), "__" counting as a rule too', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('flat-stream');
    expect(entries.map((e) => e.text.split(' — ')[0])).toEqual(['HALIFAX, Nova Scotia', 'BOSTON', 'PORTLAND, Maine', "ST. JOHN'S, Newfoundland", 'CONCORD, N.H.']);
  });

  it('leaves the box of links, the "Follow AP" line and the section headers out', () => {
    expect(entries[1]!.paragraphs.map((p) => p.text)).toEqual([
      'BOSTON — Utility crews from six states have arrived to help restore power to about 40,000 homes that are still without it.',
      'The utility says most customers should have power back by Sunday night.',
    ]);
    expect(entries.some((e) => /HERE'S WHAT|Follow AP|Where the power/.test(e.text))).toBe(false);
    expect(entries.every((e) => e.timeLabel === null)).toBe(true);
  });
});

describe('a 2014 British live page: bare "17.00" stamps opening flat paragraphs', () => {
  const url = 'https://www.morningchronicle.example/news/worldnews/europe/11315001/Ferry-missing-in-the-Channel-Islands-latest.html';
  const { detection, entries } = analyze('live-2014-dotted.html', url);

  it('reads bare dotted clocks as times because they run newest first, same time twice included', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => e.timeLabel)).toEqual(['19.02', '18.41', '17.55', '17.20', '16.08', '15.30', '15.30', '14.12']);
    expect(new Set(entries.map((e) => e.id)).size).toBe(8);
  });

  it('takes the newest entry from the wrapper the template put above the body, and reads each entry whole', () => {
    expect(entries[0]!.text).toBe('We are ending our live coverage for tonight. The search will resume at first light.');
    expect(entries[2]!.text).toBe('Maria Keane in St Helier has spoken to relatives waiting at the ferry terminal:\n\n"We just want to know where they are. Nobody has told us anything since this morning," said one woman.');
    expect(entries[3]).toMatchObject({ text: '', hasMedia: true });
    expect(entries[4]!.paragraphs).toHaveLength(2);
    expect(entries[7]!.text).toBe('Search teams have found a life jacket about ten miles off the coast, the coastguard has confirmed.');
  });

  it('does not read the same bare numbers as times when they do not run newest first', () => {
    const shuffled = fixture('generic/live-2014-dotted.html').replace('18.41', '12.41').replace('16.08', '18.08');
    expect(analyzeDocument(parseHtml(shuffled), url.replace('-latest', '')).detection.isLiveBlog).toBe(false);
  });
});

describe('French minute by minute: several lines in one minute, lines named "comment"', () => {
  const url = 'https://www.sportshebdo.example/football/ligue-2/port-ouest-val-de-loire-12345.html';
  const { detection, entries } = analyze('minute-by-minute-fr.html', url);

  it('reads every line, stoppage time "45e+1" included, and leaves the ad out', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => e.timeLabel)).toEqual(["90'", "90+3'", "74'", "74'", "74'", '45e+1', "12'", "1'"]);
    expect(entries[2]!.text).toBe('BUUUT de Port-Ouest ! Une frappe croisée qui laisse le gardien sans réaction.');
    expect(new Set(entries.map((e) => e.id)).size).toBe(8);
  });

  it('would take lines named "comment" for reader comments if they were stamped with clock times', () => {
    const times = ['21:47', '21:42', '21:26', '21:25', '21:23', '20:41', '19:58', '19:46'];
    let n = 0;
    const clocks = fixture('generic/minute-by-minute-fr.html').replace(/"live-match-minute">[^<]+</g, () => `"live-match-minute">${times[n++]}<`);
    expect(n).toBe(8);
    expect(analyzeDocument(parseHtml(clocks), url).detection.isLiveBlog).toBe(false);
    // Renamed, the same clock-stamped lines are a stream: the name is what kept them out.
    expect(analyzeDocument(parseHtml(clocks.replace(/live-match-comment/g, 'live-match-line')), url).detection.isLiveBlog).toBe(true);
  });
});

describe('paragraphs that open with a plain-text time ("7h29 - …")', () => {
  it('are a flat stream too, the time cut from the text', () => {
    const plain = fixture('generic/fil-info-fr.html').replace(/<strong>(\d+h\d+) - <\/strong>/g, '$1 - ');
    const { detection, entries } = analyzeDocument(parseHtml(plain), 'https://www.gazettelittoral.example/fil-info/14-mai');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => e.timeLabel)).toEqual(['9h12', '8h47', '8h05', '7h29', '6h58']);
    expect(entries[0]!.text).toBe("Le trafic reprend progressivement sur la ligne TER entre Nantes et Saint-Nazaire après l'incident de ce matin.");
  });

  it('but not when their times go forward on round minutes, as a programme does', () => {
    const programme = ['9h00', '9h30', '10h15', '11h00', '12h00']
      .map((t) => `<p>${t} - Ouverture des portes et accueil des participants dans le grand hall du palais des congrès.</p>`)
      .join('');
    const html = `<html><head><title>Le programme en direct</title></head><body><div class="article__corps">${programme}</div></body></html>`;
    expect(analyzeDocument(parseHtml(html), 'https://www.gazettelittoral.example/direct/programme').detection.isLiveBlog).toBe(false);
  });
});
