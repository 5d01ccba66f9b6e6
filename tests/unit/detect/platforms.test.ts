// Live-blog platforms' containers (lib/detect/platforms.ts) open the cheap check and lower the
// structural bar as a live address does; they never make a verdict alone. Their look-alikes stay
// out: a Tickaroo teaser box linking to a blog, a 24liveblog readers' chat in the platform's own
// container, an Arena fans' chat. Each is also read by the structural check directly, so the rule
// that keeps it out is seen to work even where the cheap check opens.
import { describe, expect, it } from 'vitest';
import { detect, hasLiveStructure } from '../../../lib/detect/index';
import { detectQuickly } from '../../../lib/detect/quick';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const PLAIN = 'https://www.weserbergland-kurier.example/region/hameln/sturmtief-art-48213';
const LIVE = 'https://www.weserbergland-kurier.example/region/hameln/sturmtief-live-art-48213';

/** A ticker of `n` events in Tickaroo's v3 markup, inside `holder` (a platform's container or not). */
function ticker(n: number, holder: (events: string) => string): string {
  const times = ['18:45', '18:12', '17:40', '17:05', '16:31'];
  const events = times
    .slice(0, n)
    .map(
      (t, i) =>
        `<div class="tik3-flex-event"><div class="tik3-event-item"><div class="tik3-event-item-meta"><span class="tik3-event-item-meta-timestamp-time">${t}</span></div>` +
        `<div class="tik3-event-item-content"><div class="tik3-event-item-content-text"><p>Meldung ${i + 1}: Die Feuerwehr räumt weiter umgestürzte Bäume von den Straßen im Landkreis, der Verkehr läuft langsam wieder an.</p></div></div></div></div>`,
    )
    .join('');
  return `<!doctype html><html><head><title>Sturmtief über Hameln</title></head><body><main><h1>Sturmtief über Hameln</h1>${holder(events)}</main></body></html>`;
}

describe('a platform container', () => {
  it('opens the cheap check on a page whose address, title and markup say nothing else', () => {
    const page = ticker(3, (events) => `<tickaroo-liveblog liveblogId="a1" clientId="b2"><div class="tik3-events">${events}</div></tickaroo-liveblog>`);
    expect(detectQuickly(parseHtml(page), PLAIN).worthReading).toBe(true);
    expect(detectQuickly(parseHtml(ticker(3, (events) => `<div class="stream">${events}</div>`)), PLAIN).worthReading).toBe(false);
  });

  it('makes three timed events a live blog, as a live address does; outside one, three are too few at a plain address', () => {
    const inside = ticker(3, (events) => `<div id="tickaroo-liveblog"><div class="tik3-ticker"><div class="tik3-events">${events}</div></div></div>`);
    const outside = ticker(3, (events) => `<div class="stream">${events}</div>`);
    expect(detect(parseHtml(inside), PLAIN).isLiveBlog).toBe(true);
    expect(hasLiveStructure(parseHtml(outside), PLAIN)).toBe(false);
    expect(hasLiveStructure(parseHtml(outside), LIVE)).toBe(true);
  });

  it('is no verdict alone: an empty container (the script has not drawn it yet) is no live blog', () => {
    const empty = ticker(0, () => '<tickaroo-liveblog liveblogId="a1" clientId="b2"></tickaroo-liveblog><p>Der Gemeinderat tagt am Dienstag.</p>');
    expect(detectQuickly(parseHtml(empty), PLAIN).worthReading).toBe(true);
    expect(detect(parseHtml(empty), PLAIN).isLiveBlog).toBe(false);
  });
});

describe('look-alikes of platform blogs', () => {
  const read = (name: string, url: string) => {
    const doc = parseHtml(fixture(`generic/${name}`));
    return { verdict: detect(doc, url).isLiveBlog, structure: hasLiveStructure(doc, url) };
  };

  it('a Tickaroo teaser box of the latest posts, each a link to the blog, on an article', () => {
    const url = 'https://www.weserbergland-kurier.example/region/hameln/gemeinderat-parkkonzept-art-48220';
    expect(read('neg-platform-tickaroo-teaser.html', url)).toEqual({ verdict: false, structure: false });
    // Even at a live address, where two timed blocks would do.
    expect(read('neg-platform-tickaroo-teaser.html', `${url}-live`).structure).toBe(false);
  });

  it('a 24liveblog readers\' chat in the platform\'s own container, which opens the cheap check', () => {
    const url = 'https://bayareaneighborhoods.example/2024/11/ask-us-parking-rules/';
    expect(detectQuickly(parseHtml(fixture('generic/neg-platform-24liveblog-chat.html')), url).worthReading).toBe(true);
    expect(read('neg-platform-24liveblog-chat.html', url)).toEqual({ verdict: false, structure: false });
  });

  it('an Arena fans\' chat of timed messages, kept out by its name (a chat is what readers write)', () => {
    const url = 'https://www.diariodelvalle.example/deportes/2025/06/18/rayados-tigres-chat-aficion';
    const html = fixture('generic/neg-platform-arena-chat.html');
    expect(read('neg-platform-arena-chat.html', url)).toEqual({ verdict: false, structure: false });
    // Named otherwise, the same messages would pass: the name is what keeps them out.
    const renamed = html.replaceAll('arena-chat', 'arena-feed');
    expect(hasLiveStructure(parseHtml(renamed), url)).toBe(true);
  });
});
