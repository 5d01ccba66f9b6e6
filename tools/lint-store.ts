// `npm run lint:store`: addons-linter (Mozilla's own store checks) on the Firefox package, built
// fresh so a stale zip is never what passes. Fails on any error or warning, not only on errors:
// a warning is what a store reviewer asks about. `--package FILE` lints a package already built.
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { zip } from 'wxt';
import { outDirArg, storePackages } from './packages';

interface LinterMessage { code: string; message: string; file?: string; line?: number; column?: number }
interface LinterResults { summary: { errors: number; warnings: number; notices: number }; errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] }

const argv = process.argv.slice(2);
const given = argv.indexOf('--package');
let target: string;
if (given >= 0 && argv[given + 1]) {
  target = argv[given + 1]!;
} else {
  const outDir = outDirArg(argv);
  await zip({ browser: 'firefox', ...(outDir ? { outDir } : {}) });
  target = storePackages(outDir).firefox;
}

// Loaded through require: addons-linter is CommonJS and ships no type declarations.
const linter = createRequire(import.meta.url)('addons-linter') as {
  createInstance(o: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterResults> };
};
const results = await linter
  .createInstance({
    config: { _: [target], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
    runAsBinary: false,
  })
  .run();

const where = (m: LinterMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '');
for (const [kind, list] of [['error', results.errors], ['warning', results.warnings], ['notice', results.notices]] as const) {
  for (const m of list) process.stdout.write(`${kind} ${m.code}: ${m.message}${where(m)}\n`);
}
const { errors, warnings, notices } = results.summary;
process.stdout.write(`addons-linter on ${relative(process.cwd(), target)}: ${errors} errors, ${warnings} warnings, ${notices} notices\n`);
if (errors > 0 || warnings > 0) process.exitCode = 1;
