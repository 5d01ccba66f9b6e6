// The background in a test: the store's handlers on a fake-indexeddb database behind the real
// router and sender, with the message cloned on the way (as runtime messaging does), so an
// extension page under test writes through exactly the path it uses in the browser.
import { createHandlers } from '../../entrypoints/background/handlers';
import type { Send } from '../../entrypoints/shared/messenger';
import { accepts, type BackgroundProtocol, type MessageName, type SenderKind } from '../../lib/protocol/messages';
import { createRouter, createSender, type Answer } from '../../lib/protocol/wire';
import type { LensDb } from '../../lib/store/db';

interface TestSender {
  kind: SenderKind;
}

/** A `send` answered by the handlers on `db`, as if from an extension page (or a content script). */
export function backgroundFor(db: LensDb, options: { now?: () => number; from?: SenderKind } = {}): Send {
  const handlers = createHandlers<TestSender>(db, { isIncognito: () => false, storeIncognito: () => false, now: options.now });
  const route = createRouter<TestSender>(handlers, (name, sender) => accepts(name as MessageName, sender.kind));
  const sender: TestSender = { kind: options.from ?? 'extension' };
  const clone = <T>(value: T): T => structuredClone(value);
  const post = (message: unknown) =>
    new Promise<Answer>((resolve, reject) => {
      if (route(clone(message), sender, (answer) => resolve(clone(answer))) !== true) reject(new Error('No listener answered'));
    });
  return createSender<BackgroundProtocol>(post) as Send;
}
