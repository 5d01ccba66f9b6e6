import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { cleanLabel, datetimeAttr, isTimeLabel, labelKind, labelValue, leafLabelKind, splitTimePrefix, timeCarriers } from '../../../lib/detect/time';

describe('isTimeLabel', () => {
  it.each(['19:02 (IST), Oct 02', '12.50 BST', 'Posted at 15:05', '21:00', '7h29', '11.04 Uhr', '3:45pm', '10:32 a.m. ET', '4m ago', '2 hours ago', 'Updated 09:15 GMT'])(
    'reads %s as a time',
    (text) => expect(isTimeLabel(text)).toBe(true),
  );

  it.each(['12.50', '65.06 sek.', '£3.50', '2:1', '19:00 News', 'Kick-off', '14 August 2023', '25:10', 'Breaking news at the harbour tonight and more'])(
    'does not read %s as a time',
    (text) => expect(isTimeLabel(text)).toBe(false),
  );
});

describe('time labels in each language and sport', () => {
  it.each([
    ['19.45 Uhr', 'clock'], ['19:45', 'clock'], ['7h29', 'clock'], ['8h', 'clock'], ['4:14 p.m.', 'clock'], ['7h29 -', 'clock'],
    ['Aktualisiert um 19.45 Uhr', 'clock'], ['Publié à 7h29', 'clock'], ['Aggiornato alle 12:04', 'clock'], ['Actualizado a las 12.04 h', 'clock'], ['godz. 12:04', 'clock'],
    ['4m ago', 'relative'], ['an hour ago', 'relative'], ['il y a 5 min', 'relative'], ['vor 10 Minuten', 'relative'], ['vor 1 Std.', 'relative'],
    ['5 minuti fa', 'relative'], ["un'ora fa", null], ['hace 5 minutos', 'relative'], ['5 minut temu', 'relative'], ['2 godz. temu', 'relative'],
    ['há 4 minutos', 'relative'], ['há 1 hora', 'relative'], ['12 minuten geleden', 'relative'], ['2 uur geleden', 'relative'], ['geleden', null], ['vor 2 Uhr', null],
    ["12'", 'minute'], ["45+2'", 'minute'], ['90+4’', 'minute'], ['45e+2', 'minute'], ['12e', 'minute'], ['12. Min.', 'minute'], ['Min. 12', 'minute'],
    ["90'+3'", 'minute'], ["Coup d'envoi", 'minute'], ['Anpfiff', 'minute'], ['Przerwa', 'minute'], ['Fine partita', 'minute'],
    ['88.', 'ordinal'], ['90.+3', 'ordinal'], ['131.', null],
    ['Q3 8:12', 'period'], ['OT 2:11', 'period'], ['3rd 8:12', 'period'], ['2nd Qtr 5:30', 'period'], ['P2 14:33', 'period'],
    ['Over 19', 'over'], ['19.6 ov', 'over'], ['14th over', 'over'], ['19.6', 'ball'],
  ])('reads %s as %s', (text, kind) => expect(labelKind(text)).toBe(kind));

  it('never reads prices, scores, lap times, years or long minutes as times, nor a bare ball', () => {
    for (const text of ['12.50', '£3.50', '2:1', '3.45', "150'", '2024', '65.06 sek.', 'vor 10 Jahren', 'Q9 8:12']) expect(isTimeLabel(text), text).toBe(false);
    expect(isTimeLabel('19.6')).toBe(false);
    // A bare ordinal is a minute only in a run of them (order.ts): "3." alone is a list's number.
    expect(isTimeLabel('88.')).toBe(false);
  });

  it('orders clocks by minute of the day, minutes by the match clock and balls one by one', () => {
    expect(labelValue('4:14 p.m.', 'clock')).toBe(16 * 60 + 14);
    expect(labelValue('19.45 Uhr', 'clock')).toBe(19 * 60 + 45);
    expect(labelValue('7h29', 'clock')).toBe(7 * 60 + 29);
    expect(labelValue("45+2'", 'minute')).toBeGreaterThan(labelValue("45'", 'minute')!);
    expect(labelValue("45+2'", 'minute')).toBeLessThan(labelValue("46'", 'minute')!);
    expect(labelValue('8.1', 'ball')! - labelValue('7.6', 'ball')!).toBe(1);
    expect(labelValue('90.+3', 'ordinal')).toBeGreaterThan(labelValue('90.', 'ordinal')!);
    expect(labelValue("Coup d'envoi", 'minute')).toBeLessThan(labelValue('1re', 'minute')!);
  });

  it('reads a minute whose ordinal or stoppage time is set in a small mark of its own', () => {
    const doc = parseHtml(
      '<div><span id="a">88<sup>e</sup></span><span id="b">90<sup>e</sup>+3</span><span id="c">45<span class="extra">+2</span>\'</span>' +
        '<span id="d">12<sup>e</sup> Mbappé</span><span id="e">12 <span>juin 2025</span></span></div>',
    );
    const kind = (id: string) => leafLabelKind(doc.getElementById(id)!);
    expect([kind('a'), kind('b'), kind('c')]).toEqual(['minute', 'minute', 'minute']);
    // Words beside the mark, or a mark too long to be one, make no label.
    expect([kind('d'), kind('e')]).toEqual([null, null]);
  });

  it('splits a French ordinal minute from its line only at a separator', () => {
    expect(splitTimePrefix('90e+3 - Fin du match au Parc')).toEqual({ time: '90e+3', rest: 'Fin du match au Parc' });
    expect(splitTimePrefix('1re : Coup d’envoi donné')).toEqual({ time: '1re', rest: 'Coup d’envoi donné' });
    expect(splitTimePrefix('12e journée : Lens reçoit Lille')).toBeNull();
    expect(splitTimePrefix('3e arrondissement, la mairie ferme')).toBeNull();
  });

  it('keeps the separator a label may end on out of the label', () => {
    expect(cleanLabel('7h29 - ')).toBe('7h29');
    expect(cleanLabel('4:14 p.m.')).toBe('4:14 p.m.');
  });
});

