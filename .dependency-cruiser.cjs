// The layering, checked on every `npm test` (`npm run lint`): imports point one way,
// lib -> components -> entrypoints, with no cycles; lib/ is pure (no browser, no Node, no tests or
// tools); components are presentational (no storage, no messaging, no browser API). Browser
// globals used without an import (`document`, `browser`...) are checked by
// tests/unit/conventions.test.ts, which reads the code itself.

/** The one cycle left for the speakers work to remove (lib/speakers is being reworked now). */
const KNOWN_SPEAKERS_CYCLE = '^lib/speakers/(attribute|resolve)[.]ts$';

/** Modules that reach the browser's extension APIs or storage. */
const BROWSER = ['^node_modules/(wxt|@wxt-dev|webextension-polyfill|@webext-core)/', '^entrypoints/shared/'];

/** lib/ modules that open or write the database, and the protocol's transport. */
const STORE_AND_WIRE = ['^lib/store/(db|queries|quotes|library|open-digest)[.]ts$', '^lib/protocol/(wire|retry)[.]ts$', '^node_modules/dexie/'];

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Files that import each other cannot be understood, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true, via: { pathNot: KNOWN_SPEAKERS_CYCLE } },
    },
    {
      name: 'lib-is-pure-layering',
      comment: 'lib/ does the thinking; entrypoints, components, tests and tools build on it, never the reverse.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(entrypoints|components|tests|tools)/' },
    },
    {
      name: 'lib-no-node',
      comment: 'lib/ runs in the browser too: no node: modules (Node-only code lives in tools/).',
      severity: 'error',
      from: { path: '^lib/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'lib-no-browser',
      comment: 'lib/ takes a Document, text or a db and returns data; the browser is wired in entrypoints/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: BROWSER },
    },
    {
      name: 'components-are-presentational',
      comment: 'components/ take props and call callbacks: no storage, no messaging, no browser API, no entrypoints.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: ['^entrypoints/', ...BROWSER, ...STORE_AND_WIRE] },
    },
    {
      name: 'shipped-code-not-from-tests-or-tools',
      comment: 'What ships in the extension never imports tests or the Node-only tools.',
      severity: 'error',
      from: { path: '^(entrypoints|components|lib)/' },
      to: { path: '^(tests|tools)/' },
    },
    {
      name: 'shipped-code-no-node',
      comment: 'What ships runs in the browser: no node: modules.',
      severity: 'error',
      from: { path: '^(entrypoints|components)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^(entrypoints|components|lib|tools)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^[.]output/', '^[.]wxt/', '^node_modules/'] },
    // Type-only imports count: a type cycle is still two files that cannot be read apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
