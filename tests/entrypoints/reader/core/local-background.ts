// The background's annotator (entrypoints/background/annotator.ts) in the test's own process,
// behind ports that behave like the browser's: messages are copied and arrive in a later task,
// both ends hear a disconnect, and `stopWorker` drops every session the way Chrome stopping an
// idle service worker does. What the page sent is kept, to count it.
import { createAnnotationSession } from '../../../../entrypoints/background/annotator';
import type { PagePort } from '../../../../entrypoints/reader.content/core/remote';
import type { FromAnnotator, SentToAnnotator } from '../../../../lib/protocol/annotator';

type Listener<T> = (value: T) => void;
const later = (run: () => void) => void setTimeout(run, 0);
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function localBackground() {
  const open = new Set<() => void>();
  const sent: SentToAnnotator[] = [];
  let connections = 0;
  const connect = (): PagePort => {
    connections++;
    const onMessage = new Set<Listener<FromAnnotator>>();
    const onDisconnect = new Set<() => void>();
    let closed = false;
    const session = createAnnotationSession((message) => later(() => !closed && onMessage.forEach((l) => l(copy(message)))));
    const drop = () => {
      if (closed) return;
      closed = true;
      session.stop();
      open.delete(drop);
      later(() => onDisconnect.forEach((l) => l()));
    };
    open.add(drop);
    return {
      postMessage(message) {
        if (closed) throw new Error('Attempting to use a disconnected port object');
        sent.push(copy(message));
        later(() => !closed && session.receive(copy(message)));
      },
      disconnect() {
        closed = true;
        session.stop();
        open.delete(drop);
      },
      onMessage: { addListener: (l) => void onMessage.add(l) },
      onDisconnect: { addListener: (l) => void onDisconnect.add(l) },
    };
  };
  return {
    connect,
    /** Every message the page sent, in order (across ports). */
    sent,
    get connections() {
      return connections;
    },
    /** Sessions alive now. */
    get sessions() {
      return open.size;
    },
    /** The worker stops: every session is gone, every page hears its port close. */
    stopWorker: () => [...open].forEach((drop) => drop()),
  };
}
