// "Save quote": select words inside one entry and a small button appears next to the selection.
// The speaker is the one the pipeline attributed the selected words to, else the entry's only
// speaker; otherwise the reader is asked (a text field with the blog's speakers as suggestions).
// The quote goes to the store through the reading API, which adds the entry's time and permalink.
// A selection that runs past its entry only into our own controls or blank space (a triple click)
// is the entry's; one with words in two entries is not saved, and the reader is told why. The
// button and the form sit below the selection, or above it near the bottom of the window, never
// over its words. Saved quotes are not marked in the page: page scripts can read the CSS Custom
// Highlight registry (tests/e2e/save-quote.test.ts proves it), and what a reader keeps is theirs.
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { SaveQuoteButton, type SaveQuoteStatus, SpeakerPrompt } from '@/components/reading';
import { SaveQuoteNote } from '@/components/reading/SaveQuoteButton';
import { cleanSpeaker, guessSpeaker, isSaveableSelection, speakerChoices } from '@/lib/quote-speaker';
import { ATTR } from '@/lib/page-contract';
import { defineFeature } from '../core/context';
import type { LensEntry } from '../core/model';

/**
 * Where our box goes, in page coordinates: `x`, and `y` its top below the selection, or, when
 * `above`, its bottom edge (the box is measured once drawn and lifted by its own height).
 */
interface Spot {
  x: number;
  y: number;
  above: boolean;
}

/** A selection that can be saved: its entry, its words, the guessed speaker and where to show the button. */
interface Pick extends Spot {
  item: LensEntry;
  /** The selected words inside the entry (a live range: it moves with the page). */
  range: Range;
  text: string;
  speaker: string | null;
}

type Ui =
  | { kind: 'hidden' }
  | { kind: 'offer'; pick: Pick; status: SaveQuoteStatus }
  | { kind: 'ask'; pick: Pick }
  | { kind: 'across'; spot: Spot };

const BUTTON_WIDTH = 220; // room kept on the right so the button never runs off screen
/** Height kept for the button or the form (the form is the taller), to place them clear of the words. */
const BOX_HEIGHT = 96;
const GAP = 6;
const DONE_MS = 1800;

/** The entry element a node lies in, or null. A node in our own controls inside an entry is that entry's. */
function entryOf(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(`[${ATTR.entry}]`) ?? null;
}

/** The entries a range has words in (not only blank space or our controls), in page order. */
function entriesWithWords(range: Range, doc: Document): Element[] {
  const found: Element[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode as Node | null; n; n = walker.nextNode()) {
    if (n.nodeType !== 3 || !range.intersectsNode(n)) continue;
    const text = n.textContent ?? '';
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : text.length;
    if (!/\S/.test(text.slice(from, to)) || n.parentElement?.closest(`[${ATTR.ui}]`)) continue;
    const entry = entryOf(n);
    if (entry && !found.includes(entry)) found.push(entry);
    else if (!entry) found.push(doc.documentElement); // words outside every entry
  }
  return found;
}

