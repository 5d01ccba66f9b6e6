import type { Detection } from './types';

/** Detector -> background: this page is a live blog; inject the reader into the sending frame. */
export const MSG_INJECT_READER = 'lbl:inject-reader';

/** The detector's one message, sent only on live blogs. */
export interface InjectReaderMessage {
  type: typeof MSG_INJECT_READER;
  detection: Detection;
}

/** Validates an incoming message before the background acts on it. */
export function isInjectReaderMessage(value: unknown): value is InjectReaderMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  const d = m.detection as Record<string, unknown> | undefined;
  return m.type === MSG_INJECT_READER && !!d && d.isLiveBlog === true && typeof d.site === 'string';
}
