// Sending the background a message from any part of the extension (the reader in a page, the
// library page, later the popup): the protocol's typed sender over runtime.sendMessage, resending
// while a stopped service worker restarts, never when the message was refused.
import type { BackgroundProtocol, MessageName, Request, Response } from '@/lib/protocol/messages';
import { sendWithRetry } from '@/lib/protocol/retry';
import { createSender } from '@/lib/protocol/wire';

const post = /* @__PURE__ */ createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** Sends one protocol message and resolves with the background's answer (after its write committed). */
export function send<K extends MessageName>(name: K, data: Request<K>): Promise<Response<K>> {
  return sendWithRetry(() => post(name, data));
}

/** The type of `send`, for code that takes it as a parameter (tests answer with the handlers). */
export type Send = typeof send;
