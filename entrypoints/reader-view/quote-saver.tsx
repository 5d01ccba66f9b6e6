// "Save quote" in the reader view, as in the page: select words inside one entry and a button
// appears under the selection; the speaker is the one the pipeline attributed those words to,
// else the entry's only speaker, else the reader is asked. Saved through the view's reading
// client to the same store as the page's quotes.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SaveQuoteButton, type SaveQuoteStatus, SpeakerPrompt } from '@/components/reading';
import { useT } from '@/components/i18n';
import { ATTR } from '@/lib/page-contract';
import { cleanSpeaker, guessSpeaker, isSaveableSelection, speakerChoices } from '@/lib/quote-speaker';
import type { BlogModel } from './blog-model';
import type { ViewReading } from './reading';

interface Pick {
  id: string;
  text: string;
  speaker: string | null;
  x: number;
  y: number;
}

type Ui = { kind: 'hidden' } | { kind: 'offer'; pick: Pick; status: SaveQuoteStatus } | { kind: 'ask'; pick: Pick };

const BUTTON_WIDTH = 220;
const DONE_MS = 1800;

/** The entry id a node lies in (its body, not its header or footer), or null. */
function entryOf(node: Node): string | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el?.closest('.entry-body')) return null;
  return el.closest(`[${ATTR.entry}]`)?.getAttribute(ATTR.entry) ?? null;
}

/** The selection as a quote of one entry's body, with where its button goes; null otherwise. */
function selectedPick(model: BlogModel): Pick | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const id = entryOf(range.startContainer);
  if (!id || entryOf(range.endContainer) !== id) return null;
  const text = sel.toString();
  if (!isSaveableSelection(text)) return null;
  const rects = range.getClientRects();
  const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const x = Math.max(8, Math.min(end.right - 24, window.innerWidth - BUTTON_WIDTH)) + window.scrollX;
  const y = end.bottom + 6 + window.scrollY;
  const note = model.annotation(id);
  return { id, text, x, y, speaker: guessSpeaker(text, { quotes: note.quotes, speakers: note.speakers }).speaker };
}

/** The floating save-quote UI for the view, or null while nothing is selected. */
export function useQuoteSaver(model: BlogModel | null, reading: ViewReading | null, announce: (text: string) => void): JSX.Element | null {
  const { t } = useT();
  const [ui, setUi] = useState<Ui>({ kind: 'hidden' });

  useEffect(() => {
    if (!model || !reading) return;
    const pickSelection = () => selectedPick(model);
    let settle = 0;
    let dragging = false;
    const evaluate = () =>
      setUi((now) => {
        if (now.kind === 'ask' || (now.kind === 'offer' && now.status !== 'idle')) return now;
        const pick = pickSelection();
        return pick ? { kind: 'offer', pick, status: 'idle' } : { kind: 'hidden' };
      });
    const inUi = (e: Event) => (e.target as Element | null)?.closest?.('.quote-ui') != null;
    const down = (e: Event) => {
      if (inUi(e)) return;
      dragging = true;
      setUi((now) => (now.kind === 'ask' ? { kind: 'hidden' } : now));
    };
    const up = (e: Event) => {
      dragging = false;
      if (!inUi(e)) settle = window.setTimeout(evaluate, 0);
    };
    const selection = () => {
      if (dragging) return;
      window.clearTimeout(settle);
      settle = window.setTimeout(evaluate, 200);
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('selectionchange', selection);
    return () => {
      window.clearTimeout(settle);
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('selectionchange', selection);
    };
  }, [model, reading]);

  useEffect(() => {
    if (ui.kind !== 'offer' || (ui.status !== 'saved' && ui.status !== 'not-stored' && ui.status !== 'failed')) return;
    const timer = window.setTimeout(() => setUi({ kind: 'hidden' }), DONE_MS);
    return () => window.clearTimeout(timer);
  }, [ui]);

  if (ui.kind === 'hidden' || !model || !reading) return null;
  const save = async (pick: Pick, speaker: string | null) => {
    setUi({ kind: 'offer', pick: { ...pick, speaker }, status: 'saving' });
    const entry = model.entries().get(pick.id)?.entry;
    let status: SaveQuoteStatus = 'failed';
    try {
      if (entry) {
        const { stored } = await reading.saveQuote(entry, pick.text, speaker);
        status = stored ? 'saved' : 'not-stored';
        announce(!stored ? t('readerView.quoteNotStored') : speaker ? t('readerView.quoteSaved', { name: speaker }) : t('readerView.quoteSavedAlone'));
      }
    } catch (error) {
      console.warn('[Liveblog Lens] could not save the quote', error);
      announce(t('readerView.quoteFailed'));
    }
    setUi({ kind: 'offer', pick: { ...pick, speaker }, status });
  };
  // What is selected when the button is pressed: the selection may have moved on since it was drawn.
  const offer = (chosen: Pick) => (chosen.speaker ? void save(chosen, chosen.speaker) : setUi({ kind: 'ask', pick: chosen }));
  const { pick } = ui;
  return (
    <div class="quote-ui" style={{ left: `${pick.x}px`, top: `${pick.y}px` }}>
      {ui.kind === 'offer' ? (
        <SaveQuoteButton speaker={pick.speaker} status={ui.status} onSave={() => offer(selectedPick(model) ?? pick)} />
      ) : (
        <SpeakerPrompt
          choices={speakerChoices(model.annotation(pick.id).speakers, model.speakers().map((s) => s.name))}
          onSave={(name) => void save(pick, cleanSpeaker(name))}
          onCancel={() => setUi({ kind: 'hidden' })}
        />
      )}
    </div>
  );
}
