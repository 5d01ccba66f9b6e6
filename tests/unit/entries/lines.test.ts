// AP stories syndicated as one block of text lines split by `<br>` (lib/detect/lines.ts): "The
// Latest" with bare times on lines of their own, with bold times, and its newer form of sections
// between "___" lines that open with datelines. Verdict, count, times and text on fixtures written
// to that markup; and blocks of lines that are no stream (an agenda, lines of one time).
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';
import { analyzeFixture, analyzeHtml } from './analyze-fixture';

describe('"The Latest" as one block: bare times on lines of their own, "___" between entries', () => {
  const url = 'https://www.kval7.example/story/41822931/the-latest-crews-slow-wildfire-in-the-foothills';
  const { detection, entries, kind } = analyzeFixture('ap-br-block-times.html', url);

  it('is live, read as a stream of lines, one entry per time', () => {
    expect(detection).toMatchObject({ isLiveBlog: true, signal: 'structure' });
    expect(kind).toBe('line-stream');
    expect(entries.map((e) => e.timeLabel)).toEqual(['6:42 p.m.', '4:57 p.m.', '3:06 p.m.', '1:21 p.m.', '11:48 a.m.']);
  });

  it('gives each entry its lines as paragraphs, without the time, the rule, the intro or the closing notes', () => {
    expect(entries[1]!.paragraphs.map((p) => p.text)).toEqual([
      'The county sheriff has lifted evacuation orders for two neighborhoods north of the highway.',
      'Residents are being asked to bring identification because deputies are checking who returns.',
    ]);
    expect(entries[4]!.text).toBe('Smoke from the fire has closed two schools and the air district has warned people with asthma to stay indoors.');
    for (const e of entries) expect(e.text).not.toMatch(/___|all times local|Copyright|corrected|^\d/);
  });

  it('anchors each entry on the line break that opens its time line, and gives distinct ids', () => {
    expect(entries.every((e) => e.element.localName === 'br')).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(5);
  });
});

describe('"The Latest" as one block with bold times (`<strong>`, `<b>`, "Noon")', () => {
  const url = 'https://www.islandgazette.example/news/world/the-latest-ferry-strike-to-end-at-midnight/article_8812.html';
  const { detection, entries } = analyzeFixture('ap-br-block-bold.html', url);

  it('is live with four entries, each anchored on its bold time', () => {
    expect(detection.isLiveBlog).toBe(true);
    expect(entries.map((e) => e.timeLabel)).toEqual(['3:34 p.m.', '1:17 p.m.', 'Noon', '10:41 a.m.']);
    expect(entries.map((e) => e.element.localName)).toEqual(['strong', 'strong', 'b', 'strong']);
  });

  it('reads the lines after each time, up to the rule', () => {
    expect(entries[0]!.text).toBe(
      "Seamen's unions say the strike will end at midnight and ferries will sail on Friday morning.\n\nThe coast guard says 14 ships stayed in port across the islands today.",
    );
    expect(entries[3]!.text).toBe('Ports on the mainland are quiet as the 24-hour strike by ferry crews enters its second half.');
    expect(entries.some((e) => /Follow AP/.test(e.text))).toBe(false);
  });
});

describe('the newer form as one block: sections between "___" lines that open with datelines', () => {
  const url = 'https://www.kval7.example/story/41822990/the-latest-pacific-leaders-agree-to-meet-again';
  const { detection, entries, kind } = analyzeFixture('ap-br-block-datelines.html', url);

  it('is live with one entry per dateline section, the dateline kept as the text it is', () => {
    expect(detection.isLiveBlog).toBe(true);
    expect(kind).toBe('line-stream');
    expect(entries.map((e) => e.text.split(' (AP)')[0])).toEqual(['WELLINGTON, New Zealand', 'SUVA, Fiji', 'CANBERRA, Australia', 'HONIARA, Solomon Islands']);
    expect(entries[2]!.paragraphs).toHaveLength(2);
    expect(entries.every((e) => e.timeLabel === null)).toBe(true);
  });
});

describe('blocks of lines that are no stream', () => {
  const agenda = (times: string[]) =>
    `<!doctype html><html><head><title>Open day at the harbour college</title></head><body><h1>Open day</h1>` +
    `<p class="byline"><time datetime="2025-05-01T08:00:00Z">May 1</time> <time datetime="2025-05-01T08:00:00Z">8:00</time> <time datetime="2025-05-01T08:00:00Z">8:00</time></p>` +
    `<div class="text">Programme for visitors:<br><br>` +
    times.map((t) => `${t}<br>Talks and tours of the workshops for visitors, with staff and students.<br><br>`).join('') +
    `</div></body></html>`;
  const url = 'https://www.harbourcollege.example/news/open-day-programme';

  it('leaves an agenda alone: its times go forward', () => {
    expect(detect(parseHtml(agenda(['9:12 a.m.', '10:26 a.m.', '11:37 a.m.', '1:14 p.m.', '2:51 p.m.'])), url).isLiveBlog).toBe(false);
  });

  it('would read the same lines newest first as a stream (the order does the work)', () => {
    const { detection, entries } = analyzeHtml(agenda(['2:51 p.m.', '1:14 p.m.', '11:37 a.m.', '10:26 a.m.', '9:12 a.m.']), url);
    expect(detection.isLiveBlog).toBe(true);
    expect(entries).toHaveLength(5);
  });

  it('leaves alone a block whose time lines carry no text', () => {
    const html = fixture('generic/ap-br-block-times.html');
    const bare = html.replace(/<br \/><br \/>(?!___|\d)[^<]+/g, '');
    expect(bare).toContain('4:57 p.m.<br /><br />___');
    expect(detect(parseHtml(bare), 'https://www.kval7.example/story/1/crews').isLiveBlog).toBe(false);
    expect(detect(parseHtml(html), 'https://www.kval7.example/story/1/crews').isLiveBlog).toBe(true);
  });
});
