// "Save quote": select words inside one entry and a small button appears next to the selection.
// The speaker is the one the pipeline attributed the selected words to, else the entry's only
// speaker; otherwise the reader is asked (a text field with the blog's speakers as suggestions).
// The quote goes to the store through the reading API, which adds the entry's time and permalink.
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { SaveQuoteButton, type SaveQuoteStatus, SpeakerPrompt } from '@/components/reading';
import { cleanSpeaker, guessSpeaker, isSaveableSelection, speakerChoices } from '@/lib/quote-speaker';
import { ATTR } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import type { LensEntry } from '../core/model';

/** A selection that can be saved: its entry, its words, the guessed speaker and where to show the button. */
interface Pick {
  item: LensEntry;
  text: string;
  speaker: string | null;
  x: number;
  y: number;
}

type Ui = { kind: 'hidden' } | { kind: 'offer'; pick: Pick; status: SaveQuoteStatus } | { kind: 'ask'; pick: Pick };

const BUTTON_WIDTH = 220; // room kept on the right so the button never runs off screen
const DONE_MS = 1800;

/** The entry element a node lies in, or null (also null inside our own UI). */
function entryOf(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || el.closest(`[${ATTR.ui}]`)) return null;
  return el.closest(`[${ATTR.entry}]`);
}

/** The save-quote feature: a button next to a selection in an entry, and a speaker prompt when needed. */
export const saveQuote = defineFeature({
  name: 'save-quote',
  needs: ['reading', 'layer'],
  start({ doc, model, i18n, signal }, { reading, layer }) {
    const win = doc.defaultView ?? window;
    let ui: Ui = { kind: 'hidden' };
    let doneTimer = 0;

    const show = (next: Ui) => {
      ui = next;
      win.clearTimeout(doneTimer);
      const anchor = layer.anchor;
      if (next.kind === 'hidden') {
        render(null, anchor);
        anchor.hidden = true;
        return;
      }
      anchor.hidden = false;
      anchor.style.left = `${next.pick.x}px`;
      anchor.style.top = `${next.pick.y}px`;
      const { pick } = next;
      render(
        <I18nProvider value={i18n}>
          {next.kind === 'offer' ? (
            <SaveQuoteButton speaker={pick.speaker} status={next.status} onSave={() => offerSave(pick)} />
          ) : (
            <SpeakerPrompt
              choices={speakerChoices(pick.item.speakers, model.current().speakers.map((s) => s.name))}
              onSave={(name) => void save(pick, cleanSpeaker(name))}
              onCancel={() => show({ kind: 'hidden' })}
            />
          )}
        </I18nProvider>,
        anchor,
      );
    };

    const pickSelection = (): Pick | null => {
      const sel = doc.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
      const range = sel.getRangeAt(0);
      const el = entryOf(range.startContainer);
      if (!el || entryOf(range.endContainer) !== el) return null; // one entry at a time
      const item = model.current().entries.find((e) => e.entry.element === el);
      const text = sel.toString();
      if (!item || !isSaveableSelection(text)) return null;
      const rects = range.getClientRects();
      const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const x = Math.max(8, Math.min(end.right - 24, win.innerWidth - BUTTON_WIDTH)) + win.scrollX;
      const y = end.bottom + 6 + win.scrollY;
      const { speaker } = guessSpeaker(text, { quotes: item.quotes, speakers: item.speakers });
      return { item, text, speaker, x, y };
    };

    const offerSave = (pick: Pick) => {
      if (pick.speaker) void save(pick, pick.speaker);
      else show({ kind: 'ask', pick });
    };

    const save = async (pick: Pick, speaker: string | null) => {
      show({ kind: 'offer', pick: { ...pick, speaker }, status: 'saving' });
      let status: SaveQuoteStatus;
      try {
        const { stored } = await reading.saveQuote(pick.item.entry.id, pick.text, speaker);
        status = stored ? 'saved' : 'not-stored';
        layer.announce(
          !stored
            ? i18n.t('saveQuote.announce.notStored')
            : speaker
              ? i18n.t('saveQuote.announce.savedBy', { name: speaker })
              : i18n.t('saveQuote.announce.savedAlone'),
        );
      } catch (error) {
        console.warn('[Liveblog Lens] could not save the quote', error);
        status = 'failed';
        layer.announce(i18n.t('saveQuote.announce.failed'));
      }
      if (ui.kind !== 'offer' || ui.pick.text !== pick.text) return; // the reader moved on
      show({ kind: 'offer', pick: { ...pick, speaker }, status });
      doneTimer = win.setTimeout(() => show({ kind: 'hidden' }), DONE_MS);
    };

    /** Offers to save the current selection, or hides an idle offer when there is none. */
    const evaluate = () => {
      if (ui.kind === 'ask' || (ui.kind === 'offer' && ui.status !== 'idle')) return;
      const pick = pickSelection();
      if (pick) show({ kind: 'offer', pick, status: 'idle' });
      else if (ui.kind === 'offer') show({ kind: 'hidden' });
    };

    // Mouse selections are judged when the button is released; keyboard and script selections when
    // the selection settles.
    let dragging = false;
    let settle = 0;
    const later = (ms: number) => {
      win.clearTimeout(settle);
      settle = win.setTimeout(evaluate, ms);
    };
    const options = { signal, capture: true } as const;
    doc.addEventListener('pointerdown', (e) => {
      if (layer.contains(e)) return;
      dragging = true;
      if (ui.kind === 'ask') show({ kind: 'hidden' }); // clicking away cancels the prompt
    }, options);
    doc.addEventListener('pointerup', (e) => {
      dragging = false;
      if (!layer.contains(e)) later(0);
    }, options);
    doc.addEventListener('selectionchange', () => !dragging && later(200), { signal });
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && ui.kind === 'offer') show({ kind: 'hidden' });
    }, options);
    signal.addEventListener('abort', () => {
      win.clearTimeout(settle);
      win.clearTimeout(doneTimer);
      render(null, layer.anchor);
    });
  },
});