describe('splitTimePrefix', () => {
  it('splits German, French and English ticker headings', () => {
    expect(splitTimePrefix('11.04 Uhr: Pegel sinkt')).toEqual({ time: '11.04 Uhr', rest: 'Pegel sinkt' });
    expect(splitTimePrefix('7h29 - Bonjour et bienvenue')).toEqual({ time: '7h29', rest: 'Bonjour et bienvenue' });
    expect(splitTimePrefix('14:05 – Teams announced')).toEqual({ time: '14:05', rest: 'Teams announced' });
  });

  it('needs a separator after the time', () => {
    expect(splitTimePrefix('2024 was a year of storms')).toBeNull();
    expect(splitTimePrefix('3.45 per cent rise')).toBeNull();
    expect(splitTimePrefix('Pegel sinkt: 11.04 Uhr')).toBeNull();
  });
});

describe('timeCarriers', () => {
  it('finds time elements and printed labels, not scripts or prose', () => {
    const doc = parseHtml(`<!doctype html><html><body><div><span>19:02 (IST), Oct 02</span><time dateTime="2020-10-02T19:02:32+05:30"></time></div>
      <p>We meet at 19:00 tonight.</p><script>var t = "12:00";</script><amp-timeago datetime="2023-08-14T09:01:52Z">1692003712</amp-timeago></body></html>`);
    const found = timeCarriers(doc.body);
    expect(found.map((el) => el.localName)).toEqual(['span', 'time', 'amp-timeago']);
    // linkedom keeps attribute names as written; browsers lower-case them.
    expect(datetimeAttr(found[1]!)).toBe('2020-10-02T19:02:32+05:30');
  });
});

describe('a label beside parts that print nothing', () => {
  it('reads the time beside an icon or empty wrappers, not beside nested words', () => {
    const doc = parseHtml(`<!doctype html><html><body>
      <div id="a"><span class="icon"><i> </i>
      </span>14:32</div>
      <div id="b"><span><b>
      </b></span>14:33<!-- a comment prints nothing --></div>
      <div id="c"><span><b> <em>Live</em></b></span>14:34</div>
      </body></html>`);
    const kinds = ['a', 'b', 'c'].map((id) => leafLabelKind(doc.getElementById(id)!));
    expect(kinds).toEqual(['clock', 'clock', null]);
    expect(timeCarriers(doc.body).map((el) => el.id)).toEqual(['a', 'b']);
  });
});
