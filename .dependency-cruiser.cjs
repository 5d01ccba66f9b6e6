// The layering, checked on every `npm test` (`npm run lint`): imports point one way,
// lib -> components -> entrypoints, with no cycles; lib/ is pure (no browser, no Node, no tests or
// tools); components are presentational (no storage, no messaging, no browser API). Browser
// globals used without an import (`document`, `browser`...) are checked by
// tests/unit/conventions.test.ts, which reads the code itself.

/** Modules that reach the browser's extension APIs or storage. */
const BROWSER = ['^node_modules/(wxt|@wxt-dev|webextension-polyfill|@webext-core)/', '^entrypoints/shared/'];

/** lib/ modules that open or write the database, and the protocol's transport. */
const STORE_AND_WIRE = ['^lib/store/(db|queries|quotes|library|open-digest)[.]ts$', '^lib/protocol/(wire|retry)[.]ts$', '^node_modules/dexie/'];

/** A forbidden import: from these paths to those. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid('no-cycles', 'Files that import each other cannot be understood, tested or moved one at a time.', {}, {
      circular: true,
    }),
    forbid('lib-is-pure-layering', 'lib/ does the thinking; entrypoints, components, tests and tools build on it, never the reverse.',
      { path: '^lib/' }, { path: '^(entrypoints|components|tests|tools)/' }),
    forbid('lib-no-node', 'lib/ runs in the browser too: no node: modules (Node-only code lives in tools/).',
      { path: '^lib/' }, { dependencyTypes: ['core'] }),
    forbid('lib-no-browser', "lib/ takes a Document, text or a db and returns data; the browser is wired in entrypoints/.",
      { path: '^lib/' }, { path: BROWSER }),
    forbid('components-are-presentational', 'components/ take props and call callbacks: no storage, no messaging, no browser API, no entrypoints.',
      { path: '^components/' }, { path: ['^entrypoints/', ...BROWSER, ...STORE_AND_WIRE] }),
    forbid('shipped-code-not-from-tests-or-tools', 'What ships in the extension never imports tests or the Node-only tools.',
      { path: '^(entrypoints|components|lib)/' }, { path: '^(tests|tools)/' }),
    forbid('shipped-code-no-node', 'What ships runs in the browser: no node: modules.',
      { path: '^(entrypoints|components)/' }, { dependencyTypes: ['core'] }),
    forbid('no-unresolvable', 'An import that does not resolve is a typo or a missing dependency.',
      { path: '^(entrypoints|components|lib|tools)/' }, { couldNotResolve: true }),
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
