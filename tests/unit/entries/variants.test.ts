// Variations of the live formats as other publishers and CMS versions print them: AP times in
// bold, on a line before `<br>`, as hours ("6 p.m.") or words ("Noon"); German ticker times in
// bold paragraphs or framed by "+++"; French match minutes "90'+4", "1re", "MT"; fil info times
// in headings or before headline links. Each fixture is checked for verdict, count, times, text.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { isFeedFooter } from '../../../lib/entries/furniture';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';
import { analyzeFixture } from './analyze-fixture';

const analyze = analyzeFixture;

const times = (entries: { timeLabel: string | null }[]) => entries.map((e) => e.timeLabel);

describe('AP "The Latest" as local sites print it', () => {
  it('reads times in bold, hours without minutes ("6 p.m.") and "Noon", at a URL with no live word', () => {
    const { detection, entries, kind } = analyze('ap-the-latest-hours.html', 'https://www.mesaledger.example/news/national/article_8c2e1a.html');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('flat-stream');
    expect(times(entries)).toEqual(['9:34 p.m.', '6 p.m.', '4:25 p.m.', 'Noon', '10:47 a.m.']);
    expect(entries[0]!.paragraphs.map((p) => p.text)).toEqual([
      'Fire officials say the blaze has grown to about 4,500 acres and is zero percent contained.',
      'Incident commander Dana Whitfield says crews will work through the night to protect homes on the eastern edge.',
    ]);
    expect(entries.some((e) => /Copyright|The Latest on/.test(e.text))).toBe(false);
  });

  it('reads a time on a line of its own before <br>, entries between <hr> rules, datelines kept as text', () => {
    const { detection, entries } = analyze('ap-the-latest-hr.html', 'https://www.krvx7.example/story/41123/senate-vote-on-spending-bill-slips');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(times(entries)).toEqual(['7:02 p.m.', '5:48 p.m.', '3:15 p.m.', '1:07 p.m.']);
    expect(entries[0]!.text).toBe(
      'Senate leaders say the vote on the spending bill will not happen before Friday morning.\n\nMajority Leader Ruth Calloway told reporters that talks with the House were "close but not done."',
    );
    expect(entries[1]!.text).toMatch(/^WASHINGTON \(AP\) — The White House says/);
    expect(entries.some((e) => /Copyright|Share on Facebook/.test(e.text))).toBe(false);
  });
});

describe('German tickers beyond "11.04 Uhr:" headings', () => {
  it('reads "14.52 Uhr:" set in bold paragraphs, a bold line as the title, and leaves the ad and the date line out', () => {
    const url = 'https://www.funkhaus-sued.example/nachrichten/hochwasser-in-bayern-newsticker,U1x2';
    const { detection, entries } = analyze('ticker-de-strong.html', url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => [e.timeLabel, e.title])).toEqual([
      ['14.52 Uhr', 'Passau schließt die Altstadt für den Verkehr'],
      ['13.31 Uhr', ''],
      ['12.08 Uhr', 'Bahnstrecke München–Ulm bleibt gesperrt'],
      ['10.45 Uhr', ''],
      ['9.17 Uhr', 'Ministerpräsident besucht Krisengebiet'],
    ]);
    expect(entries[1]!.text).toBe('Der Deutsche Wetterdienst hebt die Unwetterwarnung für Schwaben auf. Für Niederbayern gilt sie weiter.');
    expect(entries[2]!.text).toBe('Wegen unterspülter Gleise fahren zwischen Augsburg und Ulm weiterhin keine Züge, teilte die Bahn mit.\n\nEin Ersatzverkehr mit Bussen ist eingerichtet.');
    expect(entries.some((e) => /Anzeige|Montag, 3. Juni/.test(e.text))).toBe(false);
  });

  it('reads "+++ 16:42 Uhr: … +++" headings, with no live word in the title or URL', () => {
    const url = 'https://www.weser-kurier.example/deutschland/bahn-streik-alle-entwicklungen-doc7abc';
    const { detection, entries, kind } = analyze('ticker-de-plus.html', url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('flat-ticker');
    expect(entries.map((e) => [e.timeLabel, e.title])).toEqual([
      ['16:42 Uhr', 'Gewerkschaft kündigt nächste Runde an'],
      ['15:10 Uhr', 'Fernverkehr fast vollständig eingestellt'],
      ['13:27 Uhr', 'Pendler weichen aufs Auto aus'],
      ['11:03 Uhr', 'Notfahrplan gilt bis Mitternacht'],
    ]);
    expect(entries[3]!.text).toBe('Die Bahn hat einen Notfahrplan veröffentlicht, der bis Mitternacht gelten soll.');
  });
});

