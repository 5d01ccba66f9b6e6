// What a built script is made of, by source file: its bytes (`npx tsx tests/bench/source-map.ts
// <file.js> [depth]`, for a build made with LBL_SOURCEMAP=1) and, for the profiler
// (browser/profile.ts --sources), which source a line and column of it came from. The mappings
// are decoded here (base64 VLQ, source map v3) rather than with a library the project does not list.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One generated line's segments: [column, source index or -1]. */
type Line = Array<[number, number]>;

export interface SourceMap {
  sources: string[];
  lines: Line[];
  /** The source a position of the built file came from ('(unmapped)' when none). */
  sourceAt(line: number, column: number): string;
}

/** A source path as the tables read it: `npm:<package>` for dependencies, else the repo path. */
export function tidy(source: string): string {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^\.\//, '');
  const pkg = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(path);
  return pkg ? `npm:${pkg[1]}` : path;
}

export function readSourceMap(file: string): SourceMap {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  let source = 0;
  const lines = map.mappings.split(';').map((text) => {
    const segments: Line = [];
    let column = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else values.push(value & 1 ? -(value >>> 1) : value >>> 1), (value = 0), (shift = 0);
      }
      column += values[0]!;
      if (values.length > 1) source += values[1]!;
      segments.push([column, values.length > 1 ? source : -1]);
    }
    return segments;
  });
  const sources = map.sources.map(tidy);
  return {
    sources,
    lines,
    sourceAt(line, column) {
      const segments = lines[line] ?? [];
      let found = -1;
      for (const [c, s] of segments) if (c <= column) found = s;
      return found < 0 ? '(unmapped)' : sources[found]!;
    },
  };
}

/** Bytes of `file` per source (dependencies per package), grouped to `depth` path parts. */
export function bytesBySource(file: string, depth = 2): Map<string, number> {
  const map = readSourceMap(file);
  const code = readFileSync(file, 'utf8').split('\n');
  const out = new Map<string, number>();
  const add = (name: string, n: number) => out.set(name, (out.get(name) ?? 0) + n);
  const group = (name: string) => (name.startsWith('npm:') ? name : name.split('/').slice(0, depth).join('/'));
  code.forEach((text, i) => {
    const segments = map.lines[i] ?? [];
    if (!segments.length) return add('(unmapped)', Buffer.byteLength(text) + 1);
    add('(unmapped)', Buffer.byteLength(text.slice(0, segments[0]![0])) + 1);
    segments.forEach(([column, s], k) => {
      const end = k + 1 < segments.length ? segments[k + 1]![0] : text.length;
      add(s < 0 ? '(unmapped)' : group(map.sources[s]!), Buffer.byteLength(text.slice(column, end)));
    });
  });
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, depth] = process.argv.slice(2);
  if (!file) throw new Error('usage: source-map.ts <built file.js> [depth]');
  const sizes = [...bytesBySource(file, Number(depth ?? 2))].sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  for (const [name, n] of sizes) console.log(`${(n / 1000).toFixed(1).padStart(7)} KB ${((100 * n) / total).toFixed(1).padStart(5)}%  ${name}`);
  console.log(`${(total / 1000).toFixed(1).padStart(7)} KB total`);
}
