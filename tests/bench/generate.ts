// Synthetic Guardian-style live blogs of any size, for the benchmarks (text is generated here).
const WORDS = (
  'minister talks ceasefire border council vote budget strike energy prices court ruling summit ' +
  'allies sanctions aid convoy rescue storm flooding election polls turnout parliament motion ' +
  'inquiry report health service union pay offer deal markets inflation rates bank statement'
).split(' ');
const PEOPLE = ['Anna Keller', 'Tomas Brandt', 'Maria Okafor', 'Li Wei', 'Sara Lindqvist', 'Omar Haddad'];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(pick(WORDS, seed * 31 + i * 7 + ((seed >> 3) ^ i)));
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function hex24(n: number): string {
  return n.toString(16).padStart(24, '0');
}

/** The bench blog's address (a Guardian live-blog path, so the Guardian adapter applies). */
export const GUARDIAN_BENCH_URL = 'https://www.theguardian.com/world/live/2026/nov/29/bench-live';
/** The element the entries are children of, where a live update lands. */
export const GUARDIAN_BENCH_CONTAINER = '#liveblog-body';

/** Entry number `i` (0 is the oldest) of the bench blog; every 25th re-posts the one before it. */
export function guardianBlock(i: number, url = GUARDIAN_BENCH_URL): string {
  const id = `block-${hex24(i + 1)}`;
  const source = i % 25 === 24 ? i - 1 : i; // a re-post with a new id
  const person = pick(PEOPLE, source);
  const minutes = (i * 3) % 60;
  return `<article id="${id}" class="block dcr-1r02hz5"><header class="dcr-88va8u"><div class="dcr-1aolral">` +
    `<a href="${url}?page=with:${id}#${id}" class="dcr-18ove8v"><time dateTime="2026-11-29T${String(6 + Math.floor(i / 20) % 18).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00.000Z" class="dcr-1rl1qsn">1h ago</time><span class="dcr-11d479j">${String(8 + (i % 12)).padStart(2, '0')}.${String(minutes).padStart(2, '0')} GMT</span></a></div></header>` +
    `<p class="dcr-n6w1lc">${sentence(source, 22)} ${sentence(source + 1, 18)}</p>` +
    `<p class="dcr-n6w1lc">Speaking to reporters, ${person} said:</p>` +
    `<blockquote class="dcr-27353m"><p>${sentence(source + 2, 16)}</p></blockquote>` +
    `<p class="dcr-n6w1lc">${sentence(source + 3, 25)}</p></article>`;
}

/** A Guardian-markup live blog with `count` entries, newest first; every 25th entry is re-posted. */
export function generateGuardianBlog(count: number, url = GUARDIAN_BENCH_URL): { html: string; url: string } {
  const blocks: string[] = [];
  for (let i = count - 1; i >= 0; i--) blocks.push(guardianBlock(i, url));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench live</title>` +
    `<meta property="og:title" content="Bench live blog"><link rel="canonical" href="${url}"></head><body>` +
    `<main><h1>Bench live blog</h1><div id="liveblog-body" class="js-liveblog-body">${blocks.join('')}</div></main></body></html>`;
  return { html, url };
}
