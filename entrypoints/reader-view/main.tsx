// The reader view page (reader-view.html): framed over a live blog by the reader's content script
// (features/reader-view.ts), it connects back to it, reads the whole blog and draws it clean.
import { render } from 'preact';
import '@/components/reader-view/reader.css';
import { lensStorage } from '../shared/storage';
import { ReaderApp } from './App';
import { startReader } from './controller';

render(<ReaderApp controller={startReader()} storage={lensStorage} />, document.getElementById('app')!);
