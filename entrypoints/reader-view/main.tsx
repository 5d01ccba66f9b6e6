// The reader view page (reader-view.html): framed over a live blog by the reader's content script
// (features/reader-view.ts), it connects back to it, reads the whole blog and draws it clean.
import '@/components/reader-view/reader.css';
import { mountPage } from '../shared/page';
import { lensStorage } from '../shared/storage';
import { ReaderApp } from './App';
import { startReader } from './controller';

const controller = startReader();
// The bench's hooks, in LBL_PERF=1 builds only (the condition is a constant: ordinary builds drop it).
if (import.meta.env.LBL_PERF) void import('./bench-hooks').then((hooks) => hooks.installBenchHooks(controller));
// Each entry's words carry the blog's own language (components/reader-view/EntryCard.tsx).
mountPage('readerView.viewLabel', <ReaderApp controller={controller} storage={lensStorage} />);
