// One match commentary in the layouts sports sites really use: the minute in its own span, list
// item, table cell or definition term with the line beside it, opening the line's paragraph
// ("74' But de Lyon !"), as "74 min", written with a character reference (74&#39;), or replayed
// oldest first. Each layout must give the same six entries, minutes and words.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { parseHtml } from '../../../tools/dom';

const LINES: [string, string][] = [
  ["74'", 'But de Lyon ! Une frappe croisée du droit qui ne laisse aucune chance au gardien adverse.'],
  ["70'", "Changement côté marseillais, l'ailier gauche cède sa place à un milieu plus défensif."],
  ["58'", "Carton jaune pour le défenseur central, coupable d'un tacle en retard sur l'attaquant."],
  ["45+2'", "C'est la mi-temps au stade, les deux équipes se quittent sur un score nul et vierge."],
  ["31'", "Grosse occasion pour Marseille mais la tête de l'attaquant passe juste au-dessus."],
  ["1'", "Coup d'envoi de la rencontre donné par les Lyonnais devant une affluence record."],
];

const page = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lyon - Marseille : le match en direct | Stade Info</title></head>` +
  `<body><header><a href="/">Stade Info</a></header><div class="page"><h1>Lyon - Marseille : le match en direct</h1>${body}</div></body></html>`;
const each = (row: (minute: string, text: string) => string, lines = LINES) => lines.map(([m, t]) => row(m, t)).join('');

const LAYOUTS: Record<string, string> = {
  'a minute span before each paragraph, flat': `<div class="live">${each((m, t) => `<span class="min">${m}</span><p>${t}</p>`)}</div>`,
  'list items opening with a bold minute': `<ul class="live">${each((m, t) => `<li><strong>${m}</strong> ${t}</li>`)}</ul>`,
  'a minute item and a line item, alternating': `<ul class="live">${each((m, t) => `<li class="min">${m}</li><li class="txt">${t}</li>`)}</ul>`,
  'table rows of minute and line': `<table class="live"><tbody>${each((m, t) => `<tr><td class="min">${m}</td><td class="txt">${t}</td></tr>`)}</tbody></table>`,
  'a definition list': `<dl class="live">${each((m, t) => `<dt>${m}</dt><dd>${t}</dd>`)}</dl>`,
  'paragraphs that open with the minute': `<div class="live">${each((m, t) => `<p>${m} ${t}</p>`)}</div>`,
  'paragraphs that open with the minute and a dash': `<div class="live">${each((m, t) => `<p>${m} - ${t}</p>`)}</div>`,
  'the minute written with a character reference': `<div class="live">${each((m, t) => `<div class="item"><span class="min">${m.replace("'", '&#39;')}</span><span class="txt">${t}</span></div>`)}</div>`,
  'the line as bare text beside the minute': `<div class="live">${each((m, t) => `<div class="item"><div class="min">${m}</div>${t}</div>`)}</div>`,
};

describe('match commentary layouts', () => {
  const url = 'https://www.stade-info.example/football/ligue-1/lyon-marseille-12345.html';

  it.each(Object.entries(LAYOUTS))('reads %s', (_, body) => {
    const { detection, entries } = analyzeDocument(parseHtml(page(body)), url);
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(entries.map((e) => e.timeLabel)).toEqual(LINES.map(([m]) => m));
    expect(entries.map((e) => e.text)).toEqual(LINES.map(([, t]) => t));
  });

  it('reads "74 min" stamps', () => {
    const body = `<div class="live">${each((m, t) => `<div class="item"><span class="min">${m.replace("'", ' min')}</span><p>${t}</p></div>`)}</div>`;
    const { entries } = analyzeDocument(parseHtml(page(body)), url);
    expect(entries.map((e) => e.timeLabel)).toEqual(LINES.map(([m]) => m.replace("'", ' min')));
  });

  it('reads a finished match replayed oldest first', () => {
    const body = `<div class="live">${each((m, t) => `<span class="min">${m}</span><p>${t}</p>`, [...LINES].reverse())}</div>`;
    const { detection, entries } = analyzeDocument(parseHtml(page(body)), url);
    expect(detection.isLiveBlog).toBe(true);
    expect(entries.map((e) => e.timeLabel)).toEqual([...LINES].reverse().map(([m]) => m));
  });

  it('does not read a score after a minute ("90\' 3-1") as a line of commentary', () => {
    const body = `<div class="live">${each((m, t) => `<p>${m} 3-1, ${t}</p>`)}</div>`;
    expect(analyzeDocument(parseHtml(page(body)), url).detection.isLiveBlog).toBe(false);
  });

  it('reads a time written with "&nbsp;" as one time in Node, as the browser does ("12.31&nbsp;Uhr")', () => {
    const doc = parseHtml('<!doctype html><html><body><span id="t">12.31&nbsp;Uhr</span></body></html>');
    expect(doc.getElementById('t')!.childNodes).toHaveLength(1);
  });
});
