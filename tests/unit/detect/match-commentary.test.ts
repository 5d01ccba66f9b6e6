// Minute-by-minute match commentaries on sites without an adapter, in the markup families such
// pages use (fixtures written for this test), and match pages that print minutes but are no
// commentary: verdict, entry count, times and text.
import { describe, expect, it } from 'vitest';
import { analyzeFixture } from '../entries/analyze-fixture';

describe('French commentary with raised ordinals ("88<sup>e</sup>", "1<sup>re</sup>"), newest first', () => {
  const { detection, entries } = analyzeFixture('match-fr-sup-minutes.html', 'https://www.sporthebdo-ouest.example/football/ligue-1/rennes-brest-1234567.html');

  it('is live by its structure and reads every line, breaks and stoppage time included', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure', adapter: null });
    expect(entries.map((e) => e.timeLabel)).toEqual(['TM', '90e+3', '84e', '71e', '63e', 'MT', '38e', '1re']);
  });

  it('keeps the words of each line, a substitution as its two names', () => {
    expect(entries[3]!.text).toMatch(/^BUT pour Rennes ! L'avant-centre conclut/);
    expect(entries[4]!.text).toBe('Koné Lebrun');
  });
});

describe('French commentary in two columns (minute with its icon, then the line)', () => {
  const { detection, entries } = analyzeFixture('match-fr-columns.html', 'https://www.footnews.example/ligue-1/lyon-marseille/2041');

  it('is live and reads each row, kick-off included, the sidebar left out', () => {
    expect(detection.isLiveBlog).toBe(true);
    expect(entries.map((e) => e.timeLabel)).toEqual(["90'+4", "88'", "75'", "67'", "46'", "45'+1", "23'", "Coup d'envoi"]);
    expect(entries[1]!.text).toMatch(/^Carton rouge direct/);
    expect(entries.some((e) => /Mercato/.test(e.text))).toBe(false);
  });
});

describe('French commentary as paragraphs that open with their minute ("88e - …")', () => {
  const { detection, entries } = analyzeFixture('match-fr-paragraphs.html', 'https://www.nordsports.example/football/ligue-1/lens-lille-derby-987.html');

  it('is live and reads each paragraph as an entry, its minute cut from the text', () => {
    expect(detection.isLiveBlog).toBe(true);
    expect(entries.map((e) => e.timeLabel)).toEqual(['90e+4', '86e', '72e', '46e', '31e', '1re']);
    expect(entries[2]!.text).toMatch(/^BUT pour Lens ! L'ailier/);
  });
});

describe('German ticker with bare minutes ("88.", "90.+3")', () => {
  const { detection, entries } = analyzeFixture('match-de-ticker.html', 'https://www.sportblatt.example/fussball/bundesliga/dortmund-freiburg/liveticker');

  it('is live and reads each minute', () => {
    expect(detection.isLiveBlog).toBe(true);
    expect(entries.map((e) => e.timeLabel)).toEqual(['90.+3', '88.', '77.', '64.', '46.', '45.+2', '19.']);
    expect(entries[1]!.text).toMatch(/^Tor für Dortmund, 3:1!/);
  });
});

describe('Spanish narration ("Min. 88")', () => {
  const { detection, entries } = analyzeFixture('match-es-min.html', 'https://www.deportessur.example/futbol/betis-sevilla-directo');

  it('is live and reads each minute', () => {
    expect(detection.isLiveBlog).toBe(true);
    expect(entries.map((e) => e.timeLabel)).toEqual(['Min. 90+5', 'Min. 82', 'Min. 70', 'Min. 46', 'Min. 31']);
    expect(entries[2]!.text).toMatch(/^¡Gol del Sevilla!/);
  });
});

describe('a match centre titled by its teams alone, its commentary under a "Match en direct" heading', () => {
  // Nothing in the title or the address says live, and no `time` element: the heading that labels
  // the stream is what opens the structural check.
  const url = 'https://www.foot-atlantique.example/match-foot/61204/2231/nantes-stade-rennais.html';
  const { detection, entries } = analyzeFixture('match-centre-fr-sides.html', url);

  it('is live and reads every comment row, on either side, goals and substitutions included', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure', adapter: null });
    expect(entries.map((e) => e.timeLabel)).toEqual(["94'", "92'", "88'", "84'", "84'", "77'", "70'", "52'", "47'", "31'", "18'", "4'"]);
  });

  it('keeps the period markers, the timeline marks and the news rail out, and gives each row its own id', () => {
    expect(entries.some((e) => /Fin du match|Mi-temps|période|classement/.test(e.text))).toBe(false);
    expect(entries[3]!.text).toBe('Entrée de Malo Guérin');
    expect(entries[5]!.text).toMatch(/^But de Théo Rivière ! Le Nantais reprend de volée/);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe('German ticker set as table rows, each stamped with the clock and the match minute ("16:17", "29.")', () => {
  const url = 'https://www.sportblatt.example/news/fussball/bundesliga/spielrunde/2016-17/9/3301122/livematch_hertha-bsc_werder-bremen.html';
  const { detection, entries } = analyzeFixture('match-de-table-clock-minute.html', url);

  it('is live and reads every row, those before kick-off (clock alone) too, newest first', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure', adapter: null });
    expect(entries.map((e) => e.timeLabel)).toEqual(['16:19', '16:17', '16:12', '16:05', '15:52', '15:49', '15:41', '15:26', '15:07']);
  });

  it('leaves out the score header, the fan poll with its odds, the ad and the kick-off separator; no minute or player figures in the text', () => {
    expect(entries.some((e) => /Fan-Trend|Anzeige|Anpfiff 1\. Halbzeit|Hertha BSC\s*1/.test(e.text))).toBe(false);
    expect(entries[1]!.text).toBe('Gelbe Karte: Kessler (Werder Bremen)\n\nDer Sechser kommt im Mittelfeld zu spät und trifft seinen Gegenspieler am Knöchel - die logische Verwarnung.');
    expect(entries[2]!.text).toMatch(/^Tor für Hertha BSC, 1:0 durch Brandt/);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe('match pages that print minutes and are no commentary', () => {
  it('a match report with its scorers ("Mbappé (12e, 45e+2)") and a key-moments box', () => {
    const { detection } = analyzeFixture('neg-match-report-fr.html', 'https://www.foothebdo.example/ligue-1/psg-monaco-3-1-paris-deroule-123.html');
    expect(detection.isLiveBlog).toBe(false);
  });

  it('a ranking counted down by bare ordinals ("6.", "5.", … "1."), read like German minutes', () => {
    const { detection } = analyzeFixture('neg-numbered-ranking-de.html', 'https://www.sportblatt.example/fussball/bundesliga/torjaeger-ranking-hinrunde');
    expect(detection.isLiveBlog).toBe(false);
  });

  it('a table of the day\'s most read stories, each with its time and its rank ("1.", "2.", …), read like clock and minute', () => {
    const { detection } = analyzeFixture('neg-ranking-table-times.html', 'https://www.stadtanzeiger.example/lokales/meistgelesen');
    expect(detection.isLiveBlog).toBe(false);
  });

  it('a results list with statuses ("FT", "HT", "74\'") and scorers', () => {
    const { detection } = analyzeFixture('neg-results-minutes.html', 'https://www.pitchside.example/football/premier-league/results/matchday-14');
    expect(detection.isLiveBlog).toBe(false);
  });
});
