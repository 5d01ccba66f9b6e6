// The reader view page (reader-view.html): framed over a live blog by the reader's content script
// (features/reader-view.ts), it connects back to it, reads the whole blog and draws it clean.
import { render } from 'preact';
import '@/components/reader-view/reader.css';
import { I18nProvider } from '@/components/i18n';
import { browserTranslator } from '../shared/i18n';
import { lensStorage } from '../shared/storage';
import { ReaderApp } from './App';
import { startReader } from './controller';

const i18n = browserTranslator();
// The page's language and title follow the words it shows (screen readers pick their voice by
// lang); each entry's words carry the blog's own language (components/reader-view/EntryCard.tsx).
document.documentElement.lang = i18n.lang;
document.title = i18n.t('readerView.viewLabel');

const controller = startReader();
// The bench's hooks, in LBL_PERF=1 builds only (the condition is a constant: ordinary builds drop it).
if (import.meta.env.LBL_PERF) void import('./bench-hooks').then((hooks) => hooks.installBenchHooks(controller));
render(
  <I18nProvider value={i18n}>
    <ReaderApp controller={controller} storage={lensStorage} />
  </I18nProvider>,
  document.getElementById('app')!,
);
