import { defineConfig } from 'wxt';
import { newsMatchPatterns } from './lib/sites/news-domains';
import { preactWithoutInnerHtml } from './tools/preact-without-inner-html';
import { readabilityWithoutInnerHtmlPlugin } from './tools/readability-without-inner-html';

// LBL_PERF=1 builds record User Timing measures; ordinary builds compile that code away.
const perf = process.env.LBL_PERF === '1';
// LBL_TEST=1 builds (tests only, never shipped) open the shadow roots that hide the reader's
// state from the page, so that real-browser tests can read them with ordinary locators.
const testRoots = process.env.LBL_TEST === '1';

// Rendered from store/icons/*.svg by `npm run icons` (tools/render-icons.ts) into public/icons/.
const icon = (size: number) => `icons/icon-${size}.png`;
const icons = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, icon(size)]));

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // @wxt-dev/i18n: locales/<lang>.yml become the browser's _locales/<lang>/messages.json, and
  // `i18n.t` (entrypoints/shared/i18n.ts) reads them in the browser's language.
  modules: ['@wxt-dev/i18n/module'],
  // The sources package (for addons.mozilla.org's reviewers) holds what rebuilds the extension;
  // the store screenshots are not part of it.
  zip: { excludeSources: ['store/**'] },
  manifest: ({ browser }) => ({
    // Every text the browser shows for us comes from locales/<lang>.yml (the `manifest` section),
    // in the browser's language; English when it has none of ours. The description is at most 132
    // characters in every language (the Chrome Web Store refuses a longer one; a unit test checks).
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    permissions: ['scripting', 'storage', 'activeTab', 'contextMenus'],
    host_permissions: newsMatchPatterns(),
    // The detector (entrypoints/detector.ts) on every page of the curated news sites.
    content_scripts: [{ matches: newsMatchPatterns(), js: ['detector.js'], run_at: 'document_idle' }],
    optional_host_permissions: browser === 'firefox' ? undefined : ['*://*/*'],
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : {}),
    icons,
    action: { default_title: '__MSG_manifest_actionTitle__', default_icon: { 16: icon(16), 32: icon(32), 48: icon(48) } },
    commands: {
      'open-library': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_manifest_commands_openLibrary__' },
      // The reader's page also hears Alt+Shift+S itself (where the browser leaves the key to it).
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_manifest_commands_togglePanel__' },
      'reader-view': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_readerView_command__' },
    },
    // The reader view (entrypoints/reader-view) is framed over the blog by the reader's content
    // script, on whatever site it runs. Chrome: only through this session's dynamic id, so a page
    // cannot probe for the extension or frame the view itself (Firefox's ids are per install).
    web_accessible_resources: [
      { resources: ['reader-view.html'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'liveblog-lens@liveblog-lens.app',
              // The data-consent key below needs Firefox 140 (the current ESR) and 142 on Android;
              // Firefox 127 and older refuse a manifest that has it.
              strict_min_version: '140.0',
              // Firefox's built-in consent: we collect and transmit nothing (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    // addons-linter flags Preact's dangerouslySetInnerHTML path; we never use it, so it goes.
    // The same for @mozilla/readability's two writes (the reader view's cleaning).
    plugins: [preactWithoutInnerHtml(), readabilityWithoutInnerHtmlPlugin()],
    define: { 'import.meta.env.LBL_PERF': JSON.stringify(perf), 'import.meta.env.LBL_TEST': JSON.stringify(testRoots) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { target: 'es2022', sourcemap: process.env.LBL_SOURCEMAP === '1' ? 'hidden' : false },
  }),
});