describe('tickers that wrap each entry with its heading', () => {
  it('reads "21.47 Uhr: …" headings each in its own section as timed blocks, leaving the teaser box out', () => {
    const url = 'https://www.bayern-aktuell.example/nachrichten/bayern/landtagswahl-alle-entwicklungen,TdE4f';
    const { detection, entries, kind } = analyze('ticker-de-wrapped.html', url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('timed-blocks');
    expect(entries.map((e) => [e.timeLabel, e.title])).toEqual([
      ['21.47 Uhr', 'Hochrechnung sieht CSU klar vorn'],
      ['20.12 Uhr', 'Wahlbeteiligung höher als 2018'],
      ['18.31 Uhr', 'Erste Prognose'],
      ['18.02 Uhr', 'Wahllokale geschlossen'],
    ]);
    expect(entries[1]!.paragraphs).toHaveLength(2);
    expect(entries.some((e) => /Stimmkreisen|Uhr:/.test(e.text))).toBe(false);
  });
});

describe('match clocks beside icons', () => {
  it('reads "88\'" after a goal or card icon, and "HT"/"FT" in the minute column', () => {
    const { detection, entries } = analyze('minute-icons.html', 'https://www.matchdaycentral.example/football/rovers-united-commentary-55120');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(times(entries)).toEqual(['FT', "88'", "71'", "54'", 'HT', "23'", "1'"]);
    expect(entries[1]!.text).toBe('GOAL! Rovers 2-1 United. A deflected shot from the edge of the box loops over the keeper.');
  });

  it('leaves a results list of "FT" rows alone: a match told minute by minute moves on', () => {
    const row = (n: number) => `<li class="result"><span class="status">FT</span><p>Harbour Town ${n} - 1 River City, a result that lifts the home side to the top.</p></li>`;
    const html = `<!doctype html><html><head><title>Live scores</title></head><body><main><h1>Scores</h1><ul class="results">${[1, 2, 3, 4, 5].map(row).join('')}</ul></main></body></html>`;
    expect(analyzeDocument(parseHtml(html), 'https://www.matchdaycentral.example/live/scores').detection.isLiveBlog).toBe(false);
  });
});

describe('French match commentary', () => {
  it('reads "90\'+4" and the breaks "MT" and "TM" in a list of a finished match ("revivez le match")', () => {
    const url = 'https://www.footactu.example/ligue-1/lyon-rennes-revivez-le-match-882210.html';
    const { detection, entries, kind } = analyze('minute-fr-list.html', url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('timed-blocks');
    expect(times(entries)).toEqual(['TM', "90'+4", "90'+1", "67'", "52'", 'MT', "45'+2", "31'", "8'", "1'"]);
    expect(entries[2]!.text).toBe("BUT ! Égalisation de Rennes d'une reprise de volée à l'entrée de la surface.");
    expect(entries.some((e) => /Le classement/.test(e.text))).toBe(false);
  });

  it('reads "63e", "45e+2" and "1re" opening each line, and cuts them from the text', () => {
    const { detection, entries } = analyze('minute-fr-spans.html', 'https://www.louestsport.example/football/nantes-lens-direct-44120');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(times(entries)).toEqual(['63e', '58e', '46e', '45e+2', '39e', '17e', '1re']);
    expect(entries[6]!.text).toBe("C'est parti ! Le coup d'envoi est donné par les Lensois.");
  });
});

describe('French "fil info" variants', () => {
  it('reads a wire of timed headline links as entries where the page is that wire (its title says "fil info")', () => {
    const { detection, entries } = analyze('fil-info-links.html', 'https://www.nouvelles-eco.example/actualites');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(times(entries)).toEqual(['11h42', '11h15', '10h58', '10h21', '9h47', '9h03']);
    expect(entries[1]!.text).toBe('Le CAC 40 recule à la mi-séance, pénalisé par les valeurs du luxe');
    expect(entries.some((e) => /Retraites/.test(e.text))).toBe(false);
  });

  it('reads the same wire written as paragraphs, "<strong>11h42 - </strong><a>…</a>"', () => {
    const html = fixture('generic/fil-info-links.html')
      .replace(/<li class="fil__item"><span class="fil__heure">([0-9h]+)<\/span><p class="fil__texte">/g, '<p class="fil__item"><strong>$1 - </strong>')
      .replace(/<\/a><\/p><\/li>/g, '</a></p>');
    const { detection, entries } = analyzeDocument(parseHtml(html), 'https://www.nouvelles-eco.example/actualites');
    expect(detection.isLiveBlog).toBe(true);
    expect(times(entries)).toEqual(['11h42', '11h15', '10h58', '10h21', '9h47', '9h03']);
    expect(entries[4]!.text).toBe('Les prix du gaz au plus bas depuis deux ans sur le marché européen');
  });

  it('leaves the same list alone under a title that does not call the page a wire', () => {
    const html = fixture('generic/fil-info-links.html').replace(/Le fil info - Toute l'actualité en continu/, 'Économie : nos articles');
    expect(analyzeDocument(parseHtml(html), 'https://www.nouvelles-eco.example/actualites').detection.isLiveBlog).toBe(false);
  });

  it('reads one stream across the wrappers an article template splits its body into (ads between them)', () => {
    const url = 'https://www.quotidien-eco.example/economie/transports/greve-sncf-le-point-sur-le-trafic-2091331';
    const { detection, entries, kind } = analyze('fil-info-split.html', url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('flat-stream');
    expect(times(entries)).toEqual(['11h05', '10h32', '9h48', '8h15', '7h29']);
    expect(entries[2]!.text).toBe("Le trafic des RER B et D reste très perturbé, avec un train sur deux aux heures de pointe.\n\nLa RATP recommande d'éviter les correspondances à Châtelet-Les Halles.");
    expect(entries[1]!.text).toBe('Les syndicats se retrouvent à midi pour décider de la suite du mouvement, selon une source syndicale.');
    expect(entries.some((e) => /Publicité/.test(e.text))).toBe(false);
  });

  it('reads bare "07h29" headings, a link-only entry keeping its link text', () => {
    const { detection, entries } = analyze('fil-info-h3.html', 'https://www.radio-atlantique.example/info/fil-info-12-mars');
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(times(entries)).toEqual(['07h29', '07h02', '06h40', '06h15']);
    expect(entries[1]!.paragraphs).toHaveLength(2);
    expect(entries[2]!.text).toBe('Le Stade rennais qualifié pour les quarts de finale de la Coupe de France');
  });
});

describe('a live blog republished from a feed by a WordPress aggregator', () => {
  const url = 'https://www.dailywirerank.example/world-news/storm-live-updates-ferries-cancelled-as-gale-reaches-the-coast/';
  const { detection, entries } = analyze('wp-copy-feed-footer.html', url);

  it('reads the timed headings once, not the table of contents that repeats them as links', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(times(entries)).toEqual(['9:19 am', '8:52 am', '8:31 am', '8:10 am']);
    expect(entries.map((e) => e.title)).toEqual(['Harbour closed to all shipping', 'Rail operator suspends coastal line', 'Schools told to stay shut', 'Ferries cancelled until Thursday']);
  });

  it('leaves the feed footer ("The post … appeared first on …") out of the last entry', () => {
    expect(entries[3]!.text).toBe('Both island ferries are cancelled until Thursday morning, the operator said, and tickets will be refunded without a fee. —Tomasz Wren');
    expect(entries[1]!.text).toMatch(/^Waves break over the sea wall[\s\S]*Replacement buses leave from the station forecourt every half hour\. —Ines Moreau$/);
  });

  it('drops the footer in the languages of its SEO plugin, not a sentence that merely starts alike', () => {
    expect(isFeedFooter('Der Beitrag Sturm-Ticker: Fähren fallen aus erschien zuerst auf Nordkurier24.')).toBe(true);
    expect(isFeedFooter('L’article Tempête : les ferries annulés est apparu en premier sur Infos Côte.')).toBe(true);
    expect(isFeedFooter("L'articolo Tempesta, traghetti cancellati sembra essere il primo su Notizie Costa.")).toBe(true);
    expect(isFeedFooter('La entrada Temporal: cancelados los ferris se publicó primero en Costa Hoy.')).toBe(true);
    expect(isFeedFooter('The post office in the harbour appeared first on the list of flooded buildings, the mayor said.')).toBe(false);
  });
});
