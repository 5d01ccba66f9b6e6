// The command-line analyser: Node glue around the pure pipeline in lib/ (the file system and the
// process stay out here, so lib/ stays pure).
import { readFile } from 'node:fs/promises';
import { analyzeDocument, toReport } from '../lib/analyze';
import { canonicalUrl } from '../lib/page';
import { parseHtml } from './dom';

const USAGE = 'usage: npm run --silent analyze -- <page.html> [--url <original URL>]';

function parseArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i] ?? null;
      if (!url) throw new Error('--url needs a value');
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '-h' || arg === '--help') throw new Error(USAGE);
    else if (!file) file = arg;
    else throw new Error(`unexpected argument "${arg}"`);
  }
  if (!file) throw new Error(USAGE);
  if (url) {
    try {
      new URL(url);
    } catch {
      throw new Error(`--url "${url}" is not an absolute URL`);
    }
  }
  return { file, url };
}

async function main(): Promise<void> {
  const { file, url } = parseArgs(process.argv.slice(2));
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
  const doc = parseHtml(html);
  const pageUrl = url ?? canonicalUrl(doc) ?? 'https://localhost/';
  process.stdout.write(`${JSON.stringify(toReport(analyzeDocument(doc, pageUrl)), null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`analyze: ${(error as Error).message.split('\n')[0]}\n`);
  process.exit(1);
});
