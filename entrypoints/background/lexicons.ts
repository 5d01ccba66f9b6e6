// Injects a speaker lexicon script into the frame of the reader that asks for it (see
// lib/lang/registry.ts): only a language the extension ships (the protocol checked it), only into
// the sender's own frame.
import { lexiconFile, type LexiconScript } from '@/lib/lang/registry';

/** Answers the reader's `loadLexicon`: ok once the script ran in the sender's frame. */
export function loadLexicon(lang: LexiconScript, sender: { tab?: { id?: number }; frameId?: number }): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ ok: false });
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [lexiconFile(lang)] })
    .then(() => ({ ok: true }))
    .catch(() => ({ ok: false }));
}