/** The save-quote feature: a button next to a selection in an entry, and a speaker prompt when needed. */
export const saveQuote = defineFeature({
  name: 'save-quote',
  needs: ['reading', 'layer'],
  start({ doc, model, i18n, signal }, { reading, layer }) {
    const win = doc.defaultView ?? window;
    let ui: Ui = { kind: 'hidden' };
    let doneTimer = 0;
    let settle = 0; // the pending look at the selection
    let dragging = false;

    // The box follows its words when the page moves them (a live entry inserted above, our own
    // controls drawn in entries above or in the words' own entry): it is placed again whenever the
    // page's or the words' block changes size.
    let words: Range | null = null;
    const place = ({ x, y, above }: Spot) => {
      const anchor = layer.anchor;
      anchor.style.left = `${x}px`;
      anchor.style.top = `${above ? y - anchor.offsetHeight : y}px`;
    };
    const follow = new win.ResizeObserver(() => {
      if (words && ui.kind !== 'hidden' && !words.collapsed) place(placeFor(words));
    });

    const show = (next: Ui, range?: Range) => {
      ui = next;
      win.clearTimeout(doneTimer);
      const anchor = layer.anchor;
      if (next.kind === 'hidden') {
        words = null;
        follow.disconnect();
        render(null, anchor);
        anchor.hidden = true;
        return;
      }
      if (range) {
        words = range;
        follow.disconnect();
        follow.observe(doc.documentElement);
        const block = range.commonAncestorContainer;
        const el = block.nodeType === 1 ? (block as Element) : block.parentElement;
        if (el && el !== doc.documentElement) follow.observe(el);
      }
      anchor.hidden = false;
      if (next.kind === 'across') {
        render(
          <I18nProvider value={i18n}>
            <SaveQuoteNote text={i18n.t('saveQuote.acrossEntries')} />
          </I18nProvider>,
          anchor,
        );
        return place(next.spot);
      }
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
      place(pick);
    };

    /** Below the selection's last line, or above its first when the window has no room below. */
    const placeFor = (range: Range): Spot => {
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
      const box = range.getBoundingClientRect();
      const last = rects[rects.length - 1] ?? box;
      const x = Math.max(8, Math.min(last.right - 24, win.innerWidth - BUTTON_WIDTH)) + win.scrollX;
      const below = last.bottom + GAP;
      const above = below + BOX_HEIGHT > win.innerHeight && box.top - GAP - BOX_HEIGHT >= 0;
      return { x, y: (above ? box.top - GAP : below) + win.scrollY, above };
    };

    /** The selection as a quote, `'across'` when it has words in more than one entry, else null. */
    const pickSelection = (): Pick | 'across' | null => {
      const sel = doc.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
      const range = sel.getRangeAt(0);
      const start = entryOf(range.startContainer);
      const end = entryOf(range.endContainer);
      let el = start && start === end ? start : null;
      if (!el) {
        // A triple click ends in the next block (or in our chips): only one entry may have words.
        const withWords = entriesWithWords(range, doc);
        if (withWords.length > 1) return 'across';
        el = withWords[0] ?? null;
        if (!el || el === doc.documentElement) return null;
      }
      const item = model.current().entries.find((e) => e.entry.element === el);
      // Only the words inside the entry: a range that runs on past it is cut at its end (or start).
      const inside = range.cloneRange();
      if (!el.contains(range.startContainer)) inside.setStart(el, 0);
      if (!el.contains(range.endContainer)) inside.setEnd(el, el.childNodes.length);
      const text = inside.toString();
      if (!item || !isSaveableSelection(text)) return null;
      const { speaker } = guessSpeaker(text, { quotes: item.quotes, speakers: item.speakers });
      return { item, text, speaker, range: inside, ...placeFor(inside) };
    };

    /**
     * Saves what is selected when the button is pressed: the selection may have changed since the
     * button was drawn (a triple click's last press lands after the double click drew it; a page may
     * swallow `selectionchange`), and the reader saves the words they see selected.
     */
    const offerSave = (shown: Pick) => {
      win.clearTimeout(settle);
      const now = pickSelection();
      if (now === 'across') {
        const range = doc.getSelection()!.getRangeAt(0).cloneRange();
        return show({ kind: 'across', spot: placeFor(range) }, range);
      }
      const pick = now ?? shown;
      if (pick.speaker) void save(pick, pick.speaker);
      else show({ kind: 'ask', pick }, pick.range);
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
      if (ui.kind === 'ask' || (ui.kind === 'offer' && ui.status === 'saving')) return;
      const pick = pickSelection();
      if (pick === 'across') {
        const range = doc.getSelection()!.getRangeAt(0).cloneRange();
        return show({ kind: 'across', spot: placeFor(range) }, range);
      }
      // A new selection right after a save gets its own button at once (the "Saved" may go).
      if (ui.kind === 'offer' && ui.status !== 'idle' && pick?.text === ui.pick.text) return;
      if (pick) show({ kind: 'offer', pick, status: 'idle' }, pick.range);
      else if (ui.kind !== 'hidden') show({ kind: 'hidden' });
    };

    // Mouse selections are judged when the button is released; keyboard and script selections when
    // the selection settles.
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
      if (e.key === 'Escape' && (ui.kind === 'offer' || ui.kind === 'across')) show({ kind: 'hidden' });
    }, options);
    // Words selected before the feature started (it waits for the reading service) get their
    // button or note too: their selectionchange came before these listeners.
    if (doc.getSelection()?.isCollapsed === false) later(0);
    signal.addEventListener('abort', () => {
      win.clearTimeout(settle);
      win.clearTimeout(doneTimer);
      follow.disconnect();
      render(null, layer.anchor);
    });
  },
});
