// The command-line analyser: Node glue around the pure pipeline in lib/ (the file system and the
// process stay out here, so lib/ stays pure).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, toReport } from '../lib/analyze';
import { canonicalUrl } from '../lib/page';
import { parseHtml } from './dom';
import { checkPageUrl, readPageInput } from './page-input';

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
  if (url !== null) {
    const checked = checkPageUrl(url);
    if ('error' in checked) throw new Error(checked.error);
  }
  return { file, url };
}

/** The report's JSON text for these arguments; throws with a one-line message on bad input. */
async function report(argv: string[]): Promise<string> {
  const { file, url } = parseArgs(argv);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
  const input = readPageInput(bytes, file);
  if ('error' in input) throw new Error(input.error);
  const doc = parseHtml(input.html);
  if (!doc.documentElement || !doc.body) throw new Error(`${file} has no HTML document in it`);
  // The page's own canonical address is only used when it is http(s): a `javascript:` canonical
  // would otherwise become the base of every permalink in the report.
  const canonical = canonicalUrl(doc);
  const pageUrl = url ?? (canonical && 'url' in checkPageUrl(canonical) ? canonical : 'https://localhost/');
  return `${JSON.stringify(toReport(analyzeDocument(doc, pageUrl)), null, 2)}\n`;
}

export interface CliResult { code: 0 | 1; stdout: string; stderr: string }

/** The whole command, minus the process: what it would print and its exit status. */
export async function runAnalyze(argv: string[]): Promise<CliResult> {
  try {
    return { code: 0, stdout: await report(argv), stderr: '' };
  } catch (error) {
    return { code: 1, stdout: '', stderr: `analyze: ${(error as Error).message.split('\n')[0]}\n` };
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { code, stdout, stderr } = await runAnalyze(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
