import { defineConfig } from 'wxt';
import { newsMatchPatterns } from './lib/sites/news-domains';

// LBL_PERF=1 builds record User Timing measures; ordinary builds compile that code away.
const perf = process.env.LBL_PERF === '1';

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  modules: [],
  manifest: ({ browser }) => ({
    name: 'Liveblog Lens',
    description:
      'Makes news live blogs readable: collapses repeats, follows one speaker, keeps your place and your quotes. Nothing leaves your machine.',
    permissions: ['scripting', 'storage', 'activeTab', 'contextMenus'],
    host_permissions: newsMatchPatterns(),
    // The detector (entrypoints/detector.ts) on every page of the curated news sites.
    content_scripts: [{ matches: newsMatchPatterns(), js: ['detector.js'], run_at: 'document_idle' }],
    optional_host_permissions: browser === 'firefox' ? undefined : ['*://*/*'],
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : {}),
    action: { default_title: 'Liveblog Lens' },
    commands: {
      'open-library': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the Liveblog Lens library' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'liveblog-lens@liveblog-lens.app', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({
    define: { 'import.meta.env.LBL_PERF': JSON.stringify(perf) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { target: 'es2022' },
  }),
});
