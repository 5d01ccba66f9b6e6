import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '@/lib/messages';
import { sendWithRetry } from '@/lib/store/retry';

const messaging = defineExtensionMessaging<ProtocolMap>();

/**
 * Sends one protocol message to the background, retrying while a stopped service worker
 * restarts. Refusals (invalid data) are not retried.
 */
export function send<K extends keyof ProtocolMap>(
  name: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  return sendWithRetry(() => messaging.sendMessage(name, data as never) as Promise<ReturnType<ProtocolMap[K]>>);
}
