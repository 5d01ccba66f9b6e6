import { isInjectReaderMessage } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isInjectReaderMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/reader.js'] })
      .then(() => ({ ok: true }))
      .catch((error: Error) => ({ ok: false, error: error.message }));
  });
});
