import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tools/dom';
import { datetimeAttr, isTimeLabel, splitTimePrefix, timeCarriers } from '../../../lib/detect/time';

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
