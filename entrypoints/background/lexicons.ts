// Injects a speaker lexicon script into the frame of the reader that asks for it (see
// lib/lang/registry.ts): only a language the extension ships, only into the sender's own frame.
import { isLoadLexiconMessage, lexiconFile } from '@/lib/lang/registry';

/** Answers the reader's request; undefined leaves other messages to other listeners. */
export function onLexiconRequest(message: unknown, sender: { tab?: { id?: number }; frameId?: number }): Promise<{ ok: boolean }> | undefined {
  if (!isLoadLexiconMessage(message)) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [lexiconFile(message.lang)] })
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
}
